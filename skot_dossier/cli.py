"""``skot-dossier-admin``: administration from a terminal or a script.

Secrets are read from the terminal without echo, or from a file descriptor
(``--passphrase-fd 3``), never from the command line where other users and
shell history could see them. Exit statuses: 0 success, 2 usage, and the
``exit_status`` of each error in :mod:`skot_dossier.errors`.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from skot_dossier.audit import Anchor
from skot_dossier.domain.enums import MandateKind
from skot_dossier.errors import AuditChainBroken, KeyslotError, SkotError, VaultDamaged
from skot_dossier.fsutil import set_private_umask
from skot_dossier.services import access, mandates, people
from skot_dossier.services.session import Session
from skot_dossier.vault import Vault, create_backup, restore_backup
from skot_dossier.vault.header import read_header

# Demo vaults hold fictitious people only; their passphrase is public on purpose.
DEMO_PASSPHRASE = "demo-wachtwoord-2026"  # noqa: S105


class SecretReader:
    """Secrets from a descriptor (one per line) or the terminal, without echo."""

    def __init__(self) -> None:
        self._buffers: dict[int, list[str]] = {}

    def read(self, prompt: str, fd: int | None, *, confirm: bool = False) -> str:
        if fd is not None:
            return self._from_fd(fd)
        if not sys.stdin.isatty():
            raise SkotError("cli_no_terminal")
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat: ") != first:
            raise SkotError("cli_entries_differ")
        return first

    def _from_fd(self, fd: int) -> str:
        if fd not in self._buffers:
            with os.fdopen(fd, "r", encoding="utf-8", closefd=False) as handle:
                self._buffers[fd] = handle.read().splitlines()
        lines = self._buffers[fd]
        if not lines:
            raise SkotError("cli_no_more_secrets", fd=fd)
        return lines.pop(0)


def _unlock(args: argparse.Namespace, secrets: SecretReader) -> Vault:
    read_header(Path(args.vault))  # say "not a vault" before asking for a secret
    if args.recovery:
        key = secrets.read("Recovery key: ", args.passphrase_fd)
        return Vault.open(Path(args.vault), key, use_recovery=True)
    phrase = secrets.read("Passphrase: ", args.passphrase_fd)
    return Vault.open(Path(args.vault), phrase, label=args.user)


def _require_keyholder_admin(vault: Vault, what: str) -> None:
    """Keyslots of others are the administrator's (or the recovery key's) business.

    All keyslots wrap the same master key, so role separation lives in the
    program; this tool must not be a way around it.
    """
    if vault.slot.kind == "recovery":
        return
    if access.actor_for(vault).role != "admin":
        raise KeyslotError("cli_admin_only", action=what)


def _report_unlock(vault: Vault) -> None:
    info = vault.unlock_info
    if info and info.failed_attempts:
        print(
            f"Note: {info.failed_attempts} failed unlock attempt(s) since the last unlock.",
            file=sys.stderr,
        )


def cmd_init(args: argparse.Namespace, secrets: SecretReader) -> int:
    phrase = secrets.read(f"New passphrase for {args.user}: ", args.passphrase_fd, confirm=True)
    session, recovery_key = access.create_vault(
        Path(args.vault), args.name or args.user, args.role, phrase, keyslot_label=args.user
    )
    session.close()
    print(f"Created vault {args.vault}")
    _print_recovery_key(recovery_key)
    return 0


def _print_recovery_key(key: str) -> None:
    print("Recovery key (shown once; print it and keep it in the foundation's safe):")
    print(f"    {key}")


def cmd_slots(args: argparse.Namespace, secrets: SecretReader) -> int:
    header = read_header(Path(args.vault))
    for slot in header.keyslots:
        kdf = slot.kdf
        print(
            f"{slot.kind:10} {slot.label:24} created {slot.created_at}  "
            f"argon2id t={kdf.time_cost} m={kdf.memory_kib // 1024}MiB p={kdf.parallelism}"
        )
    return 0


def cmd_passwd(args: argparse.Namespace, secrets: SecretReader) -> int:
    with _unlock(args, secrets) as vault:
        _report_unlock(vault)
        label = args.slot or vault.slot.label
        if label != vault.slot.label:
            _require_keyholder_admin(vault, "change another user's passphrase")
        new = secrets.read(f"New passphrase for {label}: ", args.new_passphrase_fd, confirm=True)
        vault.change_passphrase(label, new)
    print(f"Passphrase of {label} changed.")
    return 0


def cmd_add_slot(args: argparse.Namespace, secrets: SecretReader) -> int:
    with _unlock(args, secrets) as vault:
        _report_unlock(vault)
        _require_keyholder_admin(vault, "add keyslots")
        new = secrets.read(f"Passphrase for {args.label}: ", args.new_passphrase_fd, confirm=True)
        vault.add_passphrase_slot(args.label, new)
    print(f"Keyslot {args.label} added.")
    return 0


def cmd_remove_slot(args: argparse.Namespace, secrets: SecretReader) -> int:
    with _unlock(args, secrets) as vault:
        _report_unlock(vault)
        _require_keyholder_admin(vault, "remove keyslots")
        vault.remove_slot(args.label)
    print(f"Keyslot {args.label} removed.")
    return 0


def cmd_recovery_key(args: argparse.Namespace, secrets: SecretReader) -> int:
    with _unlock(args, secrets) as vault:
        _report_unlock(vault)
        _require_keyholder_admin(vault, "replace the recovery key")
        key = vault.replace_recovery_key()
    print("The old recovery key no longer works.")
    _print_recovery_key(key)
    return 0


def cmd_verify_audit(args: argparse.Namespace, secrets: SecretReader) -> int:
    """The audit chain and its anchors, then (unless --chain-only) every database page.

    An intact chain in a database with damaged pages is not an intact vault:
    the answer names both, and the exit status is that of the damage.
    """
    anchors = [Anchor.parse(a) for a in args.anchor]  # a mistyped one stops here (exit 2)
    with _unlock(args, secrets) as vault:
        _report_unlock(vault)
        report = vault.audit.verify(anchors)
        pages = None if args.chain_only else _page_problems(vault)
    print(f"Entries: {report.entries}; head (controlegetal): {report.head}")
    if report.anchors_checked:
        print(f"Anchors checked: {report.anchors_checked}")
    for text in report.mistyped:
        print(f"MISTYPED anchor {text}: it fits no entry and looks like a typing error.")
    for problem in report.problems:
        print(f"BROKEN at entry {problem.seq} [{problem.kind}]: {problem.explanation}")
    if report.ok:
        print("Audit log intact.")
    if pages is None:
        print("Only the audit chain was checked; run `check` for the database pages.")
    elif pages:
        _print_damage(pages)
    else:
        print("Database pages intact.")
    if not report.ok:
        return AuditChainBroken.exit_status
    if pages:
        return VaultDamaged.exit_status
    return 2 if report.mistyped else 0


def _page_problems(vault: Vault) -> list[str]:
    try:
        return vault.db.integrity_problems()
    except VaultDamaged:
        return ["a database page cannot be read"]


def _print_damage(problems: list[str]) -> None:
    for line in problems[:20]:
        print(f"DAMAGED: {line}")


def cmd_check(args: argparse.Namespace, secrets: SecretReader) -> int:
    with _unlock(args, secrets) as vault:
        problems = _page_problems(vault)
    if problems:
        _print_damage(problems)
        return VaultDamaged.exit_status
    print("Database intact.")
    return 0


def cmd_backup(args: argparse.Namespace, secrets: SecretReader) -> int:
    target = Path(args.output)
    if target.exists() and not args.overwrite:
        raise SkotError("cli_file_exists", path=str(target))
    with _unlock(args, secrets) as vault:
        _report_unlock(vault)
        info = create_backup(vault, target)
    print(f"Backup written to {info.path}")
    print(f"Audit head in this backup (controlegetal): {info.anchor}")
    return 0


def cmd_restore(args: argparse.Namespace, secrets: SecretReader) -> int:
    prompt = "Recovery key: " if args.recovery else "Passphrase: "
    secret = secrets.read(prompt, args.passphrase_fd)
    report = restore_backup(
        Path(args.backup),
        Path(args.vault),
        secret,
        label=args.user,
        use_recovery=args.recovery,
        replace=args.replace,
    )
    print(
        f"Restored to {report.folder}; audit log verified ({report.audit_entries} entries, "
        f"anchor {report.anchor})."
    )
    if report.replaced_old_vault_at:
        print(f"The previous vault was kept as {report.replaced_old_vault_at}")
    return 0


def _session(vault: Vault) -> Session:
    return Session(vault, access.actor_for(vault), purpose="beheer mandaatregister")


def _date_arg(value: str | None) -> date | None:
    return None if not value else date.fromisoformat(value)


def cmd_mandate_add(args: argparse.Namespace, secrets: SecretReader) -> int:
    with _unlock(args, secrets) as vault:
        _report_unlock(vault)
        schools = {s.brin: s.id for s in people.list_schools(_session(vault))}
        unknown = [code for code in args.school if code not in schools]
        if unknown:
            raise SkotError("cli_unknown_schools", codes=tuple(unknown))
        mandate = mandates.register_mandate(
            _session(vault),
            args.kind,
            args.holder,
            args.role,
            args.wording or "",
            school_ids=[schools[code] for code in args.school],
            user_id=_user_id(vault, args.holder_user),
            valid_from=_date_arg(args.valid_from),
            valid_until=_date_arg(args.valid_until),
        )
    print(f"Mandate {mandate.id} registered: {mandate.holder_name} ({mandate.kind.value}).")
    return 0


def _user_id(vault: Vault, label: str | None) -> str:
    if not label:
        return ""
    user = next((u for u in people.list_users(_session(vault)) if u.keyslot_label == label), None)
    if user is None:
        raise SkotError("cli_unknown_user", label=label)
    return user.id


def cmd_mandate_list(args: argparse.Namespace, secrets: SecretReader) -> int:
    with _unlock(args, secrets) as vault:
        _report_unlock(vault)
        entries = mandates.list_mandates(_session(vault), args.kind)
        codes = {s.id: s.brin for s in people.list_schools(_session(vault))}
    for m in entries:
        scope = ", ".join(sorted(codes.get(s, s) for s in m.school_ids)) or "all schools"
        until = f" until {m.valid_until}" if m.valid_until else ""
        state = f"revoked {m.revoked_at:%Y-%m-%d}" if m.revoked_at else "valid"
        print(
            f"{m.id}  {m.kind.value:13} {m.holder_name} — {m.holder_role}; {scope}; "
            f"from {m.valid_from}{until}; {state}"
        )
    if not entries:
        print("The mandate register is empty.")
    return 0


def cmd_mandate_revoke(args: argparse.Namespace, secrets: SecretReader) -> int:
    with _unlock(args, secrets) as vault:
        _report_unlock(vault)
        mandate = mandates.revoke_mandate(_session(vault), args.id, args.reason)
    print(f"Mandate {mandate.id} of {mandate.holder_name} revoked.")
    return 0


def cmd_demo(args: argparse.Namespace, secrets: SecretReader) -> int:
    from skot_dossier.demo import create_demo_vault

    folder = Path(args.vault)
    if args.if_missing and (folder / "vault.json").exists():
        print(f"Demo vault {folder} exists; passphrase: {DEMO_PASSPHRASE}")
        return 0
    summary = create_demo_vault(folder, DEMO_PASSPHRASE, seed=args.seed)
    print(f"Demo vault created at {folder}")
    print(summary)
    print(f"Every demo user's passphrase: {DEMO_PASSPHRASE}")
    return 0


def _unlock_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("vault", help="the vault folder (…/Name.skotvault)")
    parser.add_argument("--user", help="the keyslot label to unlock with")
    parser.add_argument("--recovery", action="store_true", help="unlock with the recovery key")
    parser.add_argument(
        "--passphrase-fd",
        type=int,
        metavar="FD",
        help="read the passphrase (or recovery key) from this descriptor",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="skot-dossier-admin", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("init", help="create a new vault")
    p.add_argument("vault")
    p.add_argument("--user", required=True, help="label of the first passphrase keyslot")
    p.add_argument("--name", help="the first user's full name (default: the label)")
    p.add_argument(
        "--role",
        default="hr",
        choices=["hr", "admin", "privacy_officer"],
        help="the first user's role (default: hr)",
    )
    p.add_argument("--passphrase-fd", type=int, metavar="FD")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("slots", help="list the keyslots (no unlock needed)")
    p.add_argument("vault")
    p.set_defaults(func=cmd_slots)

    for name, func, help_text in (
        ("passwd", cmd_passwd, "change a passphrase"),
        ("add-slot", cmd_add_slot, "add a passphrase keyslot for another user"),
        ("remove-slot", cmd_remove_slot, "remove a passphrase keyslot (never the last)"),
        ("recovery-key", cmd_recovery_key, "replace the recovery key"),
        (
            "verify-audit",
            cmd_verify_audit,
            "verify the audit chain (and anchors), then every database page",
        ),
        ("check", cmd_check, "check every database page (HMAC and structure)"),
        ("backup", cmd_backup, "write a backup file"),
    ):
        p = sub.add_parser(name, help=help_text)
        _unlock_options(p)
        p.set_defaults(func=func)
        if name in ("passwd", "add-slot"):
            p.add_argument("--new-passphrase-fd", type=int, metavar="FD")
        if name == "passwd":
            p.add_argument("--slot", help="keyslot to change (default: the one unlocked)")
        if name in ("add-slot", "remove-slot"):
            p.add_argument("--label", required=True)
        if name == "verify-audit":
            p.add_argument(
                "--anchor",
                action="append",
                default=[],
                help="a controlegetal (e.g. 1234-3f9a1c2b77d0e4aa-K) to check",
            )
            p.add_argument(
                "--chain-only",
                action="store_true",
                help="check only the audit chain, not the database pages (says so)",
            )
        if name == "backup":
            p.add_argument("output")
            p.add_argument("--overwrite", action="store_true")

    p = sub.add_parser("mandate-add", help="register a mandate (administrator)")
    _unlock_options(p)
    p.add_argument("--kind", required=True, choices=[k.value for k in MandateKind])
    p.add_argument("--holder", required=True, help="the mandate holder's full name")
    p.add_argument("--role", required=True, help="the holder's function, as printed")
    p.add_argument("--wording", help='e.g. "namens het bevoegd gezag"')
    p.add_argument(
        "--school", action="append", default=[], help="school code it covers (default: all)"
    )
    p.add_argument("--holder-user", help="keyslot label, if the holder uses the program")
    p.add_argument("--valid-from", help="YYYY-MM-DD (default: today)")
    p.add_argument("--valid-until", help="YYYY-MM-DD (default: until revoked)")
    p.set_defaults(func=cmd_mandate_add)

    p = sub.add_parser("mandate-list", help="show the mandate register")
    _unlock_options(p)
    p.add_argument("--kind", choices=[k.value for k in MandateKind])
    p.set_defaults(func=cmd_mandate_list)

    p = sub.add_parser("mandate-revoke", help="revoke a mandate (administrator)")
    _unlock_options(p)
    p.add_argument("id")
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_mandate_revoke)

    p = sub.add_parser("restore", help="verify a backup and restore it as a vault")
    p.add_argument("backup")
    p.add_argument("vault")
    p.add_argument("--user")
    p.add_argument("--recovery", action="store_true")
    p.add_argument("--passphrase-fd", type=int, metavar="FD")
    p.add_argument(
        "--replace",
        action="store_true",
        help="replace an existing vault (it is kept under a dated name)",
    )
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("demo", help="create a demo vault of fictitious people")
    p.add_argument("--vault", required=True)
    p.add_argument("--if-missing", action="store_true")
    p.add_argument("--seed", type=int, default=2026)
    p.set_defaults(func=cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    set_private_umask()
    args = build_parser().parse_args(argv)
    if getattr(args, "recovery", False) and getattr(args, "user", None):
        print("error: use either --user or --recovery", file=sys.stderr)
        return 2
    try:
        return int(args.func(args, SecretReader()))
    except SkotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_status
    except ValueError as exc:  # e.g. a malformed anchor
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
