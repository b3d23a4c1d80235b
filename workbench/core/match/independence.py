"""Whether two claims come from independent sources, read from what extraction stored.

Two outlets carrying the same ministry statement are one confirmation, not
two. Extraction gives each claim the key of its referent (``person:tomas
rellik``, ``body:kestr:emergency ministry``) and of the body it speaks for
(a minister's ministry), and the case joins claims of one referent into one
source entity. Two claims' sources are one when:

- they belong to one source entity, or their keys are one referent, or one
  names the other in part ("the Interior Ministry" and "Syria's Interior
  Ministry"; "a geotechnical engineer" and "Geotechnical engineer Ruta
  Maelis");
- they speak with one body's voice (a minister and his ministry);
- both are organs of one state: a government, security body or state
  broadcaster of the same country ("Syria" and its Interior Ministry). The
  country is the one in the body's key or name; a state voice that names
  none (a colonel, "officials") speaks for the country whose state bodies
  its article quotes most. A local authority (a mayor, a municipal council)
  answers to its town, and a court, a prosecutor or an ombudsman to the law,
  not to the government;
- near-verbatim content comes from speakers of one type one of whom is
  unnamed or a part of the other ("the ministry" quoting the "Interior
  Ministry").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from workbench.core.countries import countries_in
from workbench.core.domain import Article, Claim, SourceType
from workbench.core.extract.source_keys import ANON_KEY, BODY_KEY, fallback_key, stem
from workbench.core.match.text import words

NEAR_VERBATIM = 92.0
"""rapidfuzz ratio on contents (lower-cased, punctuation dropped) from which they are copies."""
_STATE_TYPES = frozenset({SourceType.GOVERNMENT, SourceType.MILITARY_SECURITY})
_STATE_OUTLETS = frozenset({"agency", "television", "tv", "media", "radio", "broadcaster", "news"})
_LOCAL_BODIES = frozenset({"municipal", "municipality", "mayor", "village", "township"})
_LOCAL_PLACES = frozenset({"city", "town", "village", "district", "local", "municipal"})
_LABEL_NOISE = frozenset({"the", "a", "an", "s", "its", "their", "his", "her", "of"})
_ANSWERS_TO_LAW = frozenset({
    "court", "courts", "judge", "judges", "tribunal", "prosecutor", "prosecutors",
    "prosecution", "coroner", "ombudsman", "watchdog", "inspectorate", "auditor", "independent",
})  # fmt: skip
"""Words naming a state body that answers to the law, not to the government: a court, a
prosecutor, an ombudsman, a body whose name says it is independent."""


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who speaks in a claim, as independence compares it."""

    label: str
    """The resolved source, or the outlet for the article's own voice."""
    key: str
    voice: str
    state: str
    """The stem of the country a state voice speaks for, or ""."""
    words: frozenset[str]
    """The key's words, without its kind and country: nested keys name one body."""
    named: frozenset[str]
    """The words of the label, without articles and possessives."""


def source_label(claim: Claim, article: Article | None = None) -> str:
    """Who speaks: the resolved source, or the outlet for the article's own voice."""
    label = claim.source_resolved.strip() or claim.source.strip()
    if not label and article is not None:
        label = article.outlet.strip()
    if not label and not claim.attributed:
        label = f"article {claim.article_id}"
    return label


def _key_country(key: str) -> str:
    """The country stem of a state body's key (``body:kestr:army`` -> kestr), or ""."""
    if not key.startswith(BODY_KEY):
        return ""
    parts = key[len(BODY_KEY) :].split(":")
    return parts[0] if len(parts) == 2 else ""


def _key_words(key: str) -> frozenset[str]:
    return frozenset(key.rsplit(":", 1)[-1].split())


def state_media(tokens: list[str]) -> bool:
    """Whether a source's words name a state's own outlet ("the state news agency SANA",
    "state TV")."""
    for word, after in pairwise(tokens):
        if word in ("state", "official") and after in _STATE_OUTLETS:
            return True
        if word == "state" and after in ("run", "owned", "controlled"):
            return True
    return False


def local_authority(tokens: list[str]) -> bool:
    """Whether a source's words name a local body (a mayor, a municipal or village council)."""
    if _LOCAL_BODIES.intersection(tokens):
        return True
    return any(
        w == "council" and i and tokens[i - 1] in _LOCAL_PLACES for i, w in enumerate(tokens)
    )


def answers_to_law(tokens: list[str]) -> bool:
    """Whether a source's words name a court, a prosecutor, an ombudsman or an independent
    body."""
    return bool(_ANSWERS_TO_LAW.intersection(tokens))


def own_state(claim: Claim, tokens: list[str]) -> str | None:
    """For a state voice, the country stem its name or keys give ("" when they give none);
    None for any other source. ``tokens`` are the words of the source's label.

    A country the name itself gives ("The United States", "officials (Washington)")
    comes first: a key's country is the one its article is about, which a foreign
    government named in it is not.
    """
    if not claim.attributed or local_authority(tokens) or answers_to_law(tokens):
        return None
    if claim.source_type not in _STATE_TYPES and not state_media(tokens):
        return None
    named = countries_in(tokens)
    if named:
        return stem(named[-1])
    extraction = claim.extraction
    for key in (extraction.source_voice, extraction.source_key):
        country = _key_country(key)
        if country:
            return country
    return ""


class Speakers:
    """The speakers of a case's claims, each worked out once.

    ``claims`` are those whose articles' state voices tell which country an
    article's unnamed officials speak for; a claim asked for later with an
    article not among them gets no such country.
    """

    def __init__(
        self, claims: Iterable[Claim], articles: Mapping[int, Article] | None = None
    ) -> None:
        self._articles = articles or {}
        self._found: dict[int, Speaker] = {}
        self._own: dict[int, str | None] = {}
        tally: dict[int, Counter[str]] = {}
        entities: dict[str, set[int]] = {}
        for claim in claims:
            if claim.source_id is not None and claim.extraction.source_key:
                entities.setdefault(claim.extraction.source_key, set()).add(claim.source_id)
            # a state voice is attributed, so its label never needs the article's outlet
            country = self._own[claim.id] = own_state(claim, words(source_label(claim)))
            if country:
                tally.setdefault(claim.article_id, Counter())[country] += 1
        self._article_state = {
            article: min(counts, key=lambda c: (-counts[c], c)) for article, counts in tally.items()
        }
        self._entity_of_key = {
            key: next(iter(ids)) for key, ids in entities.items() if len(ids) == 1
        }

    def voice_entity(self, claim: Claim) -> int | None:
        """The source entity a claim speaks for: the entity of the body its source speaks
        for ("MSF's field coordinator" speaks for the entity "MSF" joined with "Medecins
        Sans Frontieres"), else its own."""
        voice = claim.extraction.source_voice
        return self._entity_of_key.get(voice) if voice else claim.source_id

    def __call__(self, claim: Claim) -> Speaker:
        found = self._found.get(claim.id)
        if found is None:
            found = self._found[claim.id] = self._speaker(claim)
        return found

    def _speaker(self, claim: Claim) -> Speaker:
        label = source_label(claim, self._articles.get(claim.article_id))
        extraction = claim.extraction
        key = extraction.source_key or fallback_key(
            label, claim.source_type, claim.anonymous, claim.attributed
        )
        tokens = words(label)
        own = self._own[claim.id] if claim.id in self._own else own_state(claim, tokens)
        state = "" if own is None else own or self._article_state.get(claim.article_id, "")
        named = frozenset(tokens) - _LABEL_NOISE
        return Speaker(label, key, extraction.source_voice, state, _key_words(key), named)


def one_source(a: Claim, b: Claim, speakers: Speakers) -> str:
    """Why two claims' sources are one, or "" when they are independent."""
    sa, sb = speakers(a), speakers(b)
    if a.source_id is not None and a.source_id == b.source_id:
        return f"same source: {sa.label or sb.label}"
    if (sa.key and sa.key == sb.key and not sa.key.startswith(ANON_KEY)) or _one_body(sa, sb):
        return f"same source repeated: {sa.label or sb.label}"
    va, vb = _voice(sa), _voice(sb)
    ea, eb = speakers.voice_entity(a), speakers.voice_entity(b)
    if _same_voice(va, vb) or (ea is not None and ea == eb):
        return f"one voice: {sa.label} and {sb.label}"
    if sa.state and sa.state == sb.state:
        return f"same state's voice: {sa.label} and {sb.label} ({sa.state})"
    if _copied(a, b, sa, sb):
        return f"same source repeated: {sa.label or sb.label}"
    return ""


def _one_body(sa: Speaker, sb: Speaker) -> bool:
    """Whether two speakers are one named in full and in part: "the Interior Ministry" and
    "Syria's Interior Ministry", "a geotechnical engineer" and "Geotechnical engineer Ruta
    Maelis" (the shorter name of at least two words, inside the other, of no other country)."""
    if _other_countries(sa, sb):
        return False
    bodies = sa.key.startswith(BODY_KEY) and sb.key.startswith(BODY_KEY)
    if bodies and _inside(sa.words, sb.words) and min(len(sa.words), len(sb.words)) >= 2:
        return True
    return min(len(sa.named), len(sb.named)) >= 2 and _inside(sa.named, sb.named)


def _nested(sa: Speaker, sb: Speaker) -> bool:
    """Whether one speaker's key words are inside the other's, of no other country."""
    return not _other_countries(sa, sb) and _inside(sa.words, sb.words)


def _other_countries(sa: Speaker, sb: Speaker) -> bool:
    ca, cb = _key_country(sa.key), _key_country(sb.key)
    return bool(ca and cb and ca != cb)


def _inside(one: frozenset[str], other: frozenset[str]) -> bool:
    """Whether one of two non-empty word sets holds the other."""
    return bool(one and other) and (one <= other or other <= one)


def _same_voice(va: str, vb: str) -> bool:
    """Whether two voices are one body's: the same key, or the same body with its country
    named in one article only ("the interior ministry" of a live blog with no dateline, the
    interior minister's "body:valdo:interior ministry" of a wire with one)."""
    if not va or not vb:
        return False
    if va == vb:
        return True
    ca, cb = _key_country(va), _key_country(vb)
    return bool(ca) != bool(cb) and _described(va) == _described(vb)


def _described(key: str) -> str:
    """A body key's words without its country (``body:valdo:interior ministry`` ->
    ``interior ministry``)."""
    return key[len(BODY_KEY) :].split(":")[-1] if key.startswith(BODY_KEY) else ""


def _voice(speaker: Speaker) -> str:
    """The body a source speaks for; a body's own claims speak with its voice."""
    if speaker.voice:
        return speaker.voice
    return speaker.key if speaker.key.startswith(BODY_KEY) else ""


def _copied(a: Claim, b: Claim, sa: Speaker, sb: Speaker) -> bool:
    """Near-verbatim content from two speakers of one type, one unnamed or part of the other."""
    if a.source_type != b.source_type or not (a.attributed and b.attributed):
        return False
    if not (_nested(sa, sb) or a.anonymous or b.anonymous):
        return False
    return fuzz.ratio(a.content, b.content, processor=default_process) >= NEAR_VERBATIM


def independence(a: Claim, b: Claim, speakers: Speakers) -> tuple[bool, str]:
    """Whether two claims' sources are independent, and the reason text saying so."""
    same = one_source(a, b, speakers)
    if same:
        return False, same
    ta, tb = str(a.source_type), str(b.source_type)
    if ta != tb:
        return True, f"independent sources: {ta} vs {tb}"
    return True, f"independent sources: {speakers(a).label} vs {speakers(b).label}"
