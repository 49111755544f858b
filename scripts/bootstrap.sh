#!/usr/bin/env bash
# Set up everything SKOT Dossier needs to run its tests on Debian 12:
#   1. the Debian packages the Qt runtime (and the tests) need,
#   2. a virtualenv in .venv with the hash-pinned requirements.lock,
#   3. the project itself, installed editable (console scripts
#      skot-dossier-admin and skot-dossier).
#
# Usage: scripts/bootstrap.sh [--gui] [--force]
#   --gui    also check the packages for a real window under Xvfb (screenshots)
#   --force  reinstall the Python packages even if the stamp says nothing changed
#
# Environment:
#   PYTHON=python3.11          interpreter used to create .venv (default python3)
#   SKOT_SKIP_SYSTEM_CHECK=1   skip the Debian package check (other distros)
#
# Idempotent: a second run with unchanged requirements.lock/pyproject.toml only
# checks dpkg and the stamp file .venv/.bootstrap-stamp, and exits.
set -eu

cd "$(dirname "$0")/.."

VENV=.venv
VPY=$VENV/bin/python
STAMP=$VENV/.bootstrap-stamp
PYTHON=${PYTHON:-python3}

# Build backend for the editable install (pyproject: setuptools>=68). It is not
# part of requirements.lock, so it is pinned (with its hash) here.
SETUPTOOLS_REQ='setuptools==84.2.1 --hash=sha256:ca140b45d5325a9478f880e351484f62fef15f336462e449ca0c03c873d589c2'

# Qt runtime + fonts + poppler (pdftotext/pdftoppm are used by the tests).
BASE_PKGS="libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3
libgssapi-krb5-2 fonts-dejavu-core poppler-utils"
# A real X11 window under Xvfb (make screenshots).
GUI_PKGS="xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xfixes0 libxcb-xkb1
libxkbcommon-x11-0 libx11-xcb1"

say() { printf 'bootstrap: %s\n' "$*"; }
warn() { printf 'bootstrap: %s\n' "$*" >&2; }
die() { printf 'bootstrap: error: %s\n' "$*" >&2; exit 1; }

gui=0
force=0
for arg in "$@"; do
    case $arg in
        --gui) gui=1 ;;
        --force) force=1 ;;
        -h | --help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown option '$arg' (try --help)" ;;
    esac
done

is_root() { [ "$(id -u)" -eq 0 ]; }

apt_updated=0
apt_install() {
    export DEBIAN_FRONTEND=noninteractive
    if [ "$apt_updated" -eq 0 ]; then
        say "apt-get update"
        apt-get update -q
        apt_updated=1
    fi
    say "apt-get install $*"
    apt-get install -y -q -o Dpkg::Use-Pty=0 --no-install-recommends "$@"
}

# Print the packages among "$@" that are not installed (space separated).
missing_debs() {
    local installed p out=""
    installed=" $(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "$@" 2>/dev/null \
        | awk '$2 == "ii" { printf "%s ", $1 }') " || true
    for p in "$@"; do
        case $installed in *" $p "*) ;; *) out="$out $p" ;; esac
    done
    printf '%s' "${out# }"
}

venv_works() { [ -x "$VPY" ] && "$VPY" -c 'import sys' 2>/dev/null; }

# ---------------------------------------------------------------- 1. system --
# shellcheck disable=SC2086
set -- $BASE_PKGS
if [ "$gui" -eq 1 ]; then
    # shellcheck disable=SC2086
    set -- "$@" $GUI_PKGS
fi

need_python=""
if ! venv_works; then
    # .venv has to be created: python3 must exist and be able to make a venv.
    if ! command -v "$PYTHON" >/dev/null 2>&1; then
        need_python="python3 python3-venv"
    elif ! "$PYTHON" -c 'import ensurepip, venv' 2>/dev/null; then
        if [ "$("$PYTHON" -c 'import sys; print(sys.base_prefix)')" = /usr ]; then
            need_python="python3-venv"  # Debian splits ensurepip out of python3
        else
            die "$PYTHON cannot create a virtualenv (no ensurepip); use another PYTHON=..."
        fi
    fi
fi

if [ "${SKOT_SKIP_SYSTEM_CHECK:-0}" = 1 ]; then
    say "SKOT_SKIP_SYSTEM_CHECK=1: not checking Debian packages"
elif ! command -v dpkg-query >/dev/null 2>&1; then
    say "no dpkg-query (not Debian?): not checking system packages;"
    say "make sure the Qt runtime libraries (EGL, GL, fontconfig, xkbcommon) are installed"
else
    # shellcheck disable=SC2086
    missing=$(missing_debs "$@" $need_python)
    if [ -n "$missing" ]; then
        if is_root && command -v apt-get >/dev/null 2>&1; then
            # shellcheck disable=SC2086
            apt_install $missing
        else
            warn "missing Debian packages: $missing"
            warn "install them (as root) with:"
            printf '\n    sudo apt-get install -y --no-install-recommends %s\n\n' "$missing" >&2
            warn "then run this script again"
            exit 1
        fi
    fi
fi
if [ -n "$need_python" ] && ! "$PYTHON" -c 'import ensurepip, venv' 2>/dev/null; then
    die "$PYTHON still cannot create a virtualenv (install: $need_python)"
fi

# ---------------------------------------------------------------- 2. venv ----
for f in requirements.lock pyproject.toml; do
    [ -f "$f" ] || die "$f not found in $(pwd)"
done

sha256() {
    if command -v sha256sum >/dev/null 2>&1; then sha256sum "$@"; else shasum -a 256 "$@"; fi
}

# What the installed venv depends on. The top-level package list is included
# because setuptools' editable install only maps the packages that existed when
# it ran (a new top-level package such as ui/ needs a reinstall).
stamp_content() {
    local pkgs="" d
    for d in */__init__.py; do
        [ -e "$d" ] && pkgs="$pkgs ${d%/__init__.py}"
    done
    sha256 requirements.lock pyproject.toml
    printf 'setuptools: %s\n' "${SETUPTOOLS_REQ%% *}"
    printf 'python: %s\n' "$("$VPY" -c 'import sys; print(sys.version.split()[0])')"
    printf 'packages:%s\n' "$pkgs"
    printf 'root: %s\n' "$(pwd -P)"
}

if venv_works && [ "$force" -eq 0 ] && [ -f "$STAMP" ] \
    && [ "$(stamp_content)" = "$(cat "$STAMP")" ]; then
    say ".venv is up to date (delete $STAMP or use --force to reinstall)"
    exit 0
fi

if ! venv_works; then
    say "creating $VENV with $PYTHON ($("$PYTHON" --version 2>&1))"
    "$PYTHON" -m venv --clear "$VENV"
fi
if ! "$VPY" -m pip --version >/dev/null 2>&1; then
    say "$VENV has no pip: running ensurepip"
    "$VPY" -m ensurepip --default-pip >/dev/null
fi
pyver=$("$VPY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [ "$pyver" != 3.11 ]; then
    say "warning: $VENV uses Python $pyver, requirements.lock is compiled for 3.11"
fi
rm -f "$STAMP"

pip() { "$VPY" -m pip --disable-pip-version-check "$@"; }

say "installing requirements.lock (first run downloads ~300 MB)"
pip install -q --require-hashes --no-deps -r requirements.lock

say "installing build backend (${SETUPTOOLS_REQ%% *})"
reqfile=$(mktemp)
trap 'rm -f "$reqfile"' EXIT
printf '%s\n' "$SETUPTOOLS_REQ" >"$reqfile"
pip install -q --require-hashes --no-deps -r "$reqfile"

say "installing skot-dossier (editable)"
pip install -q --no-deps --no-build-isolation -e .

pip check >/dev/null || { pip check >&2 || true; die "inconsistent dependencies in $VENV (see above)"; }

stamp_content >"$STAMP"
say "done: $VENV ready ($("$VPY" --version 2>&1))"
