"""Stage 6 of the pipeline: results -> text for people and tools, one module a format."""
