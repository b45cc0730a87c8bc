"""Stage 2 of the pipeline: prose -> normalized money and percentage quantities."""

from factlint.documents import Document
from factlint.quantities.extract import find_quantities
from factlint.quantities.model import Quantity

__all__ = ["Quantity", "extract_quantities", "find_quantities"]


def extract_quantities(document: Document) -> list[Quantity]:
    """Return the quantities in a document's prose, with surfaces from its text.

    Code, markup and URLs were blanked in ``document.prose``, so nothing in
    them is found; offsets refer to the original ``document.text``.
    """
    found = find_quantities(document.prose)
    return [q.model_copy(update={"text": document.text[q.start : q.end]}) for q in found]
