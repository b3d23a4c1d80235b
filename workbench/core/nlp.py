"""One extractor per process, created on first use.

The spaCy model takes seconds to load; the app must open before that, and a
batch command must load it only once. Everything that extracts goes through
:func:`extract_many` here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING

from workbench.core.domain import Extraction

if TYPE_CHECKING:
    from workbench.core.extract import Extractor
    from workbench.core.extract.marked import MarkedReading


@cache
def extractor() -> Extractor:
    from workbench.core.extract import Extractor

    return Extractor()


def extract_many(
    texts: Iterable[str], outlets: Iterable[str], n_process: int = 1
) -> Iterator[list[Extraction]]:
    """Claims of each text, in order (the model loads on the first call)."""
    return extractor().extract_many(texts, outlets, n_process=n_process)


def warm_up() -> None:
    """Load the model now, e.g. in a background thread after the window shows."""
    extractor().warm_up()


def read_marked(
    text: str, content: tuple[int, int], source: tuple[int, int] | None = None
) -> MarkedReading:
    """Figures, predicates and attribution of words a person marked (model loads here)."""
    from workbench.core.extract.marked import read_marked as read

    return read(text, content, source)
