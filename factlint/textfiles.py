"""Read text files safely: a bounded size, and UTF-8 errors that point at the byte.

Documents and rule files are read the same way; each caller names the
error family its failures belong to, so a bad article is a
``DocumentError`` and a bad rule file a ``RuleFileError``.
"""

from __future__ import annotations

import os
import stat

from factlint.errors import FactlintError

__all__ = ["decode_utf8", "read_bounded", "size_text", "too_large"]

_MB = 1024 * 1024
_OS_CAUSES: dict[type[OSError], str] = {
    FileNotFoundError: "no such file",
    NotADirectoryError: "no such file",
    IsADirectoryError: "is a directory, not a file",
    PermissionError: "permission denied",
}


def read_bounded(path: str, max_bytes: int, error: type[FactlintError]) -> bytes:
    """Read at most ``max_bytes + 1`` bytes, checking the size before reading.

    Raises:
        error: Naming ``path``: missing, a folder, unreadable, or too large.
    """
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(path)
        if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
            raise error(path, too_large(info.st_size, max_bytes))
        with open(path, "rb") as stream:
            data = stream.read(max_bytes + 1)
    except OSError as failure:
        cause = _OS_CAUSES.get(type(failure), f"cannot read ({failure.strerror})")
        raise error(path, cause) from failure
    if len(data) > max_bytes:  # the file grew, or is not a regular file
        raise error(path, too_large(len(data), max_bytes))
    return data


def decode_utf8(data: bytes, path: str, error: type[FactlintError]) -> str:
    """Decode UTF-8, naming the line and column of the first bad byte.

    Raises:
        error: ``path:line: invalid UTF-8 (byte 0xFF at column 4)``.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as failure:
        bad = failure.start
        line_start = max(data.rfind(b"\n", 0, bad), data.rfind(b"\r", 0, bad)) + 1
        column = len(data[line_start:bad].decode("utf-8", "replace")) + 1
        line = data.count(b"\n", 0, bad) + data.count(b"\r", 0, bad) - data.count(b"\r\n", 0, bad)
        cause = f"invalid UTF-8 (byte 0x{data[bad]:02X} at column {column})"
        raise error(path, cause, line + 1) from failure


def too_large(size: int, limit: int) -> str:
    """Say that a file is over its size limit."""
    return f"file is {size_text(size)}, over the {size_text(limit)} limit"


def size_text(count: int) -> str:
    """Format a byte count for people: "512 B", "3.2 KB", "52.4 MB"."""
    if count >= _MB:
        return f"{count / _MB:.1f} MB"
    return f"{count / 1024:.1f} KB" if count >= 1024 else f"{count} B"
