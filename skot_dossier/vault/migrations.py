"""Schema versions: ``PRAGMA user_version`` and a linear list of steps.

Each step runs in its own transaction together with the version bump. Before
an existing database is migrated, an encrypted copy is taken next to it.
Steps are append-only: never edit a released step, add a new one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from skot_dossier.errors import VaultTooNew
from skot_dossier.vault.database import Database

BACKUP_DIR = "migration-backups"


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Database], None]


def _v1_foundation(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT;

        CREATE TABLE settings (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT;

        CREATE TABLE audit_log (
            seq          INTEGER PRIMARY KEY,
            at_utc       TEXT NOT NULL,
            actor        TEXT NOT NULL,
            role         TEXT NOT NULL,
            action       TEXT NOT NULL,
            object_type  TEXT NOT NULL,
            object_id    TEXT NOT NULL,
            subject_id   TEXT NOT NULL,
            purpose      TEXT NOT NULL,
            outcome      TEXT NOT NULL,
            details      TEXT NOT NULL,
            prev_mac     TEXT NOT NULL,
            mac          TEXT NOT NULL
        ) STRICT;
        CREATE INDEX audit_by_subject ON audit_log(subject_id);

        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        """
    )


def _v2_dossiers(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE schools (
            id            TEXT PRIMARY KEY,
            name          TEXT NOT NULL,
            brin          TEXT NOT NULL UNIQUE,
            street        TEXT NOT NULL,
            postcode      TEXT NOT NULL,
            town          TEXT NOT NULL,
            director_name TEXT NOT NULL
        ) STRICT;

        CREATE TABLE users (
            id            TEXT PRIMARY KEY,
            name          TEXT NOT NULL,
            role          TEXT NOT NULL,
            keyslot_label TEXT NOT NULL UNIQUE,
            active        INTEGER NOT NULL DEFAULT 1
        ) STRICT;

        CREATE TABLE user_schools (
            user_id   TEXT NOT NULL REFERENCES users(id),
            school_id TEXT NOT NULL REFERENCES schools(id),
            PRIMARY KEY (user_id, school_id)
        ) STRICT;

        CREATE TABLE persons (
            id               TEXT PRIMARY KEY,
            kind             TEXT NOT NULL,
            given_name       TEXT NOT NULL,
            family_name      TEXT NOT NULL,
            salutation       TEXT NOT NULL,
            number           TEXT NOT NULL,
            birth_date       TEXT,
            position         TEXT NOT NULL DEFAULT '',
            employment_start TEXT,
            employment_end   TEXT,
            pupil_group      TEXT NOT NULL DEFAULT '',
            date_left        TEXT,
            street           TEXT,
            postcode         TEXT,
            town             TEXT,
            created_at       TEXT NOT NULL,
            UNIQUE (kind, number)
        ) STRICT;
        CREATE INDEX persons_by_name ON persons(family_name, given_name);

        CREATE TABLE person_schools (
            person_id TEXT NOT NULL REFERENCES persons(id),
            school_id TEXT NOT NULL REFERENCES schools(id),
            PRIMARY KEY (person_id, school_id)
        ) STRICT;
        CREATE INDEX person_schools_by_school ON person_schools(school_id);

        CREATE TABLE guardians (
            id         TEXT PRIMARY KEY,
            person_id  TEXT NOT NULL REFERENCES persons(id),
            name       TEXT NOT NULL,
            salutation TEXT NOT NULL,
            relation   TEXT NOT NULL,
            street     TEXT NOT NULL,
            postcode   TEXT NOT NULL,
            town       TEXT NOT NULL,
            ordinal    INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX guardians_by_person ON guardians(person_id);

        CREATE TABLE dossiers (
            id        TEXT PRIMARY KEY,
            person_id TEXT NOT NULL UNIQUE REFERENCES persons(id),
            kind      TEXT NOT NULL,
            status    TEXT NOT NULL,
            opened_at TEXT NOT NULL,
            closed_at TEXT
        ) STRICT;

        CREATE TABLE incidents (
            id           TEXT PRIMARY KEY,
            title        TEXT NOT NULL,
            occurred_at  TEXT NOT NULL,
            known_at     TEXT NOT NULL,
            platforms    TEXT NOT NULL,
            handles      TEXT NOT NULL,
            urls         TEXT NOT NULL,
            description  TEXT NOT NULL,
            consequences TEXT NOT NULL,
            category     TEXT NOT NULL,
            seriousness  TEXT NOT NULL,
            status       TEXT NOT NULL,
            school_id    TEXT NOT NULL REFERENCES schools(id),
            created_by   TEXT NOT NULL,
            created_at   TEXT NOT NULL
        ) STRICT;
        CREATE INDEX incidents_by_school ON incidents(school_id);

        CREATE TABLE incident_parties (
            incident_id TEXT NOT NULL REFERENCES incidents(id),
            person_id   TEXT NOT NULL REFERENCES persons(id),
            role        TEXT NOT NULL,
            PRIMARY KEY (incident_id, person_id, role)
        ) STRICT;
        CREATE INDEX parties_by_person ON incident_parties(person_id);

        CREATE TABLE timeline (
            id          TEXT PRIMARY KEY,
            dossier_id  TEXT NOT NULL REFERENCES dossiers(id),
            kind        TEXT NOT NULL,
            happened_on TEXT NOT NULL,
            summary     TEXT NOT NULL,
            author      TEXT NOT NULL,
            created_at  TEXT NOT NULL,
            incident_id TEXT REFERENCES incidents(id)
        ) STRICT;
        CREATE INDEX timeline_by_dossier ON timeline(dossier_id, happened_on);

        CREATE TABLE evidence (
            id            TEXT PRIMARY KEY,
            incident_id   TEXT NOT NULL REFERENCES incidents(id),
            original_name TEXT NOT NULL,
            media_type    TEXT NOT NULL,
            size          INTEGER NOT NULL,
            sha256        TEXT NOT NULL,
            source_url    TEXT NOT NULL,
            captured_at   TEXT,
            captured_by   TEXT NOT NULL,
            description   TEXT NOT NULL,
            metadata_only INTEGER NOT NULL,
            seen_where    TEXT NOT NULL,
            seen_by       TEXT NOT NULL,
            added_by      TEXT NOT NULL,
            added_at      TEXT NOT NULL
        ) STRICT;
        CREATE INDEX evidence_by_incident ON evidence(incident_id);

        CREATE TABLE evidence_chunks (
            evidence_id TEXT NOT NULL REFERENCES evidence(id),
            ordinal     INTEGER NOT NULL,
            data        BLOB NOT NULL,
            UNIQUE (evidence_id, ordinal)
        ) STRICT;

        CREATE TABLE corrections (
            id         INTEGER PRIMARY KEY,
            entity     TEXT NOT NULL,
            entity_id  TEXT NOT NULL,
            field      TEXT NOT NULL,
            old_value  TEXT NOT NULL,
            new_value  TEXT NOT NULL,
            changed_by TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            reason     TEXT NOT NULL
        ) STRICT;
        CREATE INDEX corrections_by_entity ON corrections(entity, entity_id);

        CREATE VIRTUAL TABLE search_index USING fts5(
            title, body,
            kind UNINDEXED, ref_id UNINDEXED, dossier_id UNINDEXED, school_ids UNINDEXED,
            tokenize = 'unicode61 remove_diacritics 2'
        );
        """
    )


def _v3_decisions(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE decisions (
            id                       TEXT PRIMARY KEY,
            dossier_id               TEXT NOT NULL REFERENCES dossiers(id),
            incident_id              TEXT REFERENCES incidents(id),
            protocol_label           TEXT NOT NULL,
            measure_key              TEXT NOT NULL,
            stage                    TEXT NOT NULL,
            intention_id             TEXT REFERENCES decisions(id),
            status                   TEXT NOT NULL,
            case_facts               TEXT NOT NULL,
            facts_relied_on          TEXT NOT NULL,
            grounds                  TEXT NOT NULL,
            seriousness_statements   TEXT NOT NULL,
            seriousness_behaviour    TEXT NOT NULL,
            seriousness_consequences TEXT NOT NULL,
            hearing_date             TEXT,
            hearing_summary          TEXT NOT NULL,
            subject_view             TEXT NOT NULL,
            view_recorded_on         TEXT,
            suspension_kind          TEXT NOT NULL,
            duration_days            INTEGER,
            start_date               TEXT,
            decider_role             TEXT NOT NULL,
            decider_name             TEXT NOT NULL,
            decided_on               TEXT,
            sent_on                  TEXT,
            received_on              TEXT,
            override_reason          TEXT NOT NULL,
            override_items           TEXT NOT NULL,
            justification            TEXT NOT NULL,
            precedent_comparison     TEXT NOT NULL,
            supersedes               TEXT REFERENCES decisions(id),
            superseded_by            TEXT REFERENCES decisions(id),
            created_by               TEXT NOT NULL,
            created_at               TEXT NOT NULL,
            finalized_at             TEXT
        ) STRICT;
        CREATE INDEX decisions_by_dossier ON decisions(dossier_id);

        CREATE TABLE decision_checklist (
            decision_id   TEXT NOT NULL REFERENCES decisions(id),
            item_id       TEXT NOT NULL,
            done          INTEGER NOT NULL,
            evidence_note TEXT NOT NULL,
            done_by       TEXT NOT NULL,
            done_at       TEXT NOT NULL,
            PRIMARY KEY (decision_id, item_id)
        ) STRICT;

        CREATE TABLE deadlines (
            id          TEXT PRIMARY KEY,
            decision_id TEXT NOT NULL REFERENCES decisions(id),
            dossier_id  TEXT NOT NULL REFERENCES dossiers(id),
            rule_id     TEXT NOT NULL,
            label_nl    TEXT NOT NULL,
            label_en    TEXT NOT NULL,
            due         TEXT,
            basis       TEXT NOT NULL,
            kind        TEXT NOT NULL,
            verify      INTEGER NOT NULL,
            verify_note TEXT NOT NULL,
            done_on     TEXT,
            done_by     TEXT NOT NULL DEFAULT ''
        ) STRICT;
        CREATE INDEX deadlines_by_due ON deadlines(due);
        CREATE INDEX deadlines_by_dossier ON deadlines(dossier_id);
        """
    )


def _v4_privacy(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE case_access (
            person_id  TEXT NOT NULL REFERENCES persons(id),
            user_id    TEXT NOT NULL,
            reason     TEXT NOT NULL,
            granted_at TEXT NOT NULL,
            PRIMARY KEY (person_id, user_id)
        ) STRICT;

        CREATE TABLE legal_holds (
            id         TEXT PRIMARY KEY,
            dossier_id TEXT NOT NULL REFERENCES dossiers(id),
            kind       TEXT NOT NULL,
            note       TEXT NOT NULL,
            placed_at  TEXT NOT NULL,
            placed_by  TEXT NOT NULL,
            lifted_at  TEXT,
            lifted_by  TEXT NOT NULL DEFAULT ''
        ) STRICT;
        CREATE INDEX legal_holds_by_dossier ON legal_holds(dossier_id);

        CREATE TABLE erasure_approvals (
            dossier_id  TEXT NOT NULL,
            user_id     TEXT NOT NULL,
            user_name   TEXT NOT NULL,
            approved_at TEXT NOT NULL,
            PRIMARY KEY (dossier_id, user_id)
        ) STRICT;

        ALTER TABLE dossiers ADD COLUMN restricted_reason TEXT NOT NULL DEFAULT '';
        """
    )


def _v5_correspondence(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE letters (
            id            TEXT PRIMARY KEY,
            dossier_id    TEXT NOT NULL REFERENCES dossiers(id),
            decision_id   TEXT REFERENCES decisions(id),
            letter_type   TEXT NOT NULL,
            status        TEXT NOT NULL,
            recipient     TEXT NOT NULL,
            fields        TEXT NOT NULL,
            text          TEXT NOT NULL,
            reference     TEXT NOT NULL,
            letter_date   TEXT,
            pdf           BLOB,
            sha256        TEXT NOT NULL,
            audit_anchor  TEXT NOT NULL,
            created_by    TEXT NOT NULL,
            created_at    TEXT NOT NULL,
            finalized_at  TEXT,
            finalized_by  TEXT NOT NULL
        ) STRICT;
        CREATE INDEX letters_by_dossier ON letters(dossier_id);

        CREATE TABLE packets (
            id             TEXT PRIMARY KEY,
            incident_id    TEXT REFERENCES incidents(id),
            cover_pdf      BLOB NOT NULL,
            manifest       TEXT NOT NULL,
            manifest_sha256 TEXT NOT NULL,
            files          INTEGER NOT NULL,
            created_by     TEXT NOT NULL,
            created_at     TEXT NOT NULL
        ) STRICT;

        CREATE TABLE access_requests (
            id          TEXT PRIMARY KEY,
            person_id   TEXT NOT NULL REFERENCES persons(id),
            received_on TEXT NOT NULL,
            due_on      TEXT NOT NULL,
            extended    INTEGER NOT NULL DEFAULT 0,
            answered_on TEXT,
            created_by  TEXT NOT NULL
        ) STRICT;
        """
    )


def _v6_indexes(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE search_refs (
            kind      TEXT NOT NULL,
            ref_id    TEXT NOT NULL,
            fts_rowid INTEGER NOT NULL,
            PRIMARY KEY (kind, ref_id)
        ) STRICT, WITHOUT ROWID;
        INSERT OR REPLACE INTO search_refs (kind, ref_id, fts_rowid)
            SELECT kind, ref_id, rowid FROM search_index;
        CREATE INDEX persons_by_name_nocase
            ON persons(family_name COLLATE NOCASE, given_name COLLATE NOCASE, id);
        CREATE INDEX persons_by_number_lower ON persons(kind, lower(number));
        """
    )


def _v7_incident_recorder(db: Database) -> None:
    """Who recorded an incident, by user id: a director sees the incidents he recorded.

    Older incidents name their recorder only; where that name belongs to exactly
    one user, the id is filled in.
    """
    db.executescript(
        """
        ALTER TABLE incidents ADD COLUMN created_by_user TEXT NOT NULL DEFAULT '';
        UPDATE incidents SET created_by_user = (
            SELECT u.id FROM users u WHERE u.name = incidents.created_by
        ) WHERE (SELECT count(*) FROM users u WHERE u.name = incidents.created_by) = 1;
        """
    )


def _v8_procedure(db: Database) -> None:
    """The procedure as the law has it: facts on incidents, reasons and receipts on
    decisions and letters, the mandate register, and deadlines not tied to a decision."""
    db.executescript(
        """
        ALTER TABLE incidents ADD COLUMN posted_as TEXT NOT NULL DEFAULT '';
        ALTER TABLE incidents ADD COLUMN minor_images INTEGER NOT NULL DEFAULT 0;

        ALTER TABLE decisions ADD COLUMN reasons TEXT NOT NULL DEFAULT '{}';
        ALTER TABLE decisions ADD COLUMN facts_known_at TEXT;
        ALTER TABLE decisions ADD COLUMN objection_received_on TEXT;

        ALTER TABLE letters ADD COLUMN received_on TEXT;
        ALTER TABLE letters ADD COLUMN received_recorded_by TEXT NOT NULL DEFAULT '';
        ALTER TABLE letters ADD COLUMN copy_of TEXT NOT NULL DEFAULT '';
        ALTER TABLE letters ADD COLUMN signer_mandate_id TEXT NOT NULL DEFAULT '';

        -- Letters sent before receipts were recorded: received on the next working
        -- day after their date (Friday and Saturday letters on the Monday).
        UPDATE letters SET received_on = date(letter_date, CASE strftime('%w', letter_date)
                WHEN '5' THEN '+3 days' WHEN '6' THEN '+2 days' ELSE '+1 day' END)
            WHERE status = 'final' AND letter_date IS NOT NULL;

        CREATE TABLE mandates (
            id           TEXT PRIMARY KEY,
            kind         TEXT NOT NULL,
            holder_name  TEXT NOT NULL,
            holder_role  TEXT NOT NULL,
            wording      TEXT NOT NULL,
            school_ids   TEXT NOT NULL,
            user_id      TEXT NOT NULL DEFAULT '',
            valid_from   TEXT NOT NULL,
            valid_until  TEXT,
            granted_by   TEXT NOT NULL,
            granted_at   TEXT NOT NULL,
            revoked_at   TEXT,
            revoked_by   TEXT NOT NULL DEFAULT '',
            revoke_reason TEXT NOT NULL DEFAULT ''
        ) STRICT;
        CREATE INDEX mandates_by_kind ON mandates(kind);

        CREATE TABLE deadlines_v8 (
            id          TEXT PRIMARY KEY,
            decision_id TEXT REFERENCES decisions(id),
            incident_id TEXT REFERENCES incidents(id),
            dossier_id  TEXT NOT NULL REFERENCES dossiers(id),
            rule_id     TEXT NOT NULL,
            label_nl    TEXT NOT NULL,
            label_en    TEXT NOT NULL,
            due         TEXT,
            basis       TEXT NOT NULL,
            kind        TEXT NOT NULL,
            verify      INTEGER NOT NULL,
            verify_note TEXT NOT NULL,
            done_on     TEXT,
            done_by     TEXT NOT NULL DEFAULT ''
        ) STRICT;
        INSERT INTO deadlines_v8 (id, decision_id, incident_id, dossier_id, rule_id, label_nl,
                label_en, due, basis, kind, verify, verify_note, done_on, done_by)
            SELECT id, decision_id, NULL, dossier_id, rule_id, label_nl, label_en, due, basis,
                kind, verify, verify_note, done_on, done_by FROM deadlines;
        DROP TABLE deadlines;
        ALTER TABLE deadlines_v8 RENAME TO deadlines;
        CREATE INDEX deadlines_by_due ON deadlines(due);
        CREATE INDEX deadlines_by_dossier ON deadlines(dossier_id);
        CREATE INDEX deadlines_by_decision ON deadlines(decision_id);
        """
    )


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "foundation: meta, settings, audit log", _v1_foundation),
    Migration(2, "schools, users, persons, dossiers, incidents, evidence, search", _v2_dossiers),
    Migration(3, "decisions, checklists, deadlines", _v3_decisions),
    Migration(4, "need-to-know, legal holds, erasure approvals, restriction", _v4_privacy),
    Migration(5, "letters, police-report packets, access requests", _v5_correspondence),
    Migration(6, "search references and list indexes for large vaults", _v6_indexes),
    Migration(7, "incidents remember the user who recorded them", _v7_incident_recorder),
    Migration(
        8, "incident facts, reasons, receipts, mandate register, free deadlines", _v8_procedure
    ),
)


def latest_version() -> int:
    return MIGRATIONS[-1].version


def pending(db: Database) -> list[Migration]:
    current = db.user_version()
    if current > latest_version():
        raise VaultTooNew()
    return [m for m in MIGRATIONS if m.version > current]


def migrate(db: Database, key: bytes, folder: Path) -> list[int]:
    """Bring the schema up to date; returns the versions applied."""
    steps = pending(db)
    if not steps:
        return []
    current = db.user_version()
    if current > 0:
        backup_dir = folder / BACKUP_DIR
        backup_dir.mkdir(mode=0o700, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        db.backup_to(backup_dir / f"dossier-v{current}-{stamp}.db", key)
    applied = []
    for step in steps:
        with db.transaction():
            step.apply(db)
            # user_version is part of the database header and commits with the step.
            db.execute(f"PRAGMA user_version = {int(step.version)}")
        applied.append(step.version)
    return applied
