"""What a claim's figures count, read from its parse: the kind of count ("11 killed" is
a death toll), the group counted ("three soldiers"), and which figures give a count at all
("six more bodies" adds to one; "4:15" is a clock time).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from workbench.core.domain import Claim
from workbench.core.extract.quantities import CURRENCY_WORDS
from workbench.core.match.units import unit_of

if TYPE_CHECKING:  # the parser is loaded only when claims are read
    from spacy.tokens import Doc, Token

# What a figure counts, by the words news writing uses for it. A class joins
# words that count one thing in any story ("11 killed", "the toll at 11",
# "eleven bodies"); words that count different things stay apart.
# fmt: off
COUNT_CLASSES: dict[str, frozenset[str]] = {
    "dead": frozenset({"die", "dead", "death", "kill", "killing", "body", "toll", "fatality",
                       "victim", "fatal", "perish", "drown"}),
    "injured": frozenset({"wound", "wounded", "injure", "injured", "injury", "hurt", "hospital",
                          "hospitalise", "hospitalize", "treat", "casualty"}),
    "missing": frozenset({"missing", "unaccounted", "disappear"}),
    "ill": frozenset({"sicken", "sick", "ill", "illness", "infect", "infection", "case"}),
    "homes": frozenset({"house", "home", "building", "dwelling", "property"}),
    "detained": frozenset({"arrest", "detain", "detention", "custody", "jail"}),
    "displaced": frozenset({"evacuate", "evacuation", "displace", "flee", "refugee", "shelter"}),
    "shots": frozenset({"shot", "shoot", "round", "bullet", "fire", "discharge"}),
    "people": frozenset({"protester", "crowd", "demonstrator", "march", "rally", "marcher",
                         "participant"}),
    "aboard": frozenset({"aboard", "onboard"}),
    "share": frozenset({"percent", "percentage", "share", "vote"}),
    "turnout": frozenset({"turnout"}),
    "magnitude": frozenset({"magnitude", "richter"}),
}
# fmt: on
WHOLE_GROUPS = frozenset(
    {"people", "person", "life", "victim", "body", "death", "casualty", "fatality"}
)
"""Nouns that count everyone a count takes in, not a named group of them ("soldiers")."""
CLASS_WORDS = frozenset().union(*COUNT_CLASSES.values())
THINGS = frozenset({"homes", "shots"})
"""Classes that count things, never the people a figure names."""
PERSONS = frozenset({"people", "person", "resident", "family", "child", "adult", "man", "woman"})

_ACTORS = frozenset({"nsubj", "nsubjpass", "dobj"})
SCALES = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million",
                    "millions", "billion", "billions", "scores"})  # fmt: skip
"""Words that carry a figure themselves ("about a dozen gunmen", "hundreds of people")."""
ADDING = frozenset({"more", "additional", "further", "extra", "new", "times", "fold"})
JOINED = frozenset({"part", "join", "attend", "turn", "draw"})
"""Words by which people are counted as a crowd ("took part", "joined", "attended", "turned
out", "the protest drew 2,000 people"), when the figure counts people and no named group
(gunmen take part in attacks)."""
GATHERED = frozenset({"gather", "rally", "march", "assemble", "demonstrate", "protest"})
"""Verbs only a crowd does: "2,000 supporters gathered", "hundreds of farmers marched" count
the crowd, whoever its people are."""
REPEATS = frozenset({"time", "times", "twice", "thrice"})
"""How many times an act was done ("fired three times", "discharged ... twice"): a count of
the act, which names no group of what it counts."""
MULTIPLIED = frozenset({"as", "the", "that", "more", "less", "over", "what"})
"""Words after "times" that make it a multiplier ("three times as many"), not a count."""
RISING = frozenset({"rise", "climb", "increase", "grow", "jump", "mount", "reach", "soar"})
"""Verbs that give a count's new figure ("the toll rose to 23", "has reached seven")."""
MEASURED_AGAINST = frozenset({"than", "below", "above", "versus", "vs", "vs.", "not"})
"""Words before a figure that make it the yardstick of a comparison or a figure the claim
rejects, not its own count: "about 61 percent, well below the 68 percent announced",
"higher than the 14 given", "five had been injured, not two as the company said"."""


def counted_figures(
    claim: Claim,
    doc: Doc,
    numbers: Sequence[Token | None],
    values: tuple[float, ...],
) -> tuple[tuple[float, str], ...]:
    """Each figure with what it counts: the count class its own word names ("11 killed":
    (11, "dead")), or the words it hangs from in the parse ("the toll rose to seven": the
    toll). A figure whose words name none counts nothing known, whatever else the claim
    counts: "3,000 Syrians crossed ... to escape shooting" is no count of shots. ``numbers``
    are the parse's tokens of the claim's figures (:func:`number_tokens`)."""
    from workbench.core.extract.model import lemma

    found: set[tuple[float, str]] = set()
    for q, number in zip(claim.numbers, numbers, strict=True):
        if q.value not in values:
            continue
        word = q.what.lower().split()[-1] if q.what.strip() else ""
        forms = {word} | {lemma(t) for t in doc if t.lower_ == word}
        own = [k for k, members in COUNT_CLASSES.items() if forms & members]
        if word != "percent" and (
            number is not None and number.ent_type_ == "MONEY" or word in CURRENCY_WORDS
        ):
            # "$200,000", "60 million Ousangan francs": a sum, not a head count; "3 per cent"
            # is a share, though the tagger takes its "cent" for money
            own = ["money"]
        elif word in DURATIONS or (number is not None and number.head.lower_ in DURATIONS):
            own = ["duration"]  # "waited 11 days", "the first nine months": a span of time
        elif own in ([], ["share"]) and number is not None:
            # What a bare figure or a percentage is of: "the toll rose to seven", "turnout
            # at 68 percent" (a turnout, not a share of the vote).
            forms = {lemma(t) for t in _governing(number)}
            named = [k for k, members in COUNT_CLASSES.items() if forms & members]
            own = [k for k in named if k != "share"] or named or own
            if not own and _aboard(number):
                own = ["aboard"]  # "around 200 people were on the ferry"
            if not own and crowd(number):
                own = ["people"]  # "18,000 people took part", "2,000 supporters gathered"
            if number.dep_ == "nummod" and lemma(number.head) in PERSONS:
                own = [k for k in own if k not in THINGS]  # "3,000 people have lost their homes"
        if word in REPEATS or (number is not None and number.lower_ in REPEATS):
            own = [k for k in own if k == "shots"]  # "fired twice": two shots; "arrested twice"
        found.update((q.value, k) for k in own)  # is no count of the detained
    return tuple(sorted(found))


LIGHT_VERBS = frozenset({"be", "have", "get", "take", "make", "do", "give", "say", "win", "put"})
"""Verbs that say nothing of what a share is of ("had 49 percent", "took 52 percent")."""


def share_words(
    claim: Claim,
    numbers: Sequence[Token | None],
    counted: Sequence[tuple[float, str]],
    kind: str = "share",
) -> tuple[str, ...]:
    """The words the claim's shares are of: the nouns and verbs a percentage hangs from,
    and that verb's subject and object ("offered us 2 percent" and "our offer was 4
    percent": "offer"; "74 percent of likely voters": "voter"; "the unemployment rate fell
    to 5.4 percent": "unemployment"; "youth unemployment": itself). Two claims' shares of
    nothing in common are shares of different wholes. ``numbers`` as
    :func:`counted_figures` takes them."""

    shares = {v for v, k in counted if k == kind}  # or what sums are of: kind "money"
    found = {
        _measured(t)
        for q, number in zip(claim.numbers, numbers, strict=True)
        if number is not None and q.value in shares
        for t in _governing(number)
        if t.pos_ in {"NOUN", "VERB", "PROPN"}
    }
    found -= COUNT_CLASSES["share"] | LIGHT_VERBS | CHANGE_VERBS | PER_CENT | {""}
    return tuple(sorted(found))


MEASURE_NOUNS = frozenset({"rate", "level", "figure", "number", "index", "ratio"})
"""Nouns that name a measure by what it measures: "the unemployment rate" is unemployment."""


def _measured(word: Token) -> str:
    """What a word a share hangs from says it is of, with the nouns that narrow it: "youth
    unemployment" is not "unemployment", and "the unemployment rate" is unemployment."""
    from workbench.core.extract.model import lemma

    if word.pos_ != "NOUN":
        return lemma(word)
    narrowing = [lemma(c) for c in word.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if lemma(word) in MEASURE_NOUNS:
        return " ".join(narrowing)
    return " ".join([*narrowing, lemma(word)])


PERIOD_PREPS = frozenset({"in", "for", "during", "over", "since", "by", "through"})


def share_periods(
    numbers: Sequence[Token | None],
    counted: Sequence[tuple[float, str]],
    values: Sequence[float],
) -> tuple[str, ...]:
    """The periods the claim's shares and sums are of, as written ("the second quarter",
    "this year", "august"): the date its figure's verb is given ("grew 2.3 percent in the
    second quarter", "would grow by 1.5 percent this year"). A quarter's growth and a
    year's are two figures, not rivals. ``numbers`` and ``values`` are the claim's figures'
    tokens and values, as :func:`counted_figures` takes them."""
    measured = {v for v, k in counted if k in ("share", "money")}
    found: set[str] = set()
    for number, value in zip(numbers, values, strict=True):
        if number is None or value not in measured:
            continue
        verb = next((t for t in number.ancestors if t.pos_ in {"VERB", "AUX"}), None)
        if verb is None:
            continue
        # the date may hang on the figure's own noun: "fell 11 percent since 2022"
        own = list(number.head.children) if number.head is not verb else []
        for child in [*verb.children, *own]:
            when = [child] if child.dep_ == "npadvmod" else []
            if child.dep_ == "prep" and child.lower_ in PERIOD_PREPS:
                when = [o for o in child.children if o.dep_ == "pobj"]
            for word in when:
                if word.ent_type_ == "DATE":
                    found.add(" ".join(t.lower_ for t in word.subtree if t.dep_ != "det"))
    return tuple(sorted(found))


PER_CENT = frozenset({"per", "cent"})
"""The words of "3 per cent", which say nothing of what the share is of."""
CHANGE_VERBS = frozenset({"rise", "fall", "increase", "decrease", "drop", "grow", "climb",
                          "jump", "decline", "ease", "stand", "reach", "hit", "slip", "soar",
                          "surge", "slow"})  # fmt: skip
"""Verbs that say a share changed, not what it is of: "wages rose by 2.5 percent" and "food
prices had risen by 5 percent" are shares of two things."""


_RANGE_JOIN = re.compile(r"\s*(?:and|to|or|-|\u2013|\u2014)\s*\Z", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"(?:\bbetween|\bfrom)\s*\Z", re.IGNORECASE)


def figure_ranges(claim: Claim) -> tuple[tuple[float, float], ...]:
    """Pairs of figures that give one count as a range ("between 200 and 300 people",
    "10 to 15 dead", "200-300 people"); never a change ("rose from 12 to 18")."""
    text, base = claim.content, claim.extraction.content_start
    found = []
    for low, high in zip(claim.numbers, claim.numbers[1:], strict=False):
        between = text[low.end - base : high.start - base]
        before = text[: low.start - base]
        if not _RANGE_JOIN.match(between) or low.value >= high.value:
            continue
        if low.what and high.what and low.what.lower() != high.what.lower():
            continue  # "rose 12 percent to 4.1 billion euros": a change and a sum
        opener = _RANGE_OPEN.search(before)
        if opener is not None and opener.group().lower().startswith("from"):
            continue  # "rose from 12 to 18": two figures of one count, a change
        if opener is None and between.strip().lower() == "and":
            continue  # "12 dead and 30 hurt": two counts
        found.append((low.value, high.value))
    return tuple(found)


def number_tokens(claim: Claim, doc: Doc) -> list[Token | None]:
    """The parse's token of each of the claim's figures ("five" of "five workers", "dozen"
    of "about a dozen gunmen")."""
    found: list[Token | None] = []
    for q in claim.numbers:
        start = q.start - claim.extraction.content_start
        end = q.end - claim.extraction.content_start
        tokens = [
            t
            for t in doc
            if start <= t.idx < end
            and (t.like_num or t.pos_ == "NUM" or t.lower_ in SCALES or t.lower_ in REPEATS)
        ]
        found.append(tokens[-1] if tokens else None)
    return found


def crowd(number: Token) -> bool:
    """Whether a figure counts a crowd: people who took part, or anyone who gathered
    (:data:`JOINED`, :data:`GATHERED`); "12 soldiers gathered the wounded" counts soldiers."""
    from workbench.core.extract.model import lemma

    governing = _governing(number)
    gathered = any(
        lemma(t) in GATHERED and not any(c.dep_ == "dobj" for c in t.children) for t in governing
    )
    people = lemma(number.head) in {"people", "person"}
    return gathered or people and bool({lemma(t) for t in governing} & JOINED)


def _governing(number: Token) -> list[Token]:
    """The words a number hangs from, up to its verb, and that verb's subject and object:
    "rose" and "toll" for "the toll rose to seven", "put" and "toll" for "put the toll at 11";
    and what a "number of" counts ("the number of protesters at more than 20,000").
    """
    from workbench.core.extract.model import lemma

    chain = [number.head, number.head.head, number.head.head.head]
    verbs = [t for t in chain if t.pos_ in {"VERB", "AUX"}][:1]
    if verbs and lemma(verbs[0]) in CLASS_WORDS:
        # its own verb says what it counts: "19 died and 41 were treated" treated 41, not
        # died ("350 were detained and 212 remained in custody": 212 are of the detained)
        chain = chain[: chain.index(verbs[0]) + 1]
    found = chain + [t for v in verbs for t in v.children if t.dep_ in _ACTORS]
    return found + [o for t in found if t.pos_ == "NOUN" for o in _of_objects(t)]


def _of_objects(token: Token) -> list[Token]:
    """What an of-phrase on the word names ("protesters" of "the number of protesters",
    "the dead" of "two of the dead")."""
    return [
        o
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for o in prep.children
        if o.dep_ == "pobj"
    ]


def figure_groups(claim: Claim, numbers: Sequence[Token | None]) -> dict[float, str | None]:
    """What each figure's number counts, from the parse.

    ``""`` for people in general, a nationality or nothing named ("14 people
    died", "3,000 Syrians", "the toll at 11"); the noun of a named group
    ("three soldiers": "soldier", "dozens of protesters": "protester"); None for a
    part of another count ("two of the dead", "three of them", "the hospital alone had
    treated 97") and for the whole a part is taken from ("six" in "two of the port's six
    terminals were operating": the claim is about the two).
    ``numbers`` as :func:`counted_figures` takes them.
    """
    from workbench.core.extract.model import lemma

    found: dict[float, str | None] = {}
    for q, number in zip(claim.numbers, numbers, strict=True):
        if number is None:
            continue
        counted = _of_objects(number)
        if _alone(number) or _whole_of_part(number) or any(_known(o) for o in counted):
            found[q.value] = None
            continue
        estimated = None if counted else _estimated(number)
        head = counted[0] if counted else estimated or number.head
        named = counted or estimated or (number.dep_ == "nummod" and head.ent_type_ != "NORP")
        noun = lemma(head) if named else ""
        # "a magnitude 6.8 earthquake" measures the quake, it counts no quakes
        before = number.doc[number.i - 1] if number.i else None
        measured = before is not None and lemma(before) in COUNT_CLASSES["magnitude"]
        if noun in WHOLE_GROUPS | CLASS_WORDS | TALLY_NOUNS | PER_CENT | REPEATS or measured:
            noun = ""  # "put the number at 2 million", "fired three times" name no group
        elif noun and crowd(number):
            noun = ""  # "2,000 supporters gathered": the crowd's size, not a group's
        if measured and any(t.lower_.startswith("aftershock") or t.ent_type_ == "ORDINAL"
                            for t in number.doc):  # fmt: skip
            noun = "aftershock"  # "a second quake of magnitude 5.1": another quake's
        if noun and (unit := unit_of(head, noun)):
            found[q.value] = unit  # "140 km/h", "85 kilometres an hour": one measure
            continue
        found[q.value] = f"{_side(head)} {noun}".strip() if noun else noun
    return found


def span_acts(
    numbers: Sequence[Token | None], counted: Sequence[tuple[float, str]], claim: Claim
) -> tuple[tuple[float, str], ...]:
    """For each span of time the claim gives, the act it is the span of, as a lemma:
    "sentenced to ten years" (10, "sentence"), "ran the city for eight years" (8, "run").
    Two spans of two acts are no rivals."""
    from workbench.core.extract.model import lemma

    spans = {v for v, k in counted if k == "duration"}
    found = set()
    for q, number in zip(claim.numbers, numbers, strict=True):
        if number is None or q.value not in spans:
            continue
        act = next((t for t in _governing(number) if t.pos_ in ("VERB", "AUX")), None)
        if act is not None:
            found.add((q.value, lemma(act)))
    return tuple(sorted(found))


def group_governors(
    claim: Claim, numbers: Sequence[Token | None], groups: dict[float, str | None]
) -> tuple[tuple[float, str], ...]:
    """For each figure of a named group, the noun that says what is counted of the group:
    "violations at about 120 polling stations" (violation), "complaints from 84 polling
    stations" (complaint), "a sample of 1,500 polling stations" (sample). Two counts of
    one group told of different things are two counts."""
    from workbench.core.extract.model import lemma

    found = set()
    for q, number in zip(claim.numbers, numbers, strict=True):
        if number is None or not groups.get(q.value) or number.dep_ != "nummod":
            continue
        up = number.head.head
        if up.pos_ == "ADP":
            up = up.head
        if up.pos_ == "NOUN" and up.i != number.head.i:  # not a verb: "received two
            found.add((q.value, lemma(up)))  # complaints" and "three ... had been filed" agree
    return tuple(sorted(found))


VEHICLES = frozenset({"ferry", "boat", "ship", "vessel", "plane", "aircraft", "bus", "train",
                      "flight", "board", "coach", "lorry", "truck"})  # fmt: skip
"""What people are counted on: "200 people were on the ferry", "250 on board"."""


def _aboard(number: Token) -> bool:
    """Whether a figure counts the people on a vehicle: "were on the ferry", "had been on
    board the ferry", "200 people aboard"."""
    from workbench.core.extract.model import lemma

    noun = number.head if number.dep_ == "nummod" else number
    for word in (noun, noun.head):
        for child in word.children:
            if child.lower_ in ("aboard", "onboard"):
                return True
            if (
                child.dep_ == "prep"
                and child.lower_ == "on"
                and any(o.dep_ == "pobj" and lemma(o) in VEHICLES for o in child.children)
            ):
                return True
    return False


def _side(noun: Token) -> str:
    """The nationality or people a group noun is of ("three Tarsovian soldiers": the
    Tarsovians'), lower case, else "": three Tarsovian and one Halvenian soldier killed are
    two groups, not two counts of one."""
    return " ".join(
        c.lower_ for c in noun.children if c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"
    )


DURATIONS = frozenset({"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days",
                       "week", "weeks", "month", "months", "year", "years", "decade",
                       "decades"})  # fmt: skip
"""Units a figure gives a span of time in: compared only with other spans."""


def _estimated(number: Token) -> Token | None:
    """What a figure given "at" estimates: the object of the verb ("put the toll at 11":
    the toll), or what that object is the number of ("puts the number of affected
    customers at 32 million": customers)."""
    at = number.head
    if number.dep_ != "pobj" or at.lower_ != "at":
        return None
    if at.head.lower_ in TALLY_NOUNS:  # "the number of affected customers at 32 million"
        thing: Token | None = at.head
    else:
        thing = next((c for c in at.head.children if c.dep_ == "dobj"), None)
    if thing is not None and thing.lower_ in TALLY_NOUNS:
        return next(iter(_of_objects(thing)), thing)
    return thing


TALLY_NOUNS = frozenset({"number", "count", "total", "tally", "figure"})


def _known(token: Token) -> bool:
    """Whether an of-phrase names a group already known, so that its figure counts a part of
    it ("two of the dead", "three of them", "five of his members"), not the group itself
    ("dozens of protesters")."""
    return token.pos_ == "PRON" or any(c.dep_ in {"det", "poss"} for c in token.children)


PARTITIVES = frozenset({"most", "half", "some", "all", "none", "many", "few", "several", "each"})
"""Words that take a part of a whole named after "of" ("most of the 300 passengers")."""


def whole_sizes(claim: Claim, numbers: Sequence[Token | None]) -> tuple[float, ...]:
    """Figures that give the size of a whole its subject has ("it has more than a million
    members", "the plant has 300 workers"): no rival of a count of what some of them did
    ("200 members resigned", "five workers were hurt"). ``numbers`` as
    :func:`counted_figures` takes them."""
    from workbench.core.extract.model import lemma

    found = []
    for q, number in zip(claim.numbers, numbers, strict=True):
        if number is None:
            continue
        noun = number.head if number.dep_ == "nummod" else number
        verb = noun.head
        if noun.dep_ == "dobj" and lemma(verb) == "have" and verb.pos_ in ("VERB", "AUX"):
            found.append(q.value)
    return tuple(found)


def _whole_of_part(number: Token) -> bool:
    """Whether the figure counts the whole an of-phrase takes a part from ("four" in "two
    of the four aircraft", "300" in "most of the 300 passengers")."""
    noun = number.head
    if number.dep_ != "nummod" or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    taker = noun.head.head
    return taker.pos_ == "NUM" or taker.lower_ in PARTITIVES


def _alone(number: Token) -> bool:
    """Whether the figure's clause narrows it with "alone" ("the hospital alone had treated
    97", "In Montemira alone, 40 homes burned")."""
    verb = next((t for t in number.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and any(
        t.lower_ == "alone" and t.dep_ == "advmod" for t in verb.subtree
    )


def risen_to(claim: Claim, numbers: Sequence[Token | None]) -> tuple[float, ...]:
    """The figures a count is said to have risen to ("the death toll rose to 23", "has
    climbed to at least 30", "reached seven"): each revises a lower figure given before."""
    from workbench.core.extract.model import lemma

    found = set()
    for q, number in zip(claim.numbers, numbers, strict=True):
        if number is None:
            continue
        verb = number.head.head if number.head.lower_ == "to" else number.head
        if lemma(verb) in RISING and (verb is not number.head or number.dep_ in _ACTORS):
            found.add(q.value)
    return tuple(sorted(found))
