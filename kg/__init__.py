"""Practice KG: typical-practice documents to an evidence-backed knowledge graph."""

__version__ = "0.1.0"
