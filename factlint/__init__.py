"""factlint: find contradictory figures across articles before publication.

The public surface is small on purpose: the functions and models named in
``__all__``.  Everything else is private and may change.  Each name is
imported on first use, so ``factlint --version`` and a short check do not
pay for parts of the pipeline they never touch.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_HOMES = {
    "Config": "factlint.config",
    "load_config": "factlint.config",
    "Diagnostic": "factlint.diagnostics",
    "parse_document": "factlint.documents",
    "read_document": "factlint.documents",
    "DocumentError": "factlint.errors",
    "FactlintError": "factlint.errors",
    "Report": "factlint.linter",
    "check_paths": "factlint.linter",
    "lint": "factlint.linter",
    "Quantity": "factlint.quantities",
    "extract_quantities": "factlint.quantities",
    "find_quantities": "factlint.quantities",
}


def __getattr__(name: str) -> Any:
    """Import a public name from the module that defines it, on first use."""
    if name not in _HOMES:
        raise AttributeError(f"module 'factlint' has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOMES[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """List the public names, loaded or not."""
    return sorted({*globals(), *__all__})
