"""Extractors: pure functions over a measure's simplified half-width view text."""
