"""Attribution extraction: who said what in an article, with exact offsets.

``Extractor`` is the entry point; ``find_quantities`` reads numbers from any
string (the matcher reuses it). Importing this package, or one of its word
modules (roles, source keys), imports neither spaCy nor its model: the
extractor is imported on first use, so that the command line and the window
start fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from workbench.core.extract.quantities import find_quantities

if TYPE_CHECKING:
    from workbench.core.extract.extractor import Extractor

__all__ = ["Extractor", "find_quantities"]


def __getattr__(name: str) -> Any:
    if name == "Extractor":
        from workbench.core.extract.extractor import Extractor

        return Extractor
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
