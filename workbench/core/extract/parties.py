"""Parties in power: a ruling party's statements are the government's.

"Syria's ruling Baath Party" speaks for the state, not as one politician
among others; a lawmaker of that party is still a politician.
"""

from __future__ import annotations

import re

_PARTY = re.compile(r"\b((?:[A-Z][\w\u2019'-]*\s+){1,4})Party\b")
_RULING = re.compile(r"\bruling\s+((?:[A-Z][\w\u2019'-]*\s+){1,4})Party\b")


def ruling_parties(text: str) -> frozenset[str]:
    """Names of the parties an article presents as the ones in power.

    A party the article calls "ruling" ("Syria's ruling Baath Party"), or, when
    it speaks of "the ruling party" and names a single party, that one.
    """
    ruling = {m.group(1).split()[-1].lower() for m in _RULING.finditer(text)}
    if not ruling and re.search(r"\bruling party\b", text, re.IGNORECASE):
        named = {m.group(1).split()[-1].lower() for m in _PARTY.finditer(text)}
        named.discard("the")
        if len(named) == 1:
            ruling = named
    return frozenset(ruling)


def names_party(text: str, ruling: frozenset[str]) -> bool:
    """Whether a source mention is one of ``ruling`` ("The Baath Party", "Baath officials")."""
    if not ruling:
        return False
    words = {w.lower().strip(".,'\u2019s") for w in text.split()}
    return bool(words & ruling)
