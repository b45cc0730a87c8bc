"""Baselines: findings a team has accepted, so that a check reports only new ones.

A baseline is a JSON file, ``{"version": 1, "accepted": [...]}``, with one
entry per accepted diagnostic: its ``rule``, ``fact``, ``path``, ``message``
and a ``fingerprint``.  Entries are sorted and the file ends with a line
break, so writing the same findings twice gives the same bytes and a
baseline reviews well in version control.

A diagnostic matches an entry by fingerprint: a hash of the rule, the fact,
the primary path, the message and the sorted (path, message) pairs of the
related locations.  Lines and columns are left out, because articles are
edited above a figure; the messages quote the figures, so a changed figure
is a new finding.  Where a message points at another file by line
(``in a.md:12``), that line number is dropped for the same reason, and the
entry keeps the message without it, so the file does not change when
nothing but line numbers did.  Paths are kept as given (relative stays
relative) with forward slashes, so a baseline is portable.

Matching counts: two identical findings need two entries, so a second copy
of an accepted contradiction is still reported.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import posixpath
import re
import secrets
from collections import Counter
from collections.abc import Iterable
from pathlib import PurePath

from pydantic import BaseModel, ConfigDict, StrictInt, ValidationError, field_validator
from pydantic_core import ErrorDetails, PydanticCustomError

from factlint.diagnostics import Diagnostic
from factlint.errors import ConfigError
from factlint.textfiles import decode_utf8, read_bounded

__all__ = [
    "VERSION",
    "Baseline",
    "Entry",
    "filter_accepted",
    "fingerprint",
    "load_baseline",
    "render_baseline",
    "write_baseline",
]

VERSION = 1
_MAX_BYTES = 64 * 1024 * 1024  # far beyond any real baseline; a wrong path fails fast


class Entry(BaseModel):
    """One accepted diagnostic, as stored in the baseline file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    rule: str
    fact: str
    path: str
    message: str
    fingerprint: str

    @classmethod
    def of(cls, diagnostic: Diagnostic) -> Entry:
        """Make the entry that accepts a diagnostic."""
        return cls(
            rule=diagnostic.rule,
            fact=diagnostic.fact,
            path=_portable(diagnostic.path),
            message=_without_lines(diagnostic.message, diagnostic),
            fingerprint=fingerprint(diagnostic),
        )


class Baseline(BaseModel):
    """A baseline file's content: its format version and the accepted entries."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: StrictInt  # strict: JSON true or 1.0 is not a version
    accepted: tuple[Entry, ...]

    @field_validator("version")
    @classmethod
    def _known_version(cls, version: int) -> int:
        """Refuse a format this factlint cannot read rather than misread it."""
        if version != VERSION:
            context = {"version": version, "known": VERSION}
            message = "unsupported version {version} (expected {known})"
            raise PydanticCustomError("version", message, context)
        return version


def fingerprint(diagnostic: Diagnostic) -> str:
    """Identify a finding by what it says and where, but not at which line.

    Returns:
        16 hexadecimal digits of a SHA-256 over the rule, the fact, the
        primary path, the message and the sorted related (path, message)
        pairs, with line numbers after file names dropped from messages.
    """
    related = sorted(
        (_portable(r.path), _without_lines(r.message, diagnostic)) for r in diagnostic.related
    )
    key = [
        diagnostic.rule,
        diagnostic.fact,
        _portable(diagnostic.path),
        _without_lines(diagnostic.message, diagnostic),
        related,
    ]
    data = json.dumps(key, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(data).hexdigest()[:16]


def render_baseline(diagnostics: Iterable[Diagnostic]) -> str:
    """Return the baseline file text that accepts the diagnostics."""
    entries = sorted(
        (Entry.of(d) for d in diagnostics),
        key=lambda e: (e.path, e.rule, e.fact, e.message, e.fingerprint),
    )
    document = {"version": VERSION, "accepted": [e.model_dump() for e in entries]}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def write_baseline(path: str | os.PathLike[str], diagnostics: Iterable[Diagnostic]) -> None:
    """Write a baseline accepting the diagnostics, replacing the file atomically.

    The text goes to a new file in the same folder, which then replaces
    ``path`` in one step, so a reader never sees half a baseline and a
    failed write leaves the old one in place.

    Raises:
        ConfigError: Naming ``path``, if it cannot be written.
    """
    name = os.fspath(path)
    folder, base = os.path.split(name)
    temporary = os.path.join(folder, f".{base}.{secrets.token_hex(4)}.tmp")
    try:
        with open(temporary, "x", encoding="utf-8", newline="\n") as stream:
            stream.write(render_baseline(diagnostics))
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, name)
    except OSError as failure:
        with contextlib.suppress(OSError):
            os.remove(temporary)
        raise ConfigError(name, f"cannot write ({failure.strerror or failure})") from failure


def load_baseline(path: str | os.PathLike[str]) -> Baseline:
    """Read and check a baseline file.

    Raises:
        ConfigError: Naming the file and the cause, if it is missing,
            unreadable, not UTF-8, not JSON (with the line) or not a baseline.
    """
    name = os.fspath(path)
    text = decode_utf8(read_bounded(name, _MAX_BYTES, ConfigError), name, ConfigError)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        cause = f"invalid JSON: {error.msg} (column {error.colno})"
        raise ConfigError(name, cause, error.lineno) from None
    except RecursionError:
        raise ConfigError(name, "invalid JSON: nested too deeply") from None
    try:
        return Baseline.model_validate(data)
    except ValidationError as error:
        raise ConfigError(name, f"not a baseline: {_first_problem(error)}") from None


def filter_accepted(diagnostics: Iterable[Diagnostic], baseline: Baseline) -> list[Diagnostic]:
    """Drop the diagnostics the baseline accepts, each entry accepting one.

    Returns:
        The other diagnostics, in their order.
    """
    remaining = Counter(entry.fingerprint for entry in baseline.accepted)
    kept: list[Diagnostic] = []
    for diagnostic in diagnostics:
        key = fingerprint(diagnostic)
        if remaining[key]:
            remaining[key] -= 1
        else:
            kept.append(diagnostic)
    return kept


def _portable(path: str) -> str:
    """Write a path with forward slashes and without ``./`` or ``x/../`` detours."""
    return posixpath.normpath(path.replace("\\", "/"))


def _without_lines(message: str, diagnostic: Diagnostic) -> str:
    """Drop line (and column) numbers after the diagnostic's own file names in a message."""
    paths = {diagnostic.path, *(r.path for r in diagnostic.related)}
    names = {name for path in paths for name in (path, PurePath(path).name) if name}
    if not names:
        return message
    choices = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.sub(rf"(?<![\w.-])({choices}):\d+(?::\d+)?", r"\1", message)


def _first_problem(error: ValidationError) -> str:
    """Describe the first validation problem with where it is, e.g. ``accepted[2].rule``."""
    detail: ErrorDetails = error.errors(include_url=False)[0]
    where = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in detail["loc"])
    return f"{where.lstrip('.') or 'top level'}: {detail['msg']}"
