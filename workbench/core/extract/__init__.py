"""Attribution extraction: who said what in an article, with exact offsets.

``Extractor`` is the entry point; ``find_quantities`` reads numbers from any
string (the matcher reuses it). Importing this package does not load spaCy's
model: that happens on first use.
"""

from workbench.core.extract.extractor import Extractor
from workbench.core.extract.quantities import find_quantities

__all__ = ["Extractor", "find_quantities"]
