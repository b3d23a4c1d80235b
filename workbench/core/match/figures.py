"""Figures compared: whether two figures of one thing may tell one count.

Each figure is a span of the counts it allows (a range, a bound's reach, a
plural of a scale, a point), and two agree when their spans meet, whichever
is named first; shares are compared to the point, and two exact figures are
one only when equal, unless one is hedged or round.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from workbench.core.match.pair_features import ClaimView
from workbench.core.match.units import UNIT_NAMES

SAME_FIGURE = 0.1
"""Two figures within this share of each other are one figure, when one is hedged or round:
two exact figures ("41 dead", "44 dead") are one only when equal."""
SHARES = frozenset({"share", "turnout"})
"""Counts that are shares of a whole, given in percent."""
SAME_SHARE_POINTS = 0.5
"""Two unhedged shares ("52.4 percent", "52 percent") within this many points are one."""
TENTH = 0.05
"""Two shares both given to the tenth are one only when they are equal."""
ABOUT_SHARE_POINTS = 2.0
"""A hedged share ("about 61 percent") agrees with another this many points away."""
ABOUT = 0.2
"""Two figures, one of them hedged ("about 30", "32"), agree when this close."""
BOUND_REACH = 1.5
"""A bound agrees with a figure up to half again beyond it: "at least 4 shots" and "five
shots" agree; "at least 11 dead" and "17 dead" are two tolls."""
LOWER_BOUNDS = frozenset({"at least", "more than", "over", "upwards of", "just over",
                          "well over", "as many as"})  # fmt: skip
UPPER_BOUNDS = frozenset({"at most", "less than", "fewer than", "under", "up to",
                          "just under", "nearly", "almost"})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure worth comparing: its value, its hedge, and what it counts (if its words say)."""

    value: float
    hedge: str
    counts: frozenset[str]
    group: str = ""
    """The named group it counts ("worker" of "five workers"), if its words name one."""
    tally: str = ""
    """Whether its claim counts since a start or one day (:attr:`Reading.tally`)."""
    when: frozenset[str] = frozenset()
    """The weekdays and months that date that start or day (:attr:`Reading.tally_when`)."""
    upper: float = 0.0
    """The top of a range the figure opens ("between 200 and 300": 300), else 0."""
    word: str = ""
    """The word a figure given as the plural of its scale is written in ("dozens")."""
    size: bool = False
    """Whether it gives the size of a whole ("has a million members")."""

    def counts_like(self, other: Figure) -> bool:
        """Whether the two may count one thing: the same counts, or neither says what it
        counts; never two named groups ("five workers", "five children"), nor a group
        against the whole of a count ("two officers wounded" is part of "more than 200
        wounded"), nor a figure that counts nothing known against one that does ("3,000
        Syrians crossed" against "100 people were killed", "three police officers"
        against "350 arrested"), nor a count kept since a start against one day's ("560
        killed since protests erupted" against "100 killed last Friday"), nor two counts
        dated apart ("six killed at a funeral on Wednesday" against "100 killed last
        Friday"; "25 bodies since troops entered on Monday" against "560 killed since
        mid-March"), nor the size of a whole against a count of some of it ("has a million
        members" against "200 members resigned")."""
        if self.group and other.group and self.group != other.group:
            return False
        if (self.group in UNIT_NAMES or other.group in UNIT_NAMES) and self.group != other.group:
            return False  # "85 km/h" against "twelve people lost their lives"
        if self.size != other.size:
            return False  # "has a million members" against "200 members resigned"
        if {self.tally, other.tally} == {"since", "day"}:
            return False
        if self.tally == other.tally and self.when and other.when and not self.when & other.when:
            return False
        if bool(self.group) != bool(other.group) and self.counts and other.counts:
            return False
        if self.counts and other.counts:
            return bool(self.counts & other.counts)
        return not (self.counts or other.counts)


def compare_figures(
    xs: Sequence[Figure], ys: Sequence[Figure]
) -> tuple[bool, tuple[Figure, list[Figure]] | None]:
    """Whether the two claims' figures of the same counts compare at all, and the first
    figure that agrees with none of the other's figures like it (with those), if any.

    A figure is compared with the other claim's figures that count the same
    thing, or with all of them when one of the two does not say what it
    counts. "14 died, three of them police officers" and "three officers were
    among the dead and 350 were arrested" agree: 350 arrested has nothing to
    compare with. "at least four shots" and "five shots" agree,
    as do "about 30" and "more than 20"; "11" and "17" do not, nor two lower
    bounds far apart ("at least 12", "at least 30": two different counts).
    """
    fewer, more = (xs, ys) if len(xs) <= len(ys) else (ys, xs)
    compared = False
    for x in fewer:
        alike = [y for y in more if x.counts_like(y)]
        if not alike:
            continue
        compared = True
        if not any(compatible(x, y) for y in alike):
            return True, (x, alike)
    return compared, None


def compatible(x: Figure, y: Figure) -> bool:
    """Whether two figures of one thing may tell one count, whichever is named first."""
    vx, vy, kx, ky = x.value, y.value, x.hedge, y.hedge
    if SHARES & (x.counts | y.counts) and {kx, ky} <= {"", "about"}:
        # Shares are given to the point or its tenth: 52.4 and 50 percent of a vote are
        # two results, though a tenth apart; "about 61" is not 68.
        reach = ABOUT_SHARE_POINTS if "about" in (kx, ky) else SAME_SHARE_POINTS
        if reach == SAME_SHARE_POINTS and vx != int(vx) and vy != int(vy):
            reach = TENTH  # both to the tenth: 3.1 and 3.4 percent inflation are two rates
        return abs(vx - vy) <= reach
    if abs(vx - vy) <= SAME_FIGURE * max(vx, vy) and (kx or ky or _round(vx) or _round(vy)):
        return True  # "1,200" for "1,250"; but 41 and 44 dead, or magnitudes 6.1 and 6.4, differ
    if vx == vy:
        return True
    if kx in BOUNDS and ky in BOUNDS:
        return False  # two bounds that differ: two counts, as "at least 12" and "at least 30"
    (low_x, high_x), (low_y, high_y) = _span(x), _span(y)
    gap = max(low_x, low_y) - min(high_x, high_y)
    rounded = "about" in (kx, ky) and not REACHING & {kx, ky}
    if not rounded:
        return gap <= 0.0
    # "about" rounds to the figure's own last place: "about 1,200" and "about 1,500" are two
    # counts, "about 2,000" may be 2,300, "about 30" may be 32
    return gap <= min(ABOUT * max(high_x, high_y), max(_place(vx), _place(vy)))


def _place(value: float) -> float:
    """The place a figure is rounded to: 100 for 1,200, 1,000 for 2,000, 1 for 32."""
    if value != int(value) or value < 10:
        return 1.0
    place, whole = 1, int(value)
    while whole % (place * 10) == 0:
        place *= 10
    return float(place)


def _round(value: float) -> bool:
    """Whether a figure is a round one a reporter may give for a nearby count (a whole
    multiple of ten)."""
    return value >= 10 and value == int(value) and int(value) % 10 == 0


BOUNDS = frozenset({"at least", "at most"})
REACHING = BOUNDS | {"some"}
"""Hedges whose span already reaches as far as a rounded figure may: "around 200" is not
"at least 250"."""


def upper_reach(figure: Figure) -> float:
    """The largest count a figure may stand for: "at least 14" reaches 21, "about 30" 30."""
    return _span(figure)[1]


def _span(figure: Figure) -> tuple[float, float]:
    """The counts a figure allows: a range from its low to its high end, a lower bound up
    to :data:`BOUND_REACH` times itself ("at least four shots" allows five), an upper
    bound down to its share of it, a plural of a scale up to :data:`PLURAL_REACH` times
    its least ("dozens" is 24 to 119), and a plain or rounded figure itself. "About"
    allows a gap between a rounded figure and a plain one or a range, of :data:`ABOUT`
    of the larger, as between two plain figures."""
    value, hedge = figure.value, figure.hedge
    if hedge == "range":
        return value, figure.upper or value
    if hedge == "at least":
        return value, value * BOUND_REACH
    if hedge == "at most":
        return value / BOUND_REACH, value
    if hedge == "some":
        return value, value * PLURAL_REACH - 1
    return value, value


PLURAL_SCALES = frozenset({"dozens", "scores", "hundreds", "thousands", "tens of thousands",
                           "hundreds of thousands", "millions"})  # fmt: skip
"""Figures given as a plural of their scale: "dozens" is 24 or more, up to some 120;
"hundreds" 200 to 999 (:data:`PLURAL_REACH` times the least)."""
PLURAL_REACH = 5.0


def hedge(qualifier: str) -> str:
    """The kind of hedge a qualifier makes: a bound, a plural of a scale, or "about"."""
    if qualifier in PLURAL_SCALES:
        return "some"
    if qualifier in LOWER_BOUNDS:
        return "at least"
    if qualifier in UPPER_BOUNDS:
        return "at most"
    return "about" if qualifier else ""


def figures_of(view: ClaimView) -> list[Figure]:
    """The claim's figures worth comparing, with hedges and classes: counts of two or more,
    and a count of one that says what it counts ("one soldier had been killed"); never a
    part of another count ("five workers hurt, one of them critically", "two of the dead")."""
    values = set(view.reading.values)
    classes: dict[float, set[str]] = {}
    for value, what in view.reading.counted:
        classes.setdefault(value, set()).add(what)
    groups = dict(view.reading.groups)
    whole = groups.keys() | {value for value, _ in view.reading.totals}
    tops = dict(view.reading.ranges)  # a range is one figure, given by its low end
    return [
        Figure(
            q.value,
            "range" if q.value in tops else hedge(q.qualifier.lower()),
            frozenset(classes.get(q.value, set()) | classes.get(tops.get(q.value, -1), set())),
            groups.get(q.value, ""),
            view.reading.tally,
            frozenset(view.reading.tally_when),
            tops.get(q.value, 0.0),
            q.qualifier.lower() if q.qualifier.lower() in PLURAL_SCALES else "",
            q.value in view.reading.sizes,
        )  # fmt: skip
        for q in view.claim.numbers
        if q.value in values
        and q.value not in view.reading.parts
        and q.value not in tops.values()
        and (q.value >= 2 or (q.value in classes and q.value in whole))
    ]


def written_values(values: Iterable[float]) -> str:
    """Figures as a person writes them: "1,000,000", not "1e+06"; "52.4"; "2,000 vs 20,000",
    as news writes counts (years are never figures compared: :func:`reading.read_claims`)."""
    return " / ".join(
        f"{v:,.0f}"
        if abs(v) >= 1_000  # "4.1 billion" is 4,099,999,999.9999995 as a float
        else (f"{v:.0f}" if float(v).is_integer() else f"{v:g}")
        for v in values
    )
