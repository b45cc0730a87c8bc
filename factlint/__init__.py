"""factlint: find contradictory figures across articles before publication.

The public surface is small on purpose: the functions and models named in
``__all__``.  Everything else is private and may change.
"""

from factlint.documents import parse_document, read_document
from factlint.errors import DocumentError, FactlintError
from factlint.quantities import Quantity, extract_quantities, find_quantities

__all__ = [
    "DocumentError",
    "FactlintError",
    "Quantity",
    "__version__",
    "extract_quantities",
    "find_quantities",
    "parse_document",
    "read_document",
]

__version__ = "0.1.0"
