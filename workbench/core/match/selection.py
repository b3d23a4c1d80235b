"""Which scored pairs become proposals: claims that tell a fact, above the model's
threshold, and among the best.

A fact is told once or twice in an article, so a claim is proposed with at
most :data:`PER_ARTICLE` claims of any other article: its best-scored ones
there, and only where it is among their best too. Where many articles share
a subject (a campaign, a trial) many claims of another article are alike
in words and meaning; this keeps the one that tells the same fact, not
every claim about the same people.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

import numpy as np

from workbench.core.match.reading import Reading

PER_ARTICLE = 3
"""On newsdev and newsdev2 (each event held out) this keeps 0.98 of the gold links the
threshold lets through and drops a tenth of the others."""


MIN_WORDS = 2
"""Content words a claim needs to tell a fact: "Trump", "the remark" tell none."""


def tells_a_fact(reading: Reading) -> bool:
    """Whether a claim says enough to be linked to another by what it says: two content
    words, or one with the whole of a count ("the toll at 11") or a named group's count
    ("about 1,400 jobs will go").

    On newsdev and newsdev2 one gold link in 228 has a claim of one content
    word; on PolNeAR's political news such fragments ("the remark", "their
    support") were in one proposal of 20, none of them right.
    """
    return len(set(reading.lemmas)) >= MIN_WORDS or bool(reading.totals or reading.groups)


def among_best(
    keys: Sequence[tuple[int, Hashable, int, Hashable]],
    chances: np.ndarray,
    per_article: int = PER_ARTICLE,
) -> np.ndarray:
    """For pairs given as (claim a, article a, claim b, article b) with their chances, whether
    each is among the ``per_article`` best of claim a in article b and of claim b in article a.
    An "article" may be any part of one (a sentence) to choose among its claims.
    """
    ranked: dict[tuple[int, Hashable], list[float]] = {}
    for (a, article_a, b, article_b), chance in zip(keys, chances, strict=True):
        ranked.setdefault((a, article_b), []).append(float(chance))
        ranked.setdefault((b, article_a), []).append(float(chance))
    floors = {
        key: sorted(values, reverse=True)[min(per_article, len(values)) - 1]
        for key, values in ranked.items()
    }
    return np.array(
        [
            chance >= floors[(a, article_b)] and chance >= floors[(b, article_a)]
            for (a, article_a, b, article_b), chance in zip(keys, chances, strict=True)
        ],
        dtype=bool,
    )
