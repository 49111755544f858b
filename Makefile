# SKOT Dossier — developer tasks.  `make help` lists them.
#
# Everything runs inside .venv, which `make bootstrap` creates/updates from
# requirements.lock (a no-op when nothing changed, see scripts/bootstrap.sh).

SHELL := /bin/bash

VENV        := .venv
PY          := $(VENV)/bin/python
BOOTSTRAP   := bash scripts/bootstrap.sh
PYTEST_ARGS ?=
DEMO_VAULT  ?= demo/Demo.skotvault
I18N_DIR    := resources/i18n
PYINSTALLER_VERSION := 6.22.3
# Screen for `make screenshots` (xvfb-run's default is 640x480x8).
XVFB_SCREEN ?= 1920x1080x24

.DEFAULT_GOAL := help

.PHONY: help bootstrap test soak demo lint format lock bench screenshots \
	translations package clean distclean

help:
	@echo "make bootstrap     system packages check + .venv from requirements.lock"
	@echo "make test          run the test suite (PYTEST_ARGS='-k foo' to pass options)"
	@echo "make soak          run the long crash-safety tests (pytest -m soak)"
	@echo "make demo          create $(DEMO_VAULT) if missing and open it in the app"
	@echo "make lint          ruff check, ruff format --check, mypy skot_dossier"
	@echo "make format        sort imports and format the code with ruff"
	@echo "make lock          regenerate requirements.lock (uv pip compile --generate-hashes)"
	@echo "make bench         run every bench/*.py"
	@echo "make screenshots   run scripts/screenshots.py under Xvfb"
	@echo "make translations  update $(I18N_DIR)/*.ts and compile them to .qm"
	@echo "make package       build dist/SKOT Dossier with PyInstaller"
	@echo "make clean         remove caches and build output (distclean: also .venv, demo/)"

bootstrap:
	@$(BOOTSTRAP)

test: bootstrap
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

# pyproject's addopts has -m 'not soak'; a later -m wins.
soak: bootstrap
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m soak $(PYTEST_ARGS)

demo: bootstrap
	mkdir -p "$(dir $(DEMO_VAULT))"
	$(VENV)/bin/skot-dossier-admin demo --vault "$(DEMO_VAULT)" --if-missing
	$(VENV)/bin/skot-dossier --vault "$(DEMO_VAULT)"

lint: bootstrap
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy skot_dossier

format: bootstrap
	$(VENV)/bin/ruff check --select I --fix .
	$(VENV)/bin/ruff format .

# Uses uv from PATH, else installs uv into a throwaway venv (removed afterwards).
# Afterwards `make bootstrap` notices the new lock and reinstalls.
lock:
	@set -euo pipefail; \
	tmp=""; trap 'if [ -n "$$tmp" ]; then rm -rf "$$tmp"; fi' EXIT; \
	if command -v uv >/dev/null 2>&1; then uv=uv; else \
		tmp=$$(mktemp -d); echo "lock: installing uv into a throwaway venv"; \
		python3 -m venv "$$tmp/venv"; "$$tmp/venv/bin/python" -m pip install -q uv; \
		uv="$$tmp/venv/bin/uv"; \
	fi; \
	"$$uv" pip compile --quiet pyproject.toml --extra dev --generate-hashes \
		--python-version 3.11 -o requirements.lock; \
	echo "lock: wrote requirements.lock (run make bootstrap to install it)"

# Runs bench/*.py one after another (files starting with _ are helpers).
bench: bootstrap
	@set -e; found=0; \
	for f in bench/*.py; do \
		[ -e "$$f" ] || continue; \
		case $$(basename "$$f") in _*) continue ;; esac; \
		found=1; echo "== $$f"; \
		QT_QPA_PLATFORM=offscreen $(PY) "$$f"; \
	done; \
	[ $$found = 1 ] || echo "bench: no bench/*.py scripts"

screenshots:
	@$(BOOTSTRAP) --gui
	QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 $(XVFB_SCREEN)" $(PY) scripts/screenshots.py

# Extracts tr()/translate() strings from ui/ and skot_dossier/ into every
# existing $(I18N_DIR)/*.ts, then compiles each to .qm next to it.
# To start a language, create an empty file, e.g. `touch $(I18N_DIR)/skot_dossier_en.ts`
# (lupdate fills it; the language is taken from the _xx suffix).
translations: bootstrap
	@set -e; shopt -s nullglob; ts=($(I18N_DIR)/*.ts); \
	if [ $${#ts[@]} -eq 0 ]; then \
		echo "translations: no $(I18N_DIR)/*.ts files yet, nothing to do"; exit 0; fi; \
	src=($$(find ui skot_dossier -name '*.py' 2>/dev/null | LC_ALL=C sort)); \
	for f in "$${ts[@]}"; do [ -s "$$f" ] || rm -f "$$f"; done; \
	$(VENV)/bin/pyside6-lupdate -no-obsolete "$${src[@]}" -ts "$${ts[@]}"; \
	for f in "$${ts[@]}"; do $(VENV)/bin/pyside6-lrelease "$$f" -qm "$${f%.ts}.qm"; done

# PyInstaller is not in requirements.lock (packaging is not part of test);
# it is installed into .venv on demand, pinned.
package: bootstrap
	@if [ "$$($(PY) -m PyInstaller --version 2>/dev/null)" != "$(PYINSTALLER_VERSION)" ]; then \
		echo "package: installing pyinstaller==$(PYINSTALLER_VERSION) into $(VENV)"; \
		$(PY) -m pip install -q "pyinstaller==$(PYINSTALLER_VERSION)"; fi
	$(PY) -m PyInstaller --noconfirm --clean build.spec
	@echo "package: built 'dist/SKOT Dossier/' (see packaging/README.md for installers)"

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache .hypothesis
	find . -path ./$(VENV) -prune -o -type d -name __pycache__ -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV) demo
