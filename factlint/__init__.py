"""factlint: find contradictory figures across articles before publication.

The public surface is small on purpose: the functions and models named in
``__all__``.  Everything else is private and may change.
"""

from factlint.errors import DocumentError, FactlintError
from factlint.quantities import Quantity, find_quantities

__all__ = ["DocumentError", "FactlintError", "Quantity", "__version__", "find_quantities"]

__version__ = "0.1.0"
