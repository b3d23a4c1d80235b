"""Whether two claims of one fact tell the same version: corroborate, conflict, or update.

The learned scorer decides that two claims speak of one fact; this module
decides how they stand, from their stored readings, with reasons a person
reads:

- different clock times or weekdays for one happening conflict (reporters
  round: half an hour apart is one time);
- different figures of the same count conflict ("11 dead" against "17 dead"),
  each figure compared only with figures counting the same thing: not a part
  of a count ("two of the dead"), a named group against a whole ("three police
  officers among the dead" is not a second death toll), a figure that counts
  nothing known against one that does, nor a count kept since a start against
  one day's; a later article's different figure of a running count is an
  update, its reason naming both dates;
- a denial ("X denied that ...") conflicts with the assertion it denies, even
  one with a negation of something else, and a negation in any clause with
  the other claim's saying so ("the siren sounded" against "it did not
  sound"; "had warned" against "were never given any report recommending
  ..."); two negations of one act agree, and two of different acts ("had not
  worked", "had been out of order") do not conflict;
- otherwise the two corroborate.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence

import numpy as np

from workbench.core.domain import Article, Relation, SourceType, Stance
from workbench.core.match.days import dated_apart
from workbench.core.match.figures import (
    Figure,
    compare_figures,
    compatible,
    figures_of,
    upper_reach,
    written_values,
)
from workbench.core.match.pair_features import ClaimView, times_agree
from workbench.core.match.reading import Reading
from workbench.core.match.reading_denials import SELF, TELLING
from workbench.core.match.reading_figures import COUNT_CLASSES, DURATIONS
from workbench.core.match.updates import revision, risen_over, running_update

DIFFERENT_FIGURES = "different figures"
"""How the reason of two figures of one count that disagree begins."""
DIFFERENT_TIMES = "different times: "
"""How the reason of two claims' clock times apart begins."""
ACCOUNT_WORDS = 2
"""Words a claim shares with the account another claim contradicts, when that claim tells
the account, for the claim to be that account."""
CONTRADICTS = "contradicts "
"""The reason of a claim that says it contradicts the other's source (:func:`relate`)."""
RUNNING_COUNTS = frozenset({"dead", "injured", "missing", "detained", "displaced", "ill"})
"""Counts that run: a later figure of them may revise an earlier one. All but the missing
only grow; a toll lower a day later is another count ("97 at one hospital", "112 in all")."""
TYPE_WORDS: dict[SourceType, set[str]] = {
    SourceType.GOVERNMENT: {"official", "government", "authority", "state"},
    SourceType.MILITARY_SECURITY: {"police", "army", "military"},
    SourceType.COMPANY: {"company", "firm"},
}
"""Words an account of a source of this type is called by ("the official tally")."""
SAME_MATTER_COSINE = 0.5
"""A denial and a claim sharing no word speak of one matter from this cosine. The scorer
links claims of one subject far below it ("dismissed accounts that troops fired on
demonstrators" and "army units were pursuing armed groups", 0.44), and such a pair is no
denial of the other. On newsdev and newsdev2 every denial in a gold conflict shares a word
with its other claim."""


def relate(
    a: ClaimView, b: ClaimView, articles: Mapping[int, Article], *, one_voice: bool = True
) -> tuple[Relation, tuple[str, ...]]:
    """Whether two claims of one fact give the same version, with the reasons a person reads.

    ``one_voice`` says whether the two speak for one source (:mod:`independence`): a later
    article's other figure of a running count revises it only then. Another source's figure
    a day later is a rival version ("at least 41", a charity's count, against the ministry's
    23 of the day before), unless it says the count rose.
    """
    ra, rb = a.reading, b.reading
    if ra.times and rb.times and not times_agree(ra.times, rb.times):
        times = f"{_clock(ra.times)} vs {_clock(rb.times)}"
        return Relation.CONFLICTS, (f"{DIFFERENT_TIMES}{times}",)
    if dated := dated_apart(ra, rb):
        act, first, second = dated
        return Relation.CONFLICTS, (f"different days: {first} vs {second} ({act})",)
    counts = sorted(set(ra.counts) & set(rb.counts))
    fa, fb = _comparable_figures(a, b)
    compared, clash = compare_figures(fa, fb)
    denial = Stance.DENIES in (a.claim.stance, b.claim.stance)
    if clash is not None and denial and a.claim.stance != b.claim.stance:
        # a figure denied is not the other's figure: "denied it had offered only 2 percent"
        # sides with "offered a 4 percent raise" (and conflicts with "offered us 2 percent")
        return Relation.CORROBORATES, (_disagreement(fa, clash, "denies another figure"),)
    if clash is not None:
        reason = _disagreement(fa, clash)
        update = running_update(a, b, set(counts) & RUNNING_COUNTS, articles, one_voice)
        if not update and one_voice:  # "turnout was 61 percent", three days later 60.4
            update = revision(a, b, set(counts) - RUNNING_COUNTS, articles)
        return Relation.CONFLICTS, (reason, update) if update else (reason,)
    if compared and (update := risen_over(a, b, articles) or risen_over(b, a, articles)):
        # "at least seven" and a later "the toll rose to nine": no rival versions, but a
        # revision the reviewer must see, as of any earlier figure
        return Relation.CONFLICTS, (update,)
    if not one_voice and (whose := _disputed_by(a, b) or _disputed_by(b, a)):
        # "contradicting the police account": the claim says it is the other version
        return Relation.CONFLICTS, (f"{CONTRADICTS}{whose}",)
    if (
        denial
        and _denial_against(a, b)
        and (compared or _same_matter(a, b))
        and not _other_report(a, b)
    ):
        # one figure of one count, asserted and denied ("rejected the figure of 500 dead")
        return Relation.CONFLICTS, ("assertion vs denial",)
    # both deny one act ("why didn't he pay his?", "not paying"), or both are negated
    # statements, which assert nothing against each other ("would not fund filters
    # nationwide", "no decision had been taken on installing filters nationwide")
    both_deny = bool(set(ra.denied) & set(rb.denied)) or (ra.negated and rb.negated)
    if not both_deny and (said_not := _denied_against_said(a, b) or _denied_against_said(b, a)):
        return Relation.CONFLICTS, (f"assertion vs denial: not {said_not}",)
    if not both_deny and (counted := _denied_count(a, b) or _denied_count(b, a)):
        return Relation.CONFLICTS, (f"assertion vs denial: {counted}",)
    if not compared and (over := part_over_whole(a, b) or part_over_whole(b, a)):
        # (a part compared with a figure of the other is no part of another size)
        return Relation.CONFLICTS, (over,)
    reasons = []
    if compared:  # the figures that met one like them: not "22000 / 9" for "in nine months"
        agreed = [x for x in fa if any(x.counts_like(y) and compatible(x, y) for y in fb)]
        reasons.append(f"same figure: {_written(agreed or fa)}")
    theirs = set(rb.lemmas)
    shared = [w for w in dict.fromkeys(ra.lemmas) if w in theirs][:4]
    if shared:
        reasons.append(f"shared words: {', '.join(shared)}")
    if a.vector is not None and b.vector is not None:
        reasons.append(f"similar meaning: {float(np.dot(a.vector, b.vector)):.2f}")
    return Relation.CORROBORATES, tuple(reasons)


def _disputed_by(a: ClaimView, b: ClaimView) -> str:
    """The source of ``b`` when ``a`` says it contradicts that source's account ("contradicting
    the company's assurance that ...", told by the company), else ""."""
    if not a.reading.disputes:
        return ""
    account = set(a.reading.disputed_account)
    if account and len(account & set(b.reading.lemmas)) < ACCOUNT_WORDS:
        return ""  # "the police account that the driver had accelerated": not "a man was shot"
    extraction = b.claim.extraction
    words = _words_of(
        extraction.source_resolved, extraction.source, extraction.source_key,
        extraction.source_voice,
    ) | TYPE_WORDS.get(extraction.source_type, set())  # fmt: skip
    words |= {w[:-1] for w in words if w.endswith("s")}
    return (
        extraction.source_resolved or extraction.source if words & set(a.reading.disputes) else ""
    )


def _who(view: ClaimView, actor: str) -> set[str]:
    """The names an actor goes by: the claim's source's words when the speaker is the actor
    ("We do not pay ransoms"), else the actor's own name."""
    if actor != SELF:
        return {actor}
    found = view.claim.extraction
    told = _words_of(found.source_resolved, found.source_key, found.source_voice)
    return told - {"body", "person", "anon", "the"} or {SELF}


def _words_of(*names: str) -> set[str]:
    """The lower-case words of a source's names and keys ("body:teliko" gives "body" and
    "teliko")."""
    return set(re.findall(r"[a-z]+", " ".join(names).lower()))


def acted_apart(a: ClaimView, b: ClaimView) -> bool:
    """Whether the two claims give one act to different actors and none to the same:
    "Ousanga will never pay ransoms" (the government) and "We do not pay ransoms" (an aid
    agency) are two policies, "Romney for not releasing his returns" and "Mr. Trump should
    release his returns" two men's acts."""
    mine, theirs = dict(a.reading.actors), dict(b.reading.actors)
    things = {t for _, t in (*a.reading.acts_on, *b.reading.acts_on)}
    # acts, not what they are done to, nor the saying of a quotation the content resumes
    shared = mine.keys() & theirs.keys() - things - TELLING
    same = [act for act in shared if _who(a, mine[act]) & _who(b, theirs[act])]
    return bool(shared) and not same


def named_count_clash(a: ClaimView, b: ClaimView) -> bool:
    """Whether the two claims give different figures of a count whose kind or group is named
    ("12 vs 30 dead", "three vs four batches"), as :func:`relate` compares them."""
    _, clash = compare_figures(*_comparable_figures(a, b))
    return clash is not None and bool(clash[0].counts - UNITS or clash[0].group not in MEASURES)


def part_against_whole(a: ClaimView, b: ClaimView) -> bool:
    """Whether one claim gives only a part of a count that the other gives whole, of another
    size but within it: "the hospital alone had treated 97 people" against "the number
    treated rose to 112". Neither retells the other, and a part is no rival of its whole. A
    part the other claim gives too agrees ("14 died, three of them police officers" and
    "three officers were among the dead"); a part larger than the whole is a conflict
    (:func:`part_over_whole`)."""
    return any(
        (found := _part_and_wholes(part, whole)) is not None and not found[0] > found[1]
        for part, whole in ((a, b), (b, a))
    )


def part_over_whole(part: ClaimView, whole: ClaimView) -> str:
    """The reason when a claim's part of a count is larger than all the other gives of the
    whole ("twenty bodies on my street alone" against "14 people died"), else ''."""
    found = _part_and_wholes(part, whole)
    if found is None or not found[0] > found[1]:
        return ""
    largest, reach, kind = found
    return f"a part larger than the whole: {written_values([largest])} vs " + (
        f"{written_values([reach])} ({kind})"
    )


def _part_and_wholes(part: ClaimView, whole: ClaimView) -> tuple[float, float, str] | None:
    """The largest part ``part`` gives of a count ``whole`` gives whole, how far the whole's
    figures reach, and the count's kind; None when ``part`` gives no part of another size
    than ``whole``'s figures of its count."""
    rp, rw = part.reading, whole.reading
    if not rp.parts or compare_figures(*_comparable_figures(part, whole))[0]:
        return None
    kinds = {what for value, what in rp.counted if value in rp.parts}
    theirs = [
        f for f in figures_of(whole)
        if kinds & (f.counts or set(rw.counts))
    ]  # fmt: skip
    if not theirs or any(f.value in rp.parts for f in theirs):
        return None
    # a part is larger than the whole only of one tally: "14 remained in hospital" is no
    # whole of "the hospital alone had treated 97 since Wednesday"
    alike = [upper_reach(f) for f in theirs if f.tally == rp.tally]
    return max(rp.parts), max(alike, default=math.inf), ", ".join(sorted(kinds))


def _comparable_figures(a: ClaimView, b: ClaimView) -> tuple[list[Figure], list[Figure]]:
    """The two claims' figures that may tell one count: shares only of one whole, sums only
    of one thing."""
    fa, fb = figures_of(a), figures_of(b)
    ra, rb = a.reading, b.reading
    periods = _two_periods(ra, rb)
    if periods or not _shares_of_one_whole(ra, rb):
        fa, fb = _without_shares(fa), _without_shares(fb)
    if periods or not set(ra.sums_of) & set(rb.sums_of):  # sums of different things or times
        fa, fb = _without(fa, "money"), _without(fb, "money")
    fa, fb = _told_alike(fa, ra, fb, rb), _told_alike(fb, rb, fa, ra)
    fa, fb = _spans_alike(fa, ra, rb), _spans_alike(fb, rb, ra)
    if not (set(a.reading.lemmas) & set(b.reading.lemmas)) - DURATIONS:
        # spans of time of claims with no word in common are of two things ("told us
        # nothing for ten minutes", "put out the fire within four minutes")
        fa, fb = _without(fa, "duration"), _without(fb, "duration")
    return fa, fb


def _spans_alike(mine: list[Figure], ra: Reading, rb: Reading) -> list[Figure]:
    """``mine`` without its spans of time of other acts, when the two claims give spans of
    one act: against "sentenced to 12 years", "who ran Varna for eight years, was sentenced
    to ten years" gives ten. Spans of acts told otherwise ("a fault lasting two hours", "had
    stopped for six hours") are all compared (:attr:`Reading.span_acts`)."""
    common = {act for _, act in ra.span_acts} & {act for _, act in rb.span_acts}
    if not common:
        return mine
    acts: dict[float, set[str]] = {}
    for value, act in ra.span_acts:
        acts.setdefault(value, set()).add(act)
    return [
        f for f in mine
        if "duration" not in f.counts or f.value not in acts or acts[f.value] & common
    ]  # fmt: skip


def _told_alike(mine: list[Figure], ra: Reading, theirs: list[Figure], rb: Reading) -> list[Figure]:
    """``mine`` without the counts of a named group that the other claim counts of the group
    for something else ("violations at about 120 polling stations", "complaints from 84
    polling stations"): two counts, no rivals."""
    said_a, said_b = dict(ra.group_of), dict(rb.group_of)
    other: dict[str, set[str]] = {}
    for f in theirs:
        if f.group and not f.counts and f.value in said_b:
            other.setdefault(f.group, set()).add(said_b[f.value])
    return [
        f for f in mine
        if not (f.group and not f.counts and f.value in said_a and f.group in other
                and said_a[f.value] not in other[f.group])
    ]  # fmt: skip


MEASURES = frozenset({"", "point", "percent", "percentage", "degree"})
"""Group nouns that measure rather than count: "a lead of 5 points" and "83 percentage
points" are two polls' margins, not one count of things ("" is no group)."""
UNITS = frozenset({"money", "duration"})
"""What figures are measured in, not things counted: two sums or two spans may be of
anything ("$19.3 million in pay", "$500.8 million in donations")."""


def _denied_against_said(denying: ClaimView, saying: ClaimView) -> str:
    """A word one claim says is not so and the other says is ("the siren sounded" against
    "it did not sound"), else ''; never an act each claim gives to someone else ("Romney
    for not releasing his returns" against "Mr. Trump should release his returns")."""
    if _denied_by_source(saying):
        return ""
    said = set(saying.reading.lemmas) - set(saying.reading.denied)
    mine, theirs = dict(denying.reading.actors), dict(saying.reading.actors)
    # the other claim's actor of the word, or of the act it belongs to ("didn't pay his
    # taxes" against "the top 1 percent paid 25.4 percent of all federal taxes")
    their_actors = [theirs[w] for w in denying.reading.denied if w in theirs]

    def done_by_another(word: str) -> bool:
        other = theirs.get(word) or next(iter(their_actors), None)
        return (
            word in mine
            and other is not None
            and not _who(denying, mine[word]) & _who(saying, other)
        )

    things = set(denying.reading.denied_things)
    if things and not things & said:
        return ""  # "no bank details were stolen" against "hackers stole personal data"
    # what a refused act is done to is denied only with the act: "the union had refused to put
    # the offer to a ballot" says nothing against "its offer of 4.5 per cent was fair"
    refused = set(denying.reading.refused)
    only_refused = {t for a, t in denying.reading.acts_on if a in refused and a not in said}

    def denies(word: str) -> bool:
        return word in said and not done_by_another(word) and word not in only_refused

    return next((w for w in denying.reading.denied if denies(w)), "")


def _denied_count(denying: ClaimView, saying: ClaimView) -> str:
    """An act one claim says did not happen and the other counts ("nobody was seriously
    hurt" against "Eleven passengers were treated in hospital": "not hurt vs 11 injured"),
    else ''. A part of a count ("five of his members") is no count of the whole, and a
    denial of one group's is none of another's ("no civilians were killed" against "three
    soldiers were killed")."""
    if saying.reading.negated:
        return ""
    things = set(denying.reading.denied_things)  # "no civilians were killed": civilians only
    groups = dict(saying.reading.groups)
    for word in denying.reading.denied:
        kinds = {k for k, members in COUNT_CLASSES.items() if word in members} - UNITS
        for value, kind in saying.reading.counted:
            if kind not in kinds or value <= 0 or value in saying.reading.parts:
                continue
            noun = groups.get(value, "").rpartition(" ")[2]  # "tarsovian soldier": soldier
            # "no injuries" denies every count of the injured, "no civilians" one group's
            if not things or noun in things or (not noun and things & COUNT_CLASSES[kind]):
                return f"not {word} vs {written_values([value])} {kind}"
    return ""


def _denied_by_source(view: ClaimView) -> bool:
    """Whether the claim's source denies it ("denied that soldiers had fired"): it says
    nothing is so."""
    return view.claim.stance == Stance.DENIES and view.reading.negated


def _denial_against(a: ClaimView, b: ClaimView) -> bool:
    """Whether one claim denies what the other says: one is negated and the other not, or
    the other's own negation is of something else ("These are not the injuries you get from
    rubber bullets. Our volunteers saw soldiers firing" against a denial that soldiers
    fired)."""
    if a.reading.negated != b.reading.negated:
        return True
    if _denied_by_source(a) == _denied_by_source(b):
        return False
    other = a if _denied_by_source(b) else b
    shared = set(a.reading.lemmas) & set(b.reading.lemmas)
    return bool(shared) and not shared & set(other.reading.denied)


def _other_report(a: ClaimView, b: ClaimView) -> bool:
    """Whether one claim denies a statement that tells of an act, doers and things the other
    does not speak of: "rejected Veloran's statement that it had been told of the plan to
    close the plant" denies being told, not "Veloran will close its plant"; denied "claims
    that her party had urged supporters to storm public buildings" is "its leaders had
    encouraged supporters to storm public buildings" denied."""
    for denying, other in ((a, b), (b, a)):
        told = set(denying.reading.reported)
        if denying.claim.stance != Stance.DENIES or not told or told & set(other.reading.lemmas):
            continue
        # the other's own act is in the denied statement only as its detail ("the plan to
        # close"); one that tells it in words of its own ("had informed the ministry"
        # against "had been told") is what the statement said
        acts = {act for act, _ in (*other.reading.actors, *other.reading.acts_on)}
        if acts & (set(denying.reading.lemmas) - told):
            return True
    return False


def _same_matter(a: ClaimView, b: ClaimView) -> bool:
    """Whether a negated claim and an asserted one speak of one matter, so that one denies the
    other: they share a word, or their meaning is close. (The scorer has linked them already;
    this keeps "found no survivors" from denying "had been warned".)"""
    shared = set(a.reading.lemmas) & set(b.reading.lemmas)
    if shared and _other_things(a.reading, b.reading, shared):
        return False  # "had stolen the names" and "no passwords were stolen"
    if shared:
        return True
    return (
        a.vector is not None
        and b.vector is not None
        and float(np.dot(a.vector, b.vector)) >= SAME_MATTER_COSINE
    )


def _other_things(ra: Reading, rb: Reading, shared: set[str]) -> bool:
    """Whether every word two claims share is an act both do to things, and to none in
    common: "hackers had stolen the names" and "no passwords were stolen"."""
    things_a: dict[str, set[str]] = {}
    things_b: dict[str, set[str]] = {}
    for acts, things in ((ra.acts_on, things_a), (rb.acts_on, things_b)):
        for act, thing in acts:
            things.setdefault(act, set()).add(thing)
    return all(w in things_a and w in things_b and not things_a[w] & things_b[w] for w in shared)


def _without_shares(figures: list[Figure]) -> list[Figure]:
    """The figures that are no share of a vote or a group: a percentage is of someone's
    vote, support or rate, and claims that name no one in common give shares of different
    wholes ("74 percent of likely voters" and "the top 1 percent"; two polls' 49 and 47.3
    percent). On newsdev and newsdev2 every gold pair of shares names its candidate."""
    return [f for f in figures if f.counts != {"share"}]


def _without(figures: list[Figure], kind: str) -> list[Figure]:
    """The figures that count something other than ``kind``: two sums of money are of one
    thing only when the words they are sums of meet ("owe $212 billion in taxes" and "a
    loss of $916 million" are two things)."""
    return [f for f in figures if kind not in f.counts]


def _two_periods(ra: Reading, rb: Reading) -> bool:
    """Whether two claims' shares and sums are of two periods: growth "in the second
    quarter" and "this year" are two figures."""
    return bool(ra.periods and rb.periods and not set(ra.periods) & set(rb.periods))


def _shares_of_one_whole(ra: Reading, rb: Reading) -> bool:
    """Whether the two claims' percentages may be of one whole: they name someone in
    common, or their shares are of one thing ("offered us 2 percent", "our offer was 4
    percent") and they name no one different."""
    names_a, names_b = _name_words(ra), _name_words(rb)
    of_one = bool(set(ra.shares_of) & set(rb.shares_of))
    if names_a & names_b:
        # unless each says in other words than names what its shares are of, and the two are
        # of different things: an interest rate and the growth of one country's economy
        # ("raised its main rate to 6.5 percent", "Dravia's economy would grow by 1.5
        # percent"), not two candidates' shares of one vote
        things_a, things_b = set(ra.shares_of) - names_a, set(rb.shares_of) - names_b
        return of_one or not (things_a and things_b)
    return of_one and not (names_a and names_b)


def _name_words(reading: Reading) -> set[str]:
    """The words of the claim's names ("President Adrian Marsk" and "Marsk" share one)."""
    return {word for name in reading.names for word in name.split()}


def _disagreement(
    xs: Sequence[Figure], clash: tuple[Figure, list[Figure]], label: str = DIFFERENT_FIGURES
) -> str:
    """The reason naming the figures that disagree, in a-then-b order ("12 vs 30 (dead)");
    ``xs`` are claim a's figures."""
    x, alike = clash
    mine, theirs = _written([x]), _written(alike)
    first, second = (mine, theirs) if any(f is x for f in xs) else (theirs, mine)
    counted = sorted(x.counts.union(*(y.counts for y in alike)))
    if not counted and x.group:
        counted = [x.group]  # "3 vs 4 (batch)"
    what = f" ({', '.join(counted)})" if counted else ""
    return f"{label}: {first} vs {second}{what}"


def _written(figures: Iterable[Figure]) -> str:
    """Figures as a person writes them: a range with its dash ("200-300"), a plural of a
    scale in its word ("dozens")."""
    return " / ".join(
        f.word
        or (
            f"{written_values([f.value])}-{written_values([f.upper])}"
            if f.upper
            else written_values([f.value])
        )
        for f in figures
    )


def _clock(times: Sequence[int]) -> str:
    return " / ".join(f"{t // 60}:{t % 60:02d}" for t in times)
