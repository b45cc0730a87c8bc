"""Load YAML data files (rules, configuration) safely, keeping the line of every key.

Rule files are data, so they are read with PyYAML's safe composer and turned
into plain Python values here, never into arbitrary objects:

* Mappings become ``dict``, sequences ``list``; scalars become ``str``,
  ``int``, ``float``, ``bool`` or ``None`` following the usual YAML 1.1 rules
  of PyYAML's safe loader (so an unquoted ``yes`` is ``True``).
* Dates and times (``2024-05-01``) become their ISO 8601 string
  (``"2024-05-01"``), so models see strings, not ``datetime`` objects.
* Mapping keys are always strings: the key as written (``1: x`` gives the key
  ``"1"``, ``on: x`` the key ``"on"``). Keys must be single values, not lists
  or mappings, and a key may appear only once in a mapping.
* Any other tag (``!!python/object``, ``!!binary``, ``!!set``, ``!custom``) is
  refused, as are aliases (``*name``) and merge keys (``<<``); anchors
  (``&name``) are allowed and ignored.
* Files over 1 MB, documents nested deeper than 20 levels and documents with
  more than 10,000 nodes are refused.

Every problem is raised as a :class:`~factlint.errors.RuleFileError` naming
the file and, when known, the 1-based line. Each document is returned as a
:class:`Located`: its data plus the line of every key and list item, so a
later validation error can point at the line it is about
(:func:`line_of`, :func:`validation_error`).
"""

from __future__ import annotations

import datetime
import difflib
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

import pydantic
import yaml
from pydantic_core import ErrorDetails
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import Resolver
from yaml.scanner import Scanner

from factlint.errors import RuleFileError

try:
    from yaml._yaml import CParser
except ImportError:  # PyYAML built without libyaml
    _LIBYAML = False
else:
    _LIBYAML = True
from factlint.textfiles import decode_utf8, read_bounded, too_large

__all__ = [
    "MAX_BYTES",
    "MAX_DEPTH",
    "MAX_NODES",
    "Located",
    "Loc",
    "line_of",
    "load_yaml",
    "validation_error",
    "validation_errors",
]

Loc = tuple[str | int, ...]
"""A path into loaded data: mapping keys (``str``) and list indices (``int``)."""

MAX_BYTES = 1024 * 1024
"""Largest rule file accepted, in bytes of UTF-8."""
MAX_DEPTH = 20
"""Most levels of nested lists and mappings accepted in one document."""
MAX_NODES = 10_000
"""Most nodes (keys, values and list items) accepted in one document."""

_YAML = "tag:yaml.org,2002:"
_STR = _YAML + "str"
_MAP = _YAML + "map"
_SEQ = _YAML + "seq"
_MERGE = _YAML + "merge"
_VALUE = _YAML + "value"
_SHOWN = 40  # characters of a bad value quoted in a message
_KINDS = {
    _YAML + "bool": "true/false value",
    _YAML + "int": "integer",
    _YAML + "float": "number",
    _YAML + "timestamp": "date or time",
}


class Located(NamedTuple):
    """One YAML document: its plain data and the line of every key in it.

    Attributes:
        data: The document as plain Python data: ``dict`` (with ``str`` keys),
            ``list``, ``str``, ``int``, ``float``, ``bool`` or ``None``; dates
            and times are ISO 8601 strings.
        lines: For each path of keys and list indices, the 1-based line where
            that key (or list item) appears; ``()`` maps to the line where the
            document starts.
    """

    data: Any
    lines: dict[Loc, int]


def load_yaml(path: str, text: str | None = None) -> list[Located]:
    """Load every document of a YAML file (documents are separated by ``---``).

    Args:
        path: The file to read, and the name errors give.
        text: The file's text, if already read; otherwise the file is read as
            UTF-8.

    Returns:
        One :class:`Located` per document, in order; an empty list for a file
        with no document (empty, or only comments).

    Raises:
        RuleFileError: If the file cannot be read, is too large, is not UTF-8,
            is not valid YAML, or uses a YAML feature rule files refuse.
    """
    if text is None:
        text = decode_utf8(read_bounded(path, MAX_BYTES, RuleFileError), path, RuleFileError)
    elif len(text) > MAX_BYTES // 4:  # a character is at most four bytes of UTF-8
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > MAX_BYTES:
            raise RuleFileError(path, too_large(size, MAX_BYTES))
    try:
        loader = _LOADER(text, path)
    except yaml.reader.ReaderError as error:
        raise _reader_error(path, text, error) from None
    try:
        documents: list[Located] = []
        while loader.check_node():
            node = loader.get_node()
            if node is not None:
                lines: dict[Loc, int] = {(): loader.document_line}
                documents.append(Located(_Builder(path, loader, lines).build(node, ()), lines))
        return documents
    except yaml.MarkedYAMLError as error:
        raise _syntax_error(path, error) from None
    except yaml.reader.ReaderError as error:
        raise _reader_error(path, text, error) from None
    except yaml.YAMLError as error:
        raise RuleFileError(path, f"YAML syntax error: {' '.join(str(error).split())}") from None
    finally:
        loader.dispose()


def line_of(located: Located, loc: Iterable[str | int]) -> int | None:
    """Return the line of the deepest part of ``loc`` that is in the document.

    For ``("rules", 0, "formula")`` that is the line of the ``formula`` key, or
    of item 0 of ``rules`` when it has no ``formula`` key, and so on up to the
    document's first line. ``None`` only if ``located`` has no lines at all.
    """
    path = tuple(loc)
    for end in range(len(path), -1, -1):
        line = located.lines.get(path[:end])
        if line is not None:
            return line
    return None


def validation_error(
    path: str,
    located: Located,
    error: pydantic.ValidationError,
    *,
    root: Loc = (),
    allowed: Iterable[str] = (),
) -> RuleFileError:
    """Turn the first error of a pydantic ``ValidationError`` into a RuleFileError.

    Args:
        path: The file the data came from.
        located: The document the data came from.
        error: What pydantic raised when validating (part of) ``located.data``.
        root: Where in the document the validated data sits, when a model was
            validated against a part of it, such as ``("rules", 3)``.
        allowed: The keys the model accepts, to suggest one for an unknown key.

    Returns:
        An error at the line of the key concerned, whose cause is
        ``unknown key 'k'`` (with ``(did you mean 'x'?)`` when a close allowed
        key exists), ``missing key 'k'``, or ``dotted.key.path: message``.
    """
    return _one_error(path, located, error.errors()[0], root, tuple(allowed))


def validation_errors(
    path: str,
    located: Located,
    error: pydantic.ValidationError,
    *,
    root: Loc = (),
    allowed: Iterable[str] = (),
) -> list[RuleFileError]:
    """Turn every error of a pydantic ``ValidationError`` into a RuleFileError.

    The errors come in pydantic's order; each is built as
    :func:`validation_error` builds the first.
    """
    keys = tuple(allowed)
    return [_one_error(path, located, details, root, keys) for details in error.errors()]


def _one_error(
    path: str, located: Located, details: ErrorDetails, root: Loc, allowed: tuple[str, ...]
) -> RuleFileError:
    loc: Loc = tuple(root) + tuple(details["loc"])
    line = line_of(located, loc)
    kind = details["type"]
    if kind == "extra_forbidden" and loc:
        key = str(loc[-1])
        cause = f"unknown key {_quote(key)}"
        close = difflib.get_close_matches(key, [k for k in allowed if k != key], n=1)
        if close:
            cause += f" (did you mean {_quote(close[0])}?)"
    elif kind == "missing" and loc:
        cause = f"missing key {_quote(str(loc[-1]))}"
    else:
        msg = details["msg"] if details["msg"].isprintable() else " ".join(details["msg"].split())
        dotted = ".".join(str(part) for part in loc)
        cause = f"{dotted if dotted.isprintable() else repr(dotted)}: {msg}" if loc else msg
    return RuleFileError(path, cause, line)


class _Loader(Composer, SafeConstructor, Resolver):
    """PyYAML's safe loader, composing nodes within the limits, with no aliases.

    Nodes are composed here, in Python, so the limits hold whichever parser
    gives the events: libyaml's when PyYAML was built with it (several times
    faster), else PyYAML's own.
    """

    def __init__(self, text: str, path: str) -> None:
        Composer.__init__(self)
        SafeConstructor.__init__(self)
        Resolver.__init__(self)
        self.path = path
        self.document_line = 1
        self.depth = 0
        self.nodes = 0

    # Given by the parser the loader is built on.
    peek_event: Callable[[], yaml.Event]
    dispose: Callable[[], None]

    def compose_document(self) -> Node | None:
        """Note where the document starts and reset the per-document counts."""
        self.document_line = _line(self.peek_event())
        self.depth = 0
        self.nodes = 0
        return super().compose_document()

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        """Compose one node, refusing aliases, deep nesting and too many nodes."""
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            raise RuleFileError(
                self.path, "aliases (*name) are not allowed in rule files", _line(event)
            )
        self.nodes += 1
        if self.nodes > MAX_NODES:
            cause = f"YAML document has more than {MAX_NODES:,} nodes"
            raise RuleFileError(self.path, cause, _line(event))
        nested = isinstance(event, yaml.CollectionStartEvent)
        if nested:
            self.depth += 1
            if self.depth > MAX_DEPTH:
                cause = f"YAML document is nested deeper than {MAX_DEPTH} levels"
                raise RuleFileError(self.path, cause, _line(event))
        # Aliases are refused, so anchors are never looked up: forget them,
        # which also lets a document reuse an anchor name harmlessly.
        self.anchors = {}
        try:
            return super().compose_node(parent, index)
        finally:
            if nested:
                self.depth -= 1


class _PythonLoader(_Loader, Reader, Scanner, Parser):
    """The loader on PyYAML's pure-Python reader, scanner and parser."""

    def __init__(self, text: str, path: str) -> None:
        Reader.__init__(self, text)
        Scanner.__init__(self)
        Parser.__init__(self)
        super().__init__(text, path)


_LOADER: type[_Loader] = _PythonLoader
if _LIBYAML:

    class _LibyamlLoader(_Loader, CParser):
        """The loader on libyaml's parser."""

        def __init__(self, text: str, path: str) -> None:
            CParser.__init__(self, text)
            super().__init__(text, path)

    _LOADER = _LibyamlLoader


class _Builder:
    """Turn one composed document into plain data, recording the line of each key."""

    def __init__(self, path: str, loader: _Loader, lines: dict[Loc, int]) -> None:
        self.path = path
        self.loader = loader
        self.lines = lines
        self.scalars: dict[str, Callable[[ScalarNode], Any]] = {
            _STR: loader.construct_scalar,
            _MERGE: loader.construct_scalar,  # a lone "<<" value is just text
            _VALUE: loader.construct_scalar,  # so is a lone "="
            _YAML + "null": loader.construct_yaml_null,
            _YAML + "bool": loader.construct_yaml_bool,
            _YAML + "int": loader.construct_yaml_int,
            _YAML + "float": loader.construct_yaml_float,
            _YAML + "timestamp": self._timestamp,
        }

    def build(self, node: Node, loc: Loc) -> Any:
        """Return the data of ``node``, which sits at ``loc`` in the document."""
        if isinstance(node, MappingNode) and node.tag == _MAP:
            return self._mapping(node, loc)
        if isinstance(node, SequenceNode) and node.tag == _SEQ:
            items = []
            for index, item in enumerate(node.value):
                self.lines[(*loc, index)] = _line(item)
                items.append(self.build(item, (*loc, index)))
            return items
        if isinstance(node, ScalarNode) and node.tag in self.scalars:
            return self._scalar(node)
        raise RuleFileError(
            self.path,
            f"YAML tag '{_short_tag(node.tag)}' is not allowed in rule files",
            _line(node),
        )

    def _mapping(self, node: MappingNode, loc: Loc) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = self._key(key_node)
            if key in data:
                raise RuleFileError(self.path, f"duplicate key {_quote(key)}", _line(key_node))
            self.lines[(*loc, key)] = _line(key_node)
            data[key] = self.build(value_node, (*loc, key))
        return data

    def _key(self, node: Node) -> str:
        if not isinstance(node, ScalarNode):
            cause = "mapping keys must be single values, not lists or mappings"
            raise RuleFileError(self.path, cause, _line(node))
        if node.tag == _MERGE:
            raise RuleFileError(
                self.path, "merge keys (<<) are not allowed in rule files", _line(node)
            )
        if node.tag not in self.scalars:
            cause = f"YAML tag '{_short_tag(node.tag)}' is not allowed in rule files"
            raise RuleFileError(self.path, cause, _line(node))
        return str(node.value)

    def _scalar(self, node: ScalarNode) -> Any:
        try:
            return self.scalars[node.tag](node)
        except (ValueError, KeyError, IndexError, AttributeError, TypeError, OverflowError):
            shown = node.value if len(node.value) <= _SHOWN else node.value[:_SHOWN] + "..."
            kind = _KINDS.get(node.tag, f"{_short_tag(node.tag)} value")
            cause = f"invalid {kind} {_quote(shown)}"
            raise RuleFileError(self.path, cause, _line(node)) from None

    def _timestamp(self, node: ScalarNode) -> str:
        value = self.loader.construct_yaml_timestamp(node)
        if isinstance(value, datetime.date):  # datetime is a date too
            return value.isoformat()
        raise TypeError(value)  # pragma: no cover - PyYAML only returns dates


def _line(item: yaml.Node | yaml.Event) -> int:
    """Return the 1-based line where a node or event starts."""
    mark = item.start_mark
    return 1 if mark is None else mark.line + 1


def _quote(text: str) -> str:
    """Quote a key or value for a message: ``'text'``, escaped if not printable."""
    return f"'{text}'" if text.isprintable() else repr(text)


def _short_tag(tag: str) -> str:
    return "!!" + tag.removeprefix(_YAML) if tag.startswith(_YAML) else tag


def _syntax_error(path: str, error: yaml.MarkedYAMLError) -> RuleFileError:
    """Render a PyYAML parse error as ``YAML syntax error: problem (context)``.

    libyaml stops a document nested past its own limit before the composer
    counts the levels: that is told as the composer tells it.
    """
    mark = error.problem_mark or error.context_mark
    line = None if mark is None else mark.line + 1
    if "maximum nesting depth" in (error.problem or ""):
        return RuleFileError(path, f"YAML document is nested deeper than {MAX_DEPTH} levels", line)
    cause = error.problem or error.context or "not valid YAML"
    if error.problem and error.context:
        cause += f" ({error.context}"
        if error.context_mark is not None and error.context_mark.line + 1 != line:
            cause += f" from line {error.context_mark.line + 1}"
        cause += ")"
    return RuleFileError(path, f"YAML syntax error: {' '.join(cause.split())}", line)


def _reader_error(path: str, text: str, error: yaml.reader.ReaderError) -> RuleFileError:
    """Render PyYAML's refusal of a control character, pointing at its line."""
    character = error.character
    code = character if isinstance(character, int) else ord(character)
    position = error.position if isinstance(error.position, int) else 0
    cause = f"YAML syntax error: unacceptable character U+{code:04X}"
    return RuleFileError(path, cause, _yaml_line(text, position))


def _yaml_line(text: str, position: int) -> int:
    """Return the 1-based line of ``text[position]``, counting breaks as YAML does."""
    before = text[:position]
    breaks = sum(before.count(brk) for brk in ("\n", "\x85", "\u2028", "\u2029"))
    return breaks + before.count("\r") - before.count("\r\n") + 1
