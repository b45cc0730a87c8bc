"""Read a file into a Document: its decoded text plus a same-length prose mask.

Later stages look for facts only in ``Document.prose``: the original text with
everything that is not running prose (code, markup, URLs, front matter)
overwritten by spaces. Line breaks are kept, so an offset or a line number
found in the prose points at the same place in the original text.
"""

from __future__ import annotations

import bisect
import os
import re
import sys
from collections.abc import Iterable
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

from factlint.errors import DocumentError
from factlint.textfiles import decode_utf8, read_bounded, size_text

__all__ = ["Document", "decode", "markup_for", "parse_document", "read_document"]

Markup = Literal["markdown", "text"]
Span = tuple[int, int]

_MB = 1024 * 1024
_BINARY_SNIFF = 8192
_NOT_LINE_BREAK = re.compile(r"[^\r\n]")
_BARE_URL = re.compile(r"(?<![\w@/.-])(?:https?://|www\.)[^\s<>\"`]*", re.I)
_FRONT_MATTER = re.compile(
    r"\ufeff?---[ \t]*\r?\n(.*?)(?<=\n)(?:---|\.\.\.)[ \t]*\r?(?=\n|\Z)", re.S
)
_QUOTE_PREFIX = re.compile(r"^(?: {0,3}>[ ]?)*")
_LIST_ITEM = re.compile(r" {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")
_FENCE = re.compile(r"[ \t]*(`{3,}|~{3,})(.*)")
_TITLE = r"(?:\"[^\"]*\"|'[^']*'|\([^()]*\))"
_REF_DEF = re.compile(rf" {{0,3}}\[(?!\^)[^\]]+\]:[ \t]*\S+(?:[ \t]+{_TITLE})?[ \t]*")
_BLANK_LINE = re.compile(r"^[ \t\r]*$", re.M)
_INLINE_TOKEN = re.compile(r"`+|<!--|<(script|style|pre|code|kbd|samp)(?![\w-])", re.I)
_AUTOLINK = re.compile(r"<(?:[A-Za-z][\w+.-]{1,31}:[^\s<>]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>")
_HTML_TAG = re.compile(
    r"</?[A-Za-z][A-Za-z0-9-]*"
    r"(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))?)*"
    r"\s*/?>|<![A-Za-z][^>]*>"
)
_FOOTNOTE_LABEL = re.compile(r"\[\^[^\]\s]+\]:?")
_DEST = r"(?:<[^<>\n]*>|(?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))*)"
_INLINE_LINK = re.compile(rf"(!?\[)([^\[\]]*)(\]\(\s*{_DEST}(?:\s+{_TITLE})?\s*\))")
_REF_LINK = re.compile(r"(!?\[)([^\[\]]*)(\]\[[^\[\]]*\])")
_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")


class Document(BaseModel):
    """One decoded input and its prose mask, the unit every later stage works on.

    Attributes:
        path: The path as given ("-" for standard input).
        text: The decoded text, unchanged; every offset refers to it.
        prose: ``text`` with each non-prose character replaced by a space and
            line breaks kept, so lengths, offsets and line numbers match.
        markup: How the text was read, "markdown" or "text".
        metadata: The YAML front matter mapping; empty when there is none.
    """

    model_config = ConfigDict(frozen=True)

    path: str
    text: str
    prose: str
    markup: Markup
    metadata: dict[str, Any] = Field(default_factory=dict)
    _line_starts: list[int] | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _prose_matches_text(self) -> Document:
        if len(self.prose) != len(self.text):
            raise ValueError("prose must have the same length as text")
        return self

    def line_column(self, offset: int) -> tuple[int, int]:
        """Locate an offset as (line, column), both 1-based, to report findings.

        Columns count characters. ``len(text)`` is valid and means the end.

        Raises:
            IndexError: If the offset is outside the text.
        """
        if not 0 <= offset <= len(self.text):
            raise IndexError(f"offset {offset} is outside 0..{len(self.text)}")
        if self._line_starts is None:
            ends = (match.end() for match in re.finditer("\n", self.text))
            self._line_starts = [0, *ends]
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1


def markup_for(path: str) -> Markup:
    """Choose the markup from a file name: Markdown by extension, else plain text."""
    extension = os.path.splitext(path)[1].lower()
    return "markdown" if extension in (".md", ".markdown") else "text"


def parse_document(text: str, path: str = "-", markup: Markup | None = None) -> Document:
    """Build a Document from text already in memory, masking what is not prose.

    Args:
        text: The decoded text.
        path: Where the text came from, used in messages ("-" for stdin).
        markup: How to read the text; None chooses by ``path`` (see markup_for).
    """
    markup = markup_for(path) if markup is None else markup
    metadata: dict[str, Any] = {}
    if markup == "markdown":
        prose, metadata = _mask_markdown(text)
    else:
        prose = _blank_urls(text)
    if text.startswith("\ufeff"):
        prose = " " + prose[1:]
    return Document(path=path, text=text, prose=prose, markup=markup, metadata=metadata)


def read_document(path: str | os.PathLike[str], *, max_bytes: int = 10 * _MB) -> Document:
    """Read and parse one file ("-" for standard input), never writing to it.

    Inputs over ``max_bytes`` are refused so one huge file cannot stall a run.

    Raises:
        DocumentError: If the input is missing, unreadable, too large, binary
            or not valid UTF-8.
    """
    name = os.fspath(path)
    if name == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise DocumentError(name, f"input is over the {size_text(max_bytes)} limit")
    else:
        data = read_bounded(name, max_bytes, DocumentError)
    return parse_document(decode(data, name), name)


def decode(data: bytes, path: str) -> str:
    """Decode UTF-8, refusing binary data and pointing at the first bad byte.

    A leading byte order mark is kept in the text, so offsets stay simple.

    Raises:
        DocumentError: Naming ``path``, for a NUL byte near the start (a binary
            file) or for invalid UTF-8.
    """
    if data.find(b"\x00", 0, _BINARY_SNIFF) != -1:
        raise DocumentError(path, "binary file (NUL byte), skipped")
    return decode_utf8(data, path, DocumentError)


def _blank(chunk: str) -> str:
    """Replace every character but line breaks with a space."""
    if "\n" in chunk or "\r" in chunk:
        return _NOT_LINE_BREAK.sub(" ", chunk)
    return " " * len(chunk)


def _blank_match(match: re.Match[str]) -> str:
    return _blank(match.group())


def _keep_link_text(match: re.Match[str]) -> str:
    return _blank(match.group(1)) + match.group(2) + _blank(match.group(3))


def _blank_spans(text: str, spans: Iterable[Span]) -> str:
    """Blank (start, end) spans, given in order of start, with one join."""
    parts: list[str] = []
    done = 0
    for start, end in spans:
        start = max(start, done)
        if start < end:
            parts += (text[done:start], _blank(text[start:end]))
            done = end
    parts.append(text[done:])
    return "".join(parts)


def _url_length(url: str) -> int:
    """Cut a bare URL at an unbalanced ``)`` or ``]``, then trailing punctuation."""
    depth = {")": 0, "]": 0}
    for index, char in enumerate(url):
        if char in "([":
            depth[")" if char == "(" else "]"] += 1
        elif char in depth:
            if depth[char] == 0:
                url = url[:index]
                break
            depth[char] -= 1
    return len(url.rstrip(".,:;!?'*_~"))


def _blank_urls(text: str) -> str:
    """Blank bare URLs, so numbers in paths and queries never look like facts."""
    if "://" not in text and "www." not in text.lower():
        return text  # no URL: the pattern is not tried at every position
    found = _BARE_URL.finditer(text)
    spans = ((m.start(), m.start() + _url_length(m.group())) for m in found)
    return _blank_spans(text, spans)


def _mask_markdown(text: str) -> tuple[str, dict[str, Any]]:
    """Blank all that is not prose in Markdown; also return the front matter."""
    front = _FRONT_MATTER.match(text)
    body = front.end() if front else 0
    prose = _blank_spans(text, [(0, body), *_block_spans(text, body)])
    prose = _blank_spans(prose, _inline_spans(prose))
    if "<" in prose:  # each pattern only where its opening character occurs at all
        prose = _HTML_TAG.sub(_blank_match, _AUTOLINK.sub(_blank_match, prose))
    if "[" in prose:
        prose = _FOOTNOTE_LABEL.sub(_blank_match, prose)
        for pattern in (_INLINE_LINK, _REF_LINK, _INLINE_LINK):  # twice: [![i](a)](b)
            prose = pattern.sub(_keep_link_text, prose)
    prose = _blank_urls(prose)
    if "\\" in prose:
        prose = _ESCAPE.sub(" ", prose)
    return prose, _metadata(front.group(1)) if front else {}


# libyaml's safe loader where PyYAML was built with it: the same safe
# reading, many times faster than the pure-Python one on every article.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _metadata(source: str) -> dict[str, Any]:
    """Parse front matter; anything but a YAML mapping yields no metadata."""
    try:
        loaded = yaml.load(source, Loader=_SAFE_LOADER)
    except (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError):
        return {}  # e.g. a date such as 2024-02-30 raises ValueError
    if not isinstance(loaded, dict):
        return {}
    return {str(key): value for key, value in loaded.items()}


def _block_spans(text: str, start: int) -> list[Span]:
    """Find the lines from ``start`` on that are code or reference definitions."""
    scanner = _BlockScanner()
    spans: list[Span] = []
    for line in text[start:].split("\n"):
        end = start + len(line)
        if scanner.hides(line.rstrip("\r")):
            spans.append((start, end))
        start = end + 1
    return spans


def _indent(content: str) -> int:
    """Width of a line's leading blanks in columns, tabs stopping every 4."""
    width = len(content) - len(content.lstrip(" \t"))
    return len(content[:width].expandtabs(4))


class _BlockScanner:
    """Walk Markdown lines in order, tracking fences, lists and indented code."""

    def __init__(self) -> None:
        self.fence: tuple[str, int] | None = None  # the fence, its indent
        self.in_list = self.in_code = False
        self.after_blank = True

    def hides(self, line: str) -> bool:
        """Say whether a line (without its line break) is not prose."""
        content = _QUOTE_PREFIX.sub("", line, count=1) if ">" in line else line
        if self.fence is None and content[:1].isalpha():  # fast path: prose
            self.in_code = self.in_list = self.after_blank = False
            return False
        if self.fence is not None:
            self._close_fence(content, *self.fence)
            return True
        if not content.strip():
            self.after_blank = True
            return False
        hidden = self._classify(content, _indent(content))
        self.after_blank = False
        return hidden

    def _classify(self, content: str, indent: int) -> bool:
        if indent >= 4 and not self.in_list and (self.in_code or self.after_blank):
            self.in_code = True
            return True
        self.in_code = False
        if _LIST_ITEM.match(content):
            self.in_list = True
        elif not content[0].isspace():
            self.in_list = False
        return self._open_fence(content, indent) or bool(_REF_DEF.fullmatch(content))

    def _open_fence(self, content: str, indent: int) -> bool:
        match = _FENCE.fullmatch(content)
        if match is None or (indent > 3 and not self.in_list):
            return False
        if match.group(1)[0] == "`" and "`" in match.group(2):
            return False  # a backtick fence's info string has no backticks
        self.fence = (match.group(1), indent)
        return True

    def _close_fence(self, content: str, opener: str, indent: int) -> None:
        match = _FENCE.fullmatch(content.rstrip(" \t"))
        if match is None or match.group(2) or _indent(content) > indent + 3:
            return
        fence = match.group(1)
        if fence[0] == opener[0] and len(fence) >= len(opener):
            self.fence = None
            self.after_blank = True


def _inline_spans(text: str) -> list[Span]:
    """Find code spans, HTML comments and raw HTML elements, left to right."""
    runs = _BacktickRuns(text)
    unclosed: set[str] = set()  # openers known to have no closer further on
    spans: list[Span] = []
    for token in _INLINE_TOKEN.finditer(text):
        kind = token.group().lower()
        if (spans and token.start() < spans[-1][1]) or kind in unclosed:
            continue
        if kind[0] == "`":
            span = runs.code_span(text, token.start(), len(kind))
        else:
            span = _html_span(text, token)
            if span is None:
                unclosed.add(kind)
        if span is not None:
            spans.append(span)
    return spans


def _html_span(text: str, token: re.Match[str]) -> Span | None:
    """Where an HTML comment or a script, pre... element ends, if it ends."""
    if token.group() == "<!--":
        end = text.find("-->", token.end())
        return None if end == -1 else (token.start(), end + 3)
    closer = re.compile(rf"</{token.group(1)}\s*>", re.I).search(text, token.end())
    return None if closer is None else (token.start(), closer.end())


class _BacktickRuns:
    """Backtick runs grouped by paragraph and length, to find closers fast."""

    def __init__(self, text: str) -> None:
        self.breaks = [match.start() for match in _BLANK_LINE.finditer(text)]
        self.starts: dict[tuple[int, int], list[int]] = {}
        for run in re.finditer("`+", text):
            key = (bisect.bisect_right(self.breaks, run.start()), len(run.group()))
            self.starts.setdefault(key, []).append(run.start())

    def code_span(self, text: str, start: int, length: int) -> Span | None:
        """The code span opened by the run at ``start``, if a closer follows."""
        if start and text[start - 1] == "\\":  # an escaped first backtick
            start, length = start + 1, length - 1
        key = (bisect.bisect_right(self.breaks, start), length)
        starts = self.starts.get(key, [])
        index = bisect.bisect_right(starts, start)
        if length == 0 or index == len(starts):
            return None
        return start, starts[index] + length
