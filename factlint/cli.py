"""The ``factlint`` command: parse arguments, run a stage, print, set the exit code.

Exit codes: 0 when everything was read, 1 when some input could not be read
(each such file is named on standard error and the others still run), 2
for a usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from factlint import __version__
from factlint.documents import read_document
from factlint.errors import DocumentError
from factlint.files import expand_paths
from factlint.quantities import extract_quantities
from factlint.reporters.quantities import Located, render_jsonl, render_table

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code."""
    args = _parser().parse_args(argv)
    if args.command == "extract":
        return _extract(args.paths or ["-"], args.format)
    _parser().print_help(sys.stderr)
    return 2


def _parser() -> argparse.ArgumentParser:
    """Build the argument parser with one sub-command a pipeline entry point."""
    parser = argparse.ArgumentParser(
        prog="factlint", description="Find contradictory figures across articles."
    )
    parser.add_argument("--version", action="version", version=f"factlint {__version__}")
    commands = parser.add_subparsers(dest="command")
    extract = commands.add_parser(
        "extract", help="print every money and percentage expression of each file"
    )
    extract.add_argument(
        "paths", nargs="*", metavar="PATH", help="files or folders; - reads standard input"
    )
    extract.add_argument("--format", choices=("text", "jsonl"), default="text")
    return parser


def _extract(paths: Sequence[str], output_format: str) -> int:
    """Print the quantities of every file; name unreadable files on stderr."""
    records: list[Located] = []
    failed = False
    for path in expand_paths(paths):
        try:
            document = read_document(path)
        except DocumentError as error:
            print(f"factlint: {error.one_line()}", file=sys.stderr)
            failed = True
            continue
        for quantity in extract_quantities(document):
            line, column = document.line_column(quantity.start)
            records.append(Located(path=path, line=line, column=column, quantity=quantity))
    render = render_jsonl if output_format == "jsonl" else render_table
    sys.stdout.write(render(records))
    return 1 if failed else 0
