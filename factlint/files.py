"""Turn the paths a user names into the files to read, in a stable order.

Folders are walked for the prose formats factlint reads; files named
explicitly are always read, whatever their extension, so a user can point
at any text file.  A path that does not exist is passed on as it is, and
reading it reports the error with its name.  Configured globs add a corpus
and take files away (``exclude``); they are matched against paths relative
to the configuration's folder, and ``*`` crosses folders as in fnmatch.
"""

from __future__ import annotations

import fnmatch
import glob
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

__all__ = ["PROSE_SUFFIXES", "excluded", "expand_paths", "glob_files"]

PROSE_SUFFIXES = (".md", ".markdown", ".txt")


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Yield each named file, and the prose files under each named folder, sorted."""
    for path in paths:
        if path != "-" and os.path.isdir(path):
            yield from _walk(path)
        else:
            yield path


def _walk(folder: str) -> Iterator[str]:
    """Yield the prose files under ``folder`` in sorted order, skipping hidden ones."""
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if name.lower().endswith(PROSE_SUFFIXES) and not name.startswith("."):
                yield os.path.join(root, name)


def glob_files(root: Path, patterns: Sequence[str]) -> list[str]:
    """Return the prose files the globs match under ``root``, sorted, each once.

    A glob that names a folder stands for the prose files under it.  A match
    named like a prose file is taken to be one without asking the file
    system, which a corpus of many thousand files would feel; a folder named
    "notes.md" is then reported as unreadable, not walked.
    """
    found: set[str] = set()
    base = str(root)
    for pattern in patterns:
        for match in glob.iglob(pattern, root_dir=root, recursive=True, include_hidden=True):
            path = match if base == "." else os.path.join(base, match)
            if path.lower().endswith(PROSE_SUFFIXES):
                found.add(path)
            elif os.path.isdir(path):
                found.update(expand_paths([path]))
    return sorted(found)


def excluded(path: str, root: Path, patterns: Sequence[str]) -> bool:
    """Tell whether a path, or a folder it is in, matches one of the globs."""
    if not patterns or path == "-":
        return False
    try:
        relative = Path(os.path.abspath(path)).relative_to(os.path.abspath(root))
    except ValueError:
        return False
    names = [relative.as_posix(), *(parent.as_posix() for parent in relative.parents)]
    return any(fnmatch.fnmatchcase(name, glob) for name in names[:-1] for glob in patterns)
