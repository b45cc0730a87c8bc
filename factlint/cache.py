"""Keep what was read from each document, so the next run reads only what changed.

The cache is one SQLite file, ``.factlint-cache/cache.sqlite`` at the
project's root.  It holds, per file, the content digest of its last seen
size and modification time, and per digest the document's sketch and
reading (see ``factlint.reading``).  A reading depends on the rules, so it
is kept under a fingerprint of the rule packs, rates and factlint version;
and on the names the corpus knows, so the cache also keeps, per corpus
(its *scope*), the merged name evidence and the names it gave.  When a run
finds other names, the readings of the documents holding a changed name's
first word are dropped; every reading kept is right for the names stored.

A run holds the cache's write lock from start to end and commits at the
end, so a run that fails leaves the cache as it was, and a second run that
overlaps simply runs without it.  A cache that is not a readable
database, or was written by another version, is deleted and built again.
Nothing in it is needed: deleting the folder only costs time.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path
from typing import NamedTuple

from factlint.claims import NameEvidence
from factlint.reading import Reading, Sketch

__all__ = ["CACHE_FOLDER", "Cache", "Kept", "Names", "file_digest"]

CACHE_FOLDER = ".factlint-cache"
_FILE = "cache.sqlite"
_SCHEMA = "7"
_TABLES = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE stats(path TEXT PRIMARY KEY, mtime_ns INTEGER, size INTEGER, digest TEXT);
CREATE TABLE sketches(path TEXT, digest TEXT, data TEXT, words TEXT, PRIMARY KEY(path, digest));
CREATE TABLE names(scope TEXT PRIMARY KEY, members TEXT, evidence TEXT, mapping TEXT);
CREATE TABLE readings(
    scope TEXT, path TEXT, digest TEXT, rules TEXT, data TEXT, quantities INTEGER, claims INTEGER,
    PRIMARY KEY(scope, path, digest, rules));
CREATE INDEX readings_kept ON readings(scope, rules, path, digest, quantities, claims);
CREATE TABLE subjects(scope TEXT, rules TEXT, subject TEXT, path TEXT, digest TEXT);
CREATE INDEX subjects_of ON subjects(scope, rules, subject);
CREATE INDEX subjects_in ON subjects(scope, path);
"""


def file_digest(data: bytes) -> str:
    """Return the digest a file's content is known by."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


class Kept(NamedTuple):
    """A kept reading: of which content of its file, and how much it found."""

    digest: str
    quantities: int
    claims: int


class Names:
    """The names state of one scope: which documents it merged, their evidence, the names."""

    def __init__(
        self, members: dict[str, str], evidence: NameEvidence, mapping: dict[str, str]
    ) -> None:
        self.members = members
        self.evidence = evidence
        self.mapping = mapping


class Cache:
    """An open cache, holding its write lock until ``close``."""

    def __init__(self, connection: sqlite3.Connection, scope: str, version: str) -> None:
        self._db = connection
        self.scope = scope
        self.version = version
        self._stats: dict[str, tuple[int, int, str]] | None = None

    @classmethod
    def open(cls, folder: Path, scope: str, version: str) -> Cache | None:
        """Open (or make) the cache in ``folder``.

        None when another run holds it, or when the folder cannot hold a
        cache (read-only, or not a folder): the run then goes without.
        ``scope`` names the corpus; ``version`` is factlint's.
        """
        path = folder / _FILE
        try:
            folder.mkdir(parents=True, exist_ok=True)
            _ignore_in_git(folder)
            return cls._locked(path, scope, version)
        except sqlite3.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                return None
        except sqlite3.DatabaseError:  # not a database, or damaged: start again
            pass
        except OSError:
            return None
        try:
            path.unlink(missing_ok=True)
            return cls._locked(path, scope, version)
        except (OSError, sqlite3.Error):
            return None

    @classmethod
    def _locked(cls, path: Path, scope: str, version: str) -> Cache:
        """Connect, take the write lock, and start again when the file is stale."""
        connection = sqlite3.connect(path, timeout=0.5, isolation_level=None)
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.execute("BEGIN IMMEDIATE")
            if _stored_version(connection) != f"{_SCHEMA}/{version}":
                _rebuild(connection, version)
        except BaseException:
            connection.close()
            raise
        return cls(connection, scope, version)

    def close(self, keep: bool = True) -> None:
        """Commit what this run learned (or drop it) and release the lock.

        A cache that cannot be written (a full disk) only costs the next run
        time, so it never fails the check that used it.
        """
        try:
            self._db.execute("COMMIT" if keep else "ROLLBACK")
        except sqlite3.Error:
            pass
        finally:
            self._db.close()

    def digest(self, path: str) -> str | None:
        """Return the digest of a file's content, reading it only when it changed.

        None when the file cannot be read (the reading will say why).
        """
        try:
            info = os.stat(path)
        except OSError:
            return None
        if self._stats is None:  # every file's at once: one query, not one per file
            rows = self._db.execute("SELECT path, mtime_ns, size, digest FROM stats")
            self._stats = {row[0]: (row[1], row[2], row[3]) for row in rows}
        known = self._stats.get(path)
        if known is not None and known[:2] == (info.st_mtime_ns, info.st_size):
            return known[2]
        try:
            with open(path, "rb") as stream:
                digest = file_digest(stream.read())
        except OSError:
            return None
        self._db.execute(
            "INSERT OR REPLACE INTO stats VALUES (?, ?, ?, ?)",
            (path, info.st_mtime_ns, info.st_size, digest),
        )
        return digest

    def sketched(self) -> dict[str, str]:
        """Return, per file, the digest of the content whose sketch is kept."""
        return dict(self._db.execute("SELECT path, digest FROM sketches").fetchall())

    def sketch(self, path: str, digest: str) -> Sketch | None:
        """Return the sketch kept for this content of the file."""
        row = self._db.execute(
            "SELECT data FROM sketches WHERE path=? AND digest=?", (path, digest)
        ).fetchone()
        return Sketch.model_validate_json(row[0]) if row else None

    def put_sketch(self, path: str, digest: str, sketch: Sketch) -> None:
        """Keep a file's sketch, replacing those of its earlier contents."""
        self._db.execute("DELETE FROM sketches WHERE path=? AND digest<>?", (path, digest))
        self._db.execute(
            "INSERT OR REPLACE INTO sketches VALUES (?, ?, ?, ?)",
            (path, digest, sketch.model_dump_json(exclude={"words"}), " ".join(sketch.words)),
        )

    def names(self) -> Names | None:
        """Return the names state of this scope, if one was kept."""
        row = self._db.execute(
            "SELECT members, evidence, mapping FROM names WHERE scope=?", (self.scope,)
        ).fetchone()
        if row is None:
            return None
        evidence = NameEvidence(*(Counter(part) for part in json.loads(row[1])))
        return Names(json.loads(row[0]), evidence, json.loads(row[2]))

    def put_names(self, names: Names) -> None:
        """Keep the names state of this scope."""
        self._db.execute(
            "INSERT OR REPLACE INTO names VALUES (?, ?, ?, ?)",
            (
                self.scope,
                json.dumps(names.members),
                json.dumps(list(names.evidence)),
                json.dumps(names.mapping),
            ),
        )

    def holding(self, words: Collection[str]) -> set[str]:
        """Return the files whose text holds any of ``words`` (compared in capitals)."""
        wanted = {w.upper() for w in words}
        found = set()
        for path, text in self._db.execute("SELECT path, words FROM sketches"):
            if not wanted.isdisjoint(text.split(" ")):
                found.add(path)
        return found

    def forget_readings(self, paths: Iterable[str]) -> None:
        """Drop the readings of these files in this scope."""
        for path in paths:
            self._db.execute("DELETE FROM readings WHERE scope=? AND path=?", (self.scope, path))
            self._db.execute("DELETE FROM subjects WHERE scope=? AND path=?", (self.scope, path))

    def kept(self, rules: str) -> dict[str, Kept]:
        """Return, per file, which content's reading under these rules is kept, and its counts."""
        rows = self._db.execute(
            "SELECT path, digest, quantities, claims FROM readings WHERE scope=? AND rules=?",
            (self.scope, rules),
        )
        return {path: Kept(digest, quantities, claims) for path, digest, quantities, claims in rows}

    def reading(self, path: str, digest: str, rules: str) -> Reading | None:
        """Return the reading kept for this content of the file under these rules."""
        row = self._db.execute(
            "SELECT data FROM readings WHERE scope=? AND path=? AND digest=? AND rules=?",
            (self.scope, path, digest, rules),
        ).fetchone()
        return Reading.model_validate_json(row[0]) if row else None

    def put_reading(self, digest: str, rules: str, reading: Reading, data: str) -> None:
        """Keep a file's reading (``data`` is its JSON), replacing earlier ones of the file."""
        path = reading.path
        self.forget_readings([path])
        self._db.execute(
            "INSERT INTO readings VALUES (?, ?, ?, ?, ?, ?, ?)",
            (self.scope, path, digest, rules, data, reading.quantities, len(reading.claims)),
        )
        self._db.executemany(
            "INSERT INTO subjects VALUES (?, ?, ?, ?, ?)",
            [
                (self.scope, rules, subject, path, digest)
                for subject in sorted({c.subject for c in reading.claims if c.subject})
            ],
        )

    def about(self, subjects: Iterable[str], rules: str, current: Mapping[str, str]) -> set[str]:
        """Return the files whose kept readings (of their current content) claim about these."""
        found: set[str] = set()
        for subject in set(subjects):
            rows = self._db.execute(
                "SELECT path, digest FROM subjects WHERE scope=? AND rules=? AND subject=?",
                (self.scope, rules, subject),
            )
            found.update(path for path, digest in rows if current.get(path) == digest)
        return found


def _stored_version(connection: sqlite3.Connection) -> str | None:
    """Return the schema and factlint version the cache was written by, if readable."""
    try:
        row = connection.execute("SELECT value FROM meta WHERE key='version'").fetchone()
    except sqlite3.OperationalError:  # no such table: a new file
        return None
    return str(row[0]) if row else None


def _rebuild(connection: sqlite3.Connection, version: str) -> None:
    """Empty the cache and write its tables for this version."""
    tables = connection.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
    for (table,) in tables:
        connection.execute(f'DROP TABLE IF EXISTS "{table}"')
    for statement in _TABLES.split(";"):
        if statement.strip():
            connection.execute(statement)
    connection.execute("INSERT INTO meta VALUES ('version', ?)", (f"{_SCHEMA}/{version}",))


def _ignore_in_git(folder: Path) -> None:
    """Keep the cache out of version control, as tools that cache in a project do."""
    ignore = folder / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# written by factlint\n*\n", encoding="utf-8")
