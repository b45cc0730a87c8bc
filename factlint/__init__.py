"""factlint: find contradictory figures across articles before publication.

The public surface is small on purpose: the functions and models named in
``__all__``.  Everything else is private and may change.
"""

from factlint.config import Config, load_config
from factlint.diagnostics import Diagnostic
from factlint.documents import parse_document, read_document
from factlint.errors import DocumentError, FactlintError
from factlint.linter import Report, check_paths, lint
from factlint.quantities import Quantity, extract_quantities, find_quantities

__all__ = [
    "Config",
    "Diagnostic",
    "DocumentError",
    "FactlintError",
    "Quantity",
    "Report",
    "__version__",
    "check_paths",
    "extract_quantities",
    "find_quantities",
    "lint",
    "load_config",
    "parse_document",
    "read_document",
]

__version__ = "0.1.0"
