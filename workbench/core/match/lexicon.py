"""Small synonym classes, so that reporters' paraphrases of one fact meet.

Two outlets rarely use the same verb: one says troops "clashed with" the
police, another that they "confronted" them; one counts the "dead", another
those "killed". Matching folds each class below onto one index term. The
classes are kept small and general (words news writing uses interchangeably
for one kind of event); they are not tuned to any article, and a word that
means different things in different stories is left out rather than risk
joining unrelated claims.

Classes named in :data:`COUNT_CLASSES` also say what a quantity counts, so
that "150 people died" and "500 were killed" are read as one death toll.
"""

from __future__ import annotations

import re

from workbench.core.match.text import term

# class name: the word forms it covers (whole words, not stems: "differences" is here but
# "different", which shares its stem, is not)
# fmt: off
CLASSES: dict[str, tuple[str, ...]] = {
    # What quantities in conflict reporting count.
    "~killed": ("kill", "killed", "killing", "killings", "dead", "die", "died", "dies",
                "death", "deaths", "toll", "bloodshed"),
    "~crossed": ("cross", "crossed", "crossing", "flee", "fled", "fleeing", "escape",
                 "escaped", "refugee", "refugees"),
    "~resigned": ("resign", "resigned", "resigning", "resignation", "resignations", "quit",
                  "quitting"),
    "~detained": ("detain", "detained", "arrest", "arrested", "arrests", "detentions"),
    "~wounded": ("wounded", "injured", "injuries", "hurt"),
    # Paraphrases of actions and actors.
    "~clashed": ("clash", "clashed", "clashes", "confront", "confronted", "confrontation"),
    "~reinforced": ("reinforce", "reinforced", "bolster", "bolstered", "strengthen",
                    "strengthened"),
    "~funded": ("fund", "funded", "funding", "finance", "financed", "financing", "money",
                "bankroll", "bankrolled"),
    "~armed": ("arm", "arms", "arming", "weapon", "weapons", "guns", "ammunition"),
    "~divided": ("divided", "division", "divisions", "differences", "split", "rift"),
    "~group": ("group", "groups", "gang", "gangs", "militia", "militias"),
    "~fired": ("fire", "fired", "firing", "shoot", "shot", "shooting"),
}
# fmt: on

COUNT_CLASSES = frozenset({"~killed", "~crossed", "~resigned", "~detained", "~wounded"})
"""Classes that name what a quantity counts."""

PHRASES: tuple[tuple[str, str], ...] = (
    ("stepped up", "reinforced"),
    ("stepping up", "reinforcing"),
    ("step up", "reinforce"),
    ("opened fire", "fired"),
    ("open fire", "fire"),
    ("secret police", "security police"),
    ("handed in their resignations", "resigned"),
)
"""Multi-word paraphrases rewritten before words are split."""

_PHRASE = re.compile(r"\b(" + "|".join(re.escape(p) for p, _ in PHRASES) + r")\b", re.IGNORECASE)
_REPLACEMENT = {p: r for p, r in PHRASES}


_BY_WORD = {word: name for name, members in CLASSES.items() for word in members}


def canonical(word: str) -> str:
    """The index term of a lower-case word: its class if it has one, else its stem."""
    return _BY_WORD.get(word) or term(word)


def rewrite_phrases(text: str) -> str:
    """Text with multi-word paraphrases replaced by their one-word equivalents."""
    return _PHRASE.sub(lambda m: _REPLACEMENT[m.group(1).lower()], text)
