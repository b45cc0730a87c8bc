"""Stage 2 of the pipeline: prose -> normalized money and percentage quantities."""

from factlint.quantities.extract import find_quantities
from factlint.quantities.model import Quantity

__all__ = ["Quantity", "find_quantities"]
