"""What two claims share beyond their words, and what keeps two of them apart.

All of it is read from the claims' stored readings, their extraction and
their articles' dates; nothing here reads the text again.

- Evidence a link shows with its reasons: the names both claims give, the
  act both tell of ("consider sanction", from the extraction's parse), two
  accusations or two denials.
- Articles dated more than :data:`EVENT_DAYS` apart report different events;
  their claims are not paired. Articles a week or more apart are linked only
  through a running count's later figure (:mod:`facts`).
- A near-verbatim repeat is no repeat when the two claims name other places
  ("protests in Yemen", "protests in Bahrain") or one calls for an action
  the other states.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from workbench.core.domain import Article, Stance
from workbench.core.match.pair_features import ClaimView

EVENT_DAYS = 30
"""Articles further apart than this report different events."""
LATER_DAYS = 7
"""Articles this far apart or further tell an event's later chapter, or another event on
the same subject: on PolNeAR's month of 2016 campaign news, about one in ten links the
scorer proposed between such articles told one fact, against four in ten within days."""
SHOWN = 3
"""How many shared names or acts a reason lists."""


def days_between(first: Article | None, second: Article | None) -> int | None:
    """How many days apart two articles are dated, or None when either date is missing or
    unreadable."""
    one, other = _day(first), _day(second)
    return None if one is None or other is None else abs(one - other)


def _day(article: Article | None) -> int | None:
    if article is None:
        return None
    try:
        return date.fromisoformat(article.date.strip()[:10]).toordinal()
    except ValueError:
        return None


def days_spanned(article_ids: Iterable[int], articles: Mapping[int, Article]) -> int | None:
    """Days from the first dated of these articles to the last (None with fewer than two)."""
    days = [d for d in (_day(articles.get(a)) for a in article_ids) if d is not None]
    return max(days) - min(days) if len(days) >= 2 else None


def dated_apart(first: Article | None, second: Article | None) -> bool:
    """Whether two articles are dated too far apart to report one event."""
    days = days_between(first, second)
    return days is not None and days > EVENT_DAYS


def weeks_apart(first: Article | None, second: Article | None) -> bool:
    """Whether two articles are dated :data:`LATER_DAYS` or more apart."""
    days = days_between(first, second)
    return days is not None and days >= LATER_DAYS


def shared_evidence(a: ClaimView, b: ClaimView) -> tuple[str, ...]:
    """Reasons naming what two claims share: names, an act, the same accusing or denying cue."""
    found: list[str] = []
    names = sorted(set(a.reading.names) & set(b.reading.names))
    if names:
        found.append("same names: " + ", ".join(names[:SHOWN]))
    acts = sorted(set(a.claim.extraction.predicates) & set(b.claim.extraction.predicates))
    if acts:
        found.append("same act: " + ", ".join(acts[:SHOWN]))
    stance = a.claim.stance
    if stance == b.claim.stance and stance in (Stance.ACCUSES, Stance.DENIES):
        found.append(f"both {'accuse' if stance is Stance.ACCUSES else 'deny'}")
    return tuple(found)


def kept_apart(a: ClaimView, b: ClaimView) -> str:
    """Why two near-verbatim claims are not one claim repeated, or ""."""
    pa, pb = set(a.reading.places), set(b.reading.places)
    if pa and pb and not pa & pb:
        return f"different place: {', '.join(sorted(pa))} vs {', '.join(sorted(pb))}"
    if (a.claim.stance is Stance.CALLS_FOR) != (b.claim.stance is Stance.CALLS_FOR):
        return "a call for action vs a statement"
    return ""
