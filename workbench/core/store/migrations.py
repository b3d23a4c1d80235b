"""Schema migrations: the only code that creates or changes tables.

Each step is one small function; :func:`migrate` runs the pending ones, each
in its own ``BEGIN IMMEDIATE`` transaction together with the bump of
``PRAGMA user_version``, so a crash mid-migration leaves the previous
version intact. ``PRAGMA application_id`` marks the file as a case so that
another program's SQLite database is never mistaken for one.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

from workbench.core.config import DEFAULT_STATUSES

APPLICATION_ID = 0x434C4D57  # "CLMW"


def _v1_initial(db: sqlite_utils.Database) -> None:
    db.execute(
        """CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE statuses (
            name TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            color TEXT NOT NULL,
            final INTEGER NOT NULL DEFAULT 0,
            rating TEXT NOT NULL DEFAULT '',
            value INTEGER NOT NULL DEFAULT 3,
            position INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute(
        """CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            outlet TEXT NOT NULL DEFAULT '',
            date TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            path TEXT NOT NULL DEFAULT '',
            format TEXT NOT NULL DEFAULT 'txt',
            content_hash TEXT NOT NULL,
            text TEXT NOT NULL,
            imported_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            attributed INTEGER NOT NULL DEFAULT 1,
            source TEXT NOT NULL DEFAULT '',
            source_start INTEGER NOT NULL DEFAULT 0,
            source_end INTEGER NOT NULL DEFAULT 0,
            source_resolved TEXT NOT NULL DEFAULT '',
            source_type TEXT NOT NULL DEFAULT 'other',
            anonymous INTEGER NOT NULL DEFAULT 0,
            cue TEXT NOT NULL DEFAULT '',
            cue_start INTEGER NOT NULL DEFAULT 0,
            cue_end INTEGER NOT NULL DEFAULT 0,
            content TEXT NOT NULL,
            content_start INTEGER NOT NULL DEFAULT 0,
            content_end INTEGER NOT NULL DEFAULT 0,
            quote TEXT NOT NULL DEFAULT 'indirect',
            stance TEXT NOT NULL DEFAULT 'asserts',
            numbers TEXT NOT NULL DEFAULT '[]',
            status TEXT NOT NULL REFERENCES statuses(name),
            note TEXT NOT NULL DEFAULT '',
            origin TEXT NOT NULL DEFAULT 'extracted',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX articles_hash ON articles(content_hash)")
    db.execute("CREATE INDEX articles_path ON articles(path)")
    db.execute("CREATE INDEX claims_article ON claims(article_id)")
    db.execute("CREATE INDEX claims_status ON claims(status)")
    db.execute("CREATE INDEX claims_source_type ON claims(source_type)")
    db.execute(
        """CREATE TABLE links (
            id INTEGER PRIMARY KEY,
            a_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            b_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            relation TEXT NOT NULL,
            score REAL NOT NULL,
            reasons TEXT NOT NULL DEFAULT '[]',
            independent INTEGER NOT NULL DEFAULT 1,
            confirmed INTEGER,
            created_at TEXT NOT NULL,
            UNIQUE (a_id, b_id),
            CHECK (a_id < b_id)
        )"""
    )
    db.execute("CREATE INDEX links_b ON links(b_id)")
    db.execute(
        """CREATE TABLE evidence (
            id INTEGER PRIMARY KEY,
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            url TEXT NOT NULL,
            comment TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX evidence_claim ON evidence(claim_id)")
    db.execute(
        """CREATE TABLE history (
            id INTEGER PRIMARY KEY,
            entity TEXT NOT NULL,
            entity_id INTEGER NOT NULL,
            action TEXT NOT NULL,
            field TEXT NOT NULL DEFAULT '',
            old TEXT,
            new TEXT,
            by TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX history_entity ON history(entity, entity_id)")
    # The audit trail is append-only: the database itself refuses edits.
    for verb in ("UPDATE", "DELETE"):
        db.execute(
            f"""CREATE TRIGGER history_no_{verb.lower()} BEFORE {verb} ON history
            BEGIN SELECT RAISE(ABORT, 'history is append-only'); END"""
        )
    db.table("statuses").insert_all(
        [
            {
                "name": s.name,
                "label": s.label,
                "color": s.color,
                "final": int(s.final),
                "rating": s.rating,
                "value": s.value,
                "position": s.position,
            }
            for s in DEFAULT_STATUSES
        ]
    )
    db.table("claims").enable_fts(
        ["source", "source_resolved", "content"],
        fts_version="FTS5",
        create_triggers=True,
        tokenize="porter",
    )
    db.table("articles").enable_fts(
        ["title", "text"], fts_version="FTS5", create_triggers=True, tokenize="porter"
    )


def _v2_reading_order_index(db: sqlite_utils.Database) -> None:
    # Claims are listed in reading order; without this index a big case sorts on every listing.
    db.execute("CREATE INDEX claims_reading_order ON claims(article_id, content_start, id)")


def _v3_claim_vectors(db: sqlite_utils.Database) -> None:
    # Sentence embeddings of claim contents, derived data kept so that a case is
    # embedded once. A vector is dropped when its claim's content changes.
    db.execute(
        """CREATE TABLE claim_vectors (
            claim_id INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
            model TEXT NOT NULL,
            vector BLOB NOT NULL
        )"""
    )
    db.execute(
        """CREATE TRIGGER claim_vectors_stale AFTER UPDATE OF content ON claims
        WHEN old.content IS NOT new.content
        BEGIN DELETE FROM claim_vectors WHERE claim_id = new.id; END"""
    )


def _v4_claim_predicates(db: sqlite_utils.Database) -> None:
    # What each claim says is done to what ("consider sanction"), read from the parse
    # at extraction. Claims of older cases have none: they are matched by their words alone.
    db.execute("ALTER TABLE claims ADD COLUMN predicates TEXT NOT NULL DEFAULT '[]'")


def _v5_fetched_pages(db: sqlite_utils.Database) -> None:
    # Web pages imported by address: when each was fetched, and the page as the
    # server sent it, kept beside the text read from it (and out of the articles
    # table, which every listing reads).
    db.execute("ALTER TABLE articles ADD COLUMN fetched_at TEXT NOT NULL DEFAULT ''")
    db.execute(
        """CREATE TABLE article_pages (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            content_type TEXT NOT NULL DEFAULT '',
            raw BLOB NOT NULL
        )"""
    )


def _v6_claim_readings(db: sqlite_utils.Database) -> None:
    # What matching reads of each claim, computed once: its words' lemmas, names,
    # clock times, negation and what its figures count (JSON), and the sentence
    # vector of the claim in its context. Derived data, outside the history; a
    # reading is dropped when its claim's content changes and made again on the
    # next match, which also fills the claims of older cases.
    db.execute(
        """CREATE TABLE claim_readings (
            claim_id INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
            reading TEXT NOT NULL,
            model TEXT NOT NULL DEFAULT '',
            context BLOB
        )"""
    )
    db.execute(
        """CREATE TRIGGER claim_readings_stale AFTER UPDATE OF content ON claims
        WHEN old.content IS NOT new.content
        BEGIN DELETE FROM claim_readings WHERE claim_id = new.id; END"""
    )


def _v7_review_corrections(db: sqlite_utils.Database) -> None:
    # Where an article's story is told from (its dateline) and the language it is
    # written in (extraction reads English only; another language is marked, not
    # extracted). A claim's source type set by a person for that claim alone
    # overrides whatever type its source is given later.
    db.execute("ALTER TABLE articles ADD COLUMN place TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE articles ADD COLUMN language TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE claims ADD COLUMN source_type_override INTEGER NOT NULL DEFAULT 0")
    # The articles list counts each article's claims and reviewed claims at every
    # open: with this index a case of 5,000 articles counts them without the table.
    db.execute("CREATE INDEX claims_article_status ON claims(article_id, status)")


def _v8_sources(db: sqlite_utils.Database) -> None:
    # One row per referent across the case ("Interior Minister Tomas Rellik" and
    # "Rellik" in the next article are one source). A claim points at its source;
    # its own source_type stays on the claim (filters read it), and
    # source_type_override (version 7) marks a type a person set on that claim
    # alone, which a retyping of its source leaves as it is. source_key and source_voice are
    # what extraction read of the referent and the body it speaks for; claims
    # of older cases get theirs from their resolved source when the case opens.
    db.execute(
        """CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            type TEXT NOT NULL DEFAULT 'other',
            anonymous INTEGER NOT NULL DEFAULT 0,
            key TEXT NOT NULL DEFAULT '',
            voice TEXT NOT NULL DEFAULT '',
            article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
            type_by_hand INTEGER NOT NULL DEFAULT 0,
            name_by_hand INTEGER NOT NULL DEFAULT 0,
            merged_into INTEGER REFERENCES sources(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX sources_key ON sources(key)")
    # The first and last words of a source's key: a new claim reads only the sources
    # it may join (same key, surname, or a word of a body's name), not every source.
    db.execute("ALTER TABLE sources ADD COLUMN lead TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE sources ADD COLUMN tail TEXT NOT NULL DEFAULT ''")
    db.execute("CREATE INDEX sources_lead ON sources(lead)")
    db.execute("CREATE INDEX sources_tail ON sources(tail)")
    db.execute("ALTER TABLE claims ADD COLUMN source_id INTEGER REFERENCES sources(id)")
    db.execute("ALTER TABLE claims ADD COLUMN source_key TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE claims ADD COLUMN source_voice TEXT NOT NULL DEFAULT ''")
    # Covering: the Sources panel counts claims and articles per source from the index alone.
    db.execute("CREATE INDEX claims_source ON claims(source_id, article_id)")


MIGRATIONS: tuple[Callable[[sqlite_utils.Database], None], ...] = (
    _v1_initial,
    _v2_reading_order_index,
    _v3_claim_vectors,
    _v4_claim_predicates,
    _v5_fetched_pages,
    _v6_claim_readings,
    _v7_review_corrections,
    _v8_sources,
)
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: sqlite_utils.Database) -> int:
    """The version recorded in the file (0 for a new, empty file)."""
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite_utils.Database) -> list[int]:
    """Apply every pending migration; return the versions applied.

    A new file is made in one transaction, so that a process stopped while
    making it leaves an empty file, never a case with half its tables; an
    existing case moves one version per transaction.
    """
    applied: list[int] = []
    while schema_version(db) < SCHEMA_VERSION:
        db.execute("BEGIN IMMEDIATE")
        try:
            # Re-read under the write lock: another process may have migrated.
            start = schema_version(db) + 1
            last = SCHEMA_VERSION if start == 1 else min(start, SCHEMA_VERSION)
            for version in range(start, last + 1):
                MIGRATIONS[version - 1](db)
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                db.execute(f"PRAGMA user_version = {version}")
                applied.append(version)
            db.execute("COMMIT")
        except BaseException:
            if db.conn.in_transaction:
                db.execute("ROLLBACK")
            raise
    return applied
