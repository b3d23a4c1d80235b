"""Update reasons: a later figure that revises an earlier one, not a rival's version.

A running count given again in a later article by the same voice, a count said to have
risen ("the toll rose to 23") against a lower one, and a source's own later figure of
any count (a turnout, a share) are updates the reviewer must see with both dates
(relation ``conflicts`` with the reason naming them), not two sources contradicting
each other (:func:`relation.relate`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from workbench.core.domain import UPDATE_REASON, Article
from workbench.core.match.figures import figures_of, written_values
from workbench.core.match.pair_features import ClaimView


def running_update(
    a: ClaimView, b: ClaimView, running: set[str], articles: Mapping[int, Article], one_voice: bool
) -> str:
    """The update reason when a later article revises a running count in the same voice, or
    when one claim says the count rose to its figure ("the toll rose to 23" against "19
    people died"), else ''."""
    if not running:
        return ""
    da, db = _date_of(a, articles), _date_of(b, articles)
    if not da or not db or da == db:
        return _risen(a, b, running, da if da == db else "")  # a date only when one day
    first, later = (a, b) if da < db else (b, a)
    before, after = _running_values(first, running), _running_values(later, running)
    if not one_voice and not (_risen(first, later, running, "") and later.reading.risen):
        return ""  # another source's own figure, not said to have risen: a rival version
    if running - {"missing"} and max(after, default=0.0) < max(before, default=0.0):
        return ""  # a total that fell a day later is another count, not the same one updated
    return _updated(before, after, *sorted((da, db)))


def revision(a: ClaimView, b: ClaimView, kinds: set[str], articles: Mapping[int, Article]) -> str:
    """The update reason when a source gives another figure of one count (a turnout, a
    share, a magnitude) in an article of a later day: its own revision, not a rival's
    version, else ''."""
    da, db = _date_of(a, articles), _date_of(b, articles)
    if not kinds or not da or not db or da == db:
        return ""
    first, later = (a, b) if da < db else (b, a)
    before, after = _running_values(first, kinds), _running_values(later, kinds)
    return _updated(before, after, *sorted((da, db)))


def _date_of(view: ClaimView, articles: Mapping[int, Article]) -> str:
    """The date of the claim's article as stored, '' when there is none."""
    return getattr(articles.get(view.claim.article_id), "date", "") or ""


def _risen_to(before: Sequence[float], after: Sequence[float], when: str = "") -> str:
    """The update reason of a count said to have risen from ``before`` to ``after``."""
    return f"{UPDATE_REASON}{written_values(before)}, then risen to {written_values(after)}{when}"


def _updated(before: Sequence[float], after: Sequence[float], first: str, later: str) -> str:
    """The update reason of figures given on ``first`` and revised on ``later``."""
    return f"{UPDATE_REASON}{written_values(before)} on {first}, {written_values(after)} on {later}"


def _risen(a: ClaimView, b: ClaimView, running: set[str], date: str) -> str:
    """The update reason when one claim's running count rose to figures above all of the
    other's, and the other's did not rise, else ''."""
    for first, later in ((a, b), (b, a)):
        before, after = _running_values(first, running), _running_values(later, running)
        if (
            after
            and before
            and set(after) <= set(later.reading.risen)
            and not first.reading.risen
            and min(after) > max(before)
        ):
            return _risen_to(before, after, f" on {date}" if date else "")
    return ""


def risen_over(risen: ClaimView, other: ClaimView, articles: Mapping[int, Article]) -> str:
    """The update reason when ``risen`` says a count rose to a figure above every figure
    ``other`` gives of that count, and ``other``'s did not rise, else ''. A claim that gives
    the other's figure as the earlier one ("rose to seven, up from three") agrees with it."""
    if other.reading.risen:
        return ""
    for kind in {k for v, k in risen.reading.counted if v in risen.reading.risen}:
        given = {v for v, k in risen.reading.counted if k == kind}
        after = sorted(given & set(risen.reading.risen))
        before = sorted({v for v, k in other.reading.counted if k == kind})
        if before and max(before) < min(after) and not set(before) <= given - set(after):
            dates = [_date_of(v, articles) for v in (other, risen)]
            if all(dates) and dates[0] < dates[1]:
                return _updated(before, after, *dates)
            return _risen_to(before, after)
    return ""


def _running_values(view: ClaimView, running: set[str]) -> list[float]:
    """The claim's figures of the running counts (its toll, not its count of homes), of
    those worth comparing (:func:`figures_of`)."""
    compared = {f.value for f in figures_of(view)}
    counted = sorted({v for v, k in view.reading.counted if k in running and v in compared})
    return counted or sorted(compared)
