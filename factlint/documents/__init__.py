"""Stage 1 of the pipeline: files -> Documents (decoded text plus a prose mask)."""

from factlint.documents.reader import Document, decode, markup_for, parse_document, read_document

__all__ = ["Document", "decode", "markup_for", "parse_document", "read_document"]
