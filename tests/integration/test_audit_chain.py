"""The audit chain detects insider edits, deletions, reordering and removed tails."""

from __future__ import annotations

import pytest
import sqlcipher3

from skot_dossier.audit import Anchor
from skot_dossier.vault import Vault
from tests.helpers import PASSPHRASE


def _fill(vault: Vault, n: int = 10) -> None:
    for i in range(n):
        with vault.db.transaction():
            vault.audit.append(
                actor="hr",
                role="hr",
                action="view",
                object_type="dossier",
                object_id=str(i),
                subject_id=f"person-{i}",
                purpose="test",
            )


def _raw(vault_dir, vault: Vault) -> sqlcipher3.Connection:
    """What an insider with the key can do: plain SQL, triggers dropped."""
    key = vault.database_key
    vault.close(log=False)
    conn = sqlcipher3.connect(str(vault_dir / "dossier.db"), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("DROP TRIGGER audit_no_delete")
    return conn


def _verify(vault_dir, anchors=()):
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        # The unlock itself appended entries; verify checks all of them.
        return vault.audit.verify(anchors)


def test_fresh_chain_verifies_and_has_a_head(vault):
    _fill(vault)
    report = vault.audit.verify()
    assert report.ok and report.entries == 11
    assert report.head == Anchor.of(vault.audit.entries()[-1])
    assert Anchor.parse(str(report.head)) == report.head


def test_triggers_keep_the_log_append_only(vault):
    _fill(vault, 2)
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        vault.db.execute("UPDATE audit_log SET actor = 'x' WHERE seq = 2")
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        vault.db.execute("DELETE FROM audit_log WHERE seq = 2")


def test_append_outside_a_transaction_is_refused(vault):
    with pytest.raises(RuntimeError):
        vault.audit.append(actor="hr", role="hr", action="view")


def test_edited_entry_is_named(vault, vault_dir):
    _fill(vault)
    conn = _raw(vault_dir, vault)
    conn.execute("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 5")
    conn.close()
    report = _verify(vault_dir)
    assert not report.ok
    assert (report.first_problem.seq, report.first_problem.kind) == (5, "edited")


def test_deleted_entry_is_named(vault, vault_dir):
    _fill(vault)
    conn = _raw(vault_dir, vault)
    conn.execute("DELETE FROM audit_log WHERE seq = 4")
    conn.close()
    report = _verify(vault_dir)
    assert report.first_problem.kind == "gap"
    assert report.first_problem.seq == 5
    assert "4..4" in report.first_problem.explanation


def test_deleted_and_renumbered_entry_is_still_caught(vault, vault_dir):
    _fill(vault)
    conn = _raw(vault_dir, vault)
    conn.execute("DELETE FROM audit_log WHERE seq = 4")
    conn.execute("UPDATE audit_log SET seq = seq - 1 WHERE seq > 4")
    conn.close()
    report = _verify(vault_dir)
    assert report.first_problem.seq == 4
    assert report.first_problem.kind in ("edited", "reordered", "deleted")


def test_reordered_entries_are_named(vault, vault_dir):
    _fill(vault)
    conn = _raw(vault_dir, vault)
    conn.execute("UPDATE audit_log SET seq = -1 WHERE seq = 3")
    conn.execute("UPDATE audit_log SET seq = 3 WHERE seq = 7")
    conn.execute("UPDATE audit_log SET seq = 7 WHERE seq = -1")
    conn.close()
    report = _verify(vault_dir)
    assert report.first_problem.seq == 3
    assert report.first_problem.kind == "reordered"
    assert "written as entry 7" in report.first_problem.explanation


def test_removed_tail_is_caught_only_with_an_anchor(vault, vault_dir):
    _fill(vault)
    anchor = vault.audit.head()
    conn = _raw(vault_dir, vault)
    conn.execute("DELETE FROM audit_log WHERE seq > ?", (anchor.seq - 3,))
    conn.close()
    assert _verify(vault_dir).ok  # without an anchor a clean cut looks intact
    report = _verify(vault_dir, [anchor])
    assert not report.ok
    assert report.first_problem.kind in ("anchor-missing", "anchor-mismatch")


def test_rewritten_history_fails_the_anchor(vault, vault_dir):
    _fill(vault)
    anchor = vault.audit.head()
    conn = _raw(vault_dir, vault)
    conn.execute("DELETE FROM audit_log WHERE seq >= ?", (anchor.seq - 1,))
    conn.close()
    # The insider appends fresh, self-consistent entries to reach the same length.
    with Vault.open(vault_dir, PASSPHRASE) as vault2:
        with vault2.db.transaction():
            vault2.audit.append(actor="hr", role="hr", action="view")
        vault2.close(log=False)
    report = _verify(vault_dir, [anchor])
    kinds = {p.kind for p in report.problems}
    assert "anchor-mismatch" in kinds


def test_bad_anchor_text_is_refused():
    with pytest.raises(ValueError):
        Anchor.parse("12-nothex")
    assert Anchor.parse(" 12 - 0123456789ABCDEF ") == Anchor(12, "0123456789abcdef")


def test_details_are_small_facts_only(vault):
    with pytest.raises(ValueError), vault.db.transaction():
        vault.audit.append(actor="hr", role="hr", action="view", details={"x": "y" * 5000})


def test_an_old_controlegetal_with_one_typo_is_a_typo_not_a_rewrite(vault):
    _fill(vault, 5)
    entry = vault.audit.entries()[3]
    prefix = entry.mac[:16]
    one_off = prefix[:5] + ("0" if prefix[5] != "0" else "1") + prefix[6:]
    swapped = next(
        prefix[:i] + prefix[i + 1] + prefix[i] + prefix[i + 2 :]
        for i in range(15)
        if prefix[i] != prefix[i + 1]
    )
    for typed in (f"{entry.seq}-{one_off}", f"{entry.seq}-{swapped}", f"{entry.seq + 1}-{prefix}"):
        report = vault.audit.verify([Anchor.parse(typed)])
        assert report.ok and report.mistyped == (typed,), typed
        assert report.anchors_checked == 0
    unrelated = Anchor.parse(f"{entry.seq}-{'f' * 16}")
    report = vault.audit.verify([unrelated])
    assert not report.ok and report.first_problem.kind == "anchor-mismatch"
    assert report.mistyped == ()


def test_a_rewritten_log_fails_its_controlegetal_even_with_the_check_character(vault, vault_dir):
    _fill(vault, 5)
    printed = str(vault.audit.head())
    conn = _raw(vault_dir, vault)
    # The insider rewrites the tail with a valid-looking MAC chain of their own.
    conn.execute("DELETE FROM audit_log WHERE seq >= 4")
    conn.close()
    report = _verify(vault_dir, [Anchor.parse(printed)])
    assert not report.ok and report.mistyped == ()
