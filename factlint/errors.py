"""The one family of errors factlint raises.

Every error names where the problem is (a path and, when known, a 1-based
line) and what is wrong, so a command-line run can print it on one line and
carry on with the other files.
"""

from __future__ import annotations

__all__ = ["ConfigError", "DocumentError", "FactlintError", "RuleFileError"]


class FactlintError(Exception):
    """Base of every error factlint raises on purpose.

    Args:
        path: The file the problem is in ("-" for standard input, "" if none).
        cause: What is wrong, as a short sentence without the location.
        line: The 1-based line of the problem, when one is known.
    """

    def __init__(self, path: str, cause: str, line: int | None = None) -> None:
        self.path = path
        self.cause = cause
        self.line = line
        super().__init__(self.one_line())

    def one_line(self) -> str:
        """Render as ``path:line: cause`` (the line part only when known)."""
        where = self.path or "<input>"
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.cause}"


class DocumentError(FactlintError, ValueError):
    """A document could not be read: missing, binary, too large or not UTF-8."""


class RuleFileError(FactlintError, ValueError):
    """A rule or configuration file is malformed.

    For example: YAML syntax, an unknown key, a wrong type, a formula that
    does not parse.
    """


class ConfigError(FactlintError, ValueError):
    """A file factlint keeps its own state in, such as a baseline, is unusable.

    It is missing, unreadable, not valid JSON, or not in the expected shape,
    or it could not be written.
    """
