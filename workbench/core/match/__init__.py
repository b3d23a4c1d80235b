"""Matching claims across articles: who else says this, and who says otherwise.

Pure Python over domain objects; the service layer loads claims from the
store, calls these functions, and stores what they return.
"""

from workbench.core.match.similar import RankWeights, SimilarDoc, SimilarityIndex
from workbench.core.match.support import support_counts

__all__ = [
    "RankWeights",
    "SimilarDoc",
    "SimilarityIndex",
    "support_counts",
]
