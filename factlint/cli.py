"""The ``factlint`` command: parse arguments, run a stage, print, set the exit code.

Exit codes of ``check``: 0 when nothing at or above ``--fail-level`` was
found, 1 when something was, 2 for a usage or rule error.  ``extract`` and
``claims`` exit 1 when some input could not be read (each such file is
named on standard error and the others still run).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from factlint import __version__
from factlint.diagnostics import SEVERITIES, Severity, at_least
from factlint.errors import FactlintError
from factlint.linter import check_documents, read_all
from factlint.quantities import extract_quantities
from factlint.reporters.claims import render_jsonl as render_claims_jsonl
from factlint.reporters.claims import render_text as render_claims_text
from factlint.reporters.json import render as render_json
from factlint.reporters.quantities import Located, render_jsonl, render_table
from factlint.reporters.text import render as render_text
from factlint.rulepacks import Catalog, builtin_packs, load_catalog

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code."""
    args = _parser().parse_args(argv)
    if args.command == "extract":
        return _extract(args.paths or ["-"], args.format)
    if args.command in ("check", "claims"):
        try:
            catalog = load_catalog([builtin_packs(), *map(Path, args.rules)])
        except FactlintError as error:
            print(f"factlint: {error.one_line()}", file=sys.stderr)
            return 2
        if args.command == "claims":
            return _claims(args.paths, args.format, catalog)
        return _check(args.paths, args.format, args.fail_level, catalog)
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
    check = commands.add_parser("check", help="report contradictions across the files")
    check.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.add_argument("--fail-level", choices=SEVERITIES, default="warning")
    check.add_argument(
        "--rules",
        action="append",
        default=[],
        metavar="PATH",
        help="extra rule pack folder (repeatable)",
    )
    claims = commands.add_parser("claims", help="print the claims factlint reads in the files")
    claims.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    claims.add_argument("--format", choices=("text", "jsonl"), default="text")
    claims.add_argument(
        "--rules",
        action="append",
        default=[],
        metavar="PATH",
        help="extra rule pack folder (repeatable)",
    )
    return parser


def _report_unreadable(errors: Sequence[str]) -> None:
    """Name each unreadable file on standard error."""
    for error in errors:
        print(f"factlint: {error}", file=sys.stderr)


def _check(paths: Sequence[str], output_format: str, fail_level: Severity, catalog: Catalog) -> int:
    """Check the files and print the diagnostics; exit 1 on findings at the fail level."""
    documents, errors = read_all(paths)
    _report_unreadable(errors)
    report = check_documents(documents, catalog, errors)
    summary = {
        "files": report.documents,
        "quantities": report.quantities,
        "claims": len(report.claims),
        "diagnostics": len(report.diagnostics),
    }
    render = render_json if output_format == "json" else render_text
    sys.stdout.write(render(report.diagnostics, summary))
    return 1 if any(at_least(d.severity, fail_level) for d in report.diagnostics) else 0


def _claims(paths: Sequence[str], output_format: str, catalog: Catalog) -> int:
    """Print the claims of the files."""
    documents, errors = read_all(paths)
    _report_unreadable(errors)
    report = check_documents(documents, catalog, errors)
    render = render_claims_jsonl if output_format == "jsonl" else render_claims_text
    sys.stdout.write(render(report.claims))
    return 1 if errors else 0


def _extract(paths: Sequence[str], output_format: str) -> int:
    """Print the quantities of every file; name unreadable files on stderr."""
    documents, errors = read_all(paths)
    _report_unreadable(errors)
    records = [
        Located(path=document.path, line=line, column=column, quantity=quantity)
        for document in documents
        for quantity in extract_quantities(document)
        for line, column in [document.line_column(quantity.start)]
    ]
    render = render_jsonl if output_format == "jsonl" else render_table
    sys.stdout.write(render(records))
    return 1 if errors else 0
