"""Facts, not only pairs: every claim that gives one running count answers one question.

The death toll, the number missing, the number arrested: each article of a
story gives its own figure, often in words the pair scorer finds unlike
("Eleven bodies have been recovered so far", "the toll at 11", "We have
counted 30 bodies"). Whatever their wording, the claims that give the whole
of one such count in one story answer the same question, so each is linked
with the others' (the relation then says whether the figures agree, differ,
or update one another). A part of a count ("two of the dead"), a named group
("three soldiers killed") and a headline, which restates its own lead, take
no part.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from workbench.core.match.pair_features import ClaimView

QUESTIONS = frozenset({"dead", "missing", "aboard", "people"})
"""The counts every article of a story gives as one figure for the whole event (the toll,
the missing, the people on board). Counts of
the injured, the arrested and the displaced are kept per hospital, town and day ("97 at
one hospital", "112 across the region"), so giving one of them is no one question."""
MAX_ANSWERS = 40
"""A question answered by more claims than this in one story is left to the pair scorer:
in a long-running story "the dead" are many tolls (of days, of places), not one."""


def question_of(view: ClaimView) -> frozenset[str]:
    """The running counts whose whole the claim gives ("dead", "missing")."""
    if view.reading.headline:
        return frozenset()
    return frozenset(k for _, k in view.reading.totals if k in QUESTIONS)


def fact_pairs(
    members: Sequence[ClaimView], xs: npt.NDArray[np.int64], ys: npt.NDArray[np.int64]
) -> npt.NDArray[np.bool_]:
    """Per pair ``(members[xs[k]], members[ys[k]])``, whether the two answer one question."""
    questions = [question_of(v) for v in members]
    sizes: dict[str, int] = {}
    for asked in questions:
        for question in asked:
            sizes[question] = sizes.get(question, 0) + 1
    open_questions = sorted(q for q, n in sizes.items() if n <= MAX_ANSWERS)
    if not open_questions:
        return np.zeros(len(xs), dtype=np.bool_)
    # members x open questions: whether each member answers each (a few columns at most)
    answers = np.array([[q in asked for q in open_questions] for asked in questions])
    return np.asarray((answers[xs] & answers[ys]).any(axis=1), dtype=np.bool_)
