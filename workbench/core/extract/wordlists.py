"""Word lists written as one string each, so lexicons stay readable in the source."""

from __future__ import annotations


def words(text: str) -> list[str]:
    """The whitespace-separated words of ``text``, in order."""
    return text.split()
