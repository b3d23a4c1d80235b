"""The workbench's domain values: what every layer passes around.

These are frozen dataclasses and StrEnums. The store turns rows into them at
its boundary, the extractor produces :class:`Extraction` values, the matcher
produces :class:`LinkDraft` values, and the exporters and the GUI read them.
Nothing here touches a database, a model or a widget.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class SourceType(StrEnum):
    """Who is speaking, in the contract's vocabulary."""

    GOVERNMENT = "government"
    POLITICIAN = "politician"
    MILITARY_SECURITY = "military_security"
    DIPLOMAT = "diplomat"
    INTERNATIONAL_ORG = "international_org"
    NGO = "ngo"
    WITNESS = "witness"
    MEDIA = "media"
    EXPERT = "expert"
    OPPOSITION = "opposition"
    COMPANY = "company"
    OTHER = "other"


class QuoteKind(StrEnum):
    """Whether the content stands inside quotation marks."""

    DIRECT = "direct"
    INDIRECT = "indirect"


class Stance(StrEnum):
    """What the source does with the content; matching reads it for conflicts."""

    ASSERTS = "asserts"
    DENIES = "denies"
    ACCUSES = "accuses"
    CALLS_FOR = "calls_for"
    WARNS = "warns"


class Relation(StrEnum):
    """How two claims of different articles relate."""

    CORROBORATES = "corroborates"
    CONFLICTS = "conflicts"


class Origin(StrEnum):
    """Where a stored claim came from."""

    EXTRACTED = "extracted"
    MANUAL = "manual"
    IMPORTED = "imported"


@dataclass(frozen=True, slots=True)
class Quantity:
    """A quantity in a claim's content: ``500 people`` killed.

    ``start``/``end`` are offsets into the article text, like every span.
    ``qualifier`` keeps hedges such as ``more than`` or ``about`` so that
    "more than 400" is not read as conflicting with "500".
    """

    value: float
    text: str
    what: str
    start: int
    end: int
    qualifier: str = ""

    def to_dict(self) -> dict[str, Any]:
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        return {
            "value": value,
            "text": self.text,
            "what": self.what,
            "start": self.start,
            "end": self.end,
            "qualifier": self.qualifier,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quantity:
        return cls(
            value=float(data["value"]),
            text=str(data.get("text", "")),
            what=str(data.get("what", "")),
            start=int(data.get("start", 0)),
            end=int(data.get("end", 0)),
            qualifier=str(data.get("qualifier", "")),
        )


@dataclass(frozen=True, slots=True)
class Extraction:
    """One attributed claim as the extractor finds it in an article's text.

    Every ``*_start``/``*_end`` pair slices the article text to the matching
    string. For a statement in the article's own voice (``attributed`` false)
    the source and cue are empty spans placed at ``content_start`` and
    ``source_resolved`` names the outlet.
    """

    attributed: bool
    source: str
    source_start: int
    source_end: int
    source_resolved: str
    source_type: SourceType
    anonymous: bool
    cue: str
    cue_start: int
    cue_end: int
    content: str
    content_start: int
    content_end: int
    quote: QuoteKind
    stance: Stance
    numbers: tuple[Quantity, ...] = ()
    predicates: tuple[str, ...] = ()
    """What the content says is done to what, as "verb object" lemma pairs from the
    parse ("consider sanction"); claims marked or corrected by hand get theirs from
    a parse of their paragraph, claims imported as JSON have none. The matcher reads
    them; the contract does not."""
    source_key: str = ""
    """Whom the source refers to, for the whole case: ``person:tomas rellik``,
    ``body:kestr:emergency ministry``, ``anon:residents`` (see
    :mod:`workbench.core.extract.source_keys`). Read from the parse at extraction;
    the case joins claims into source entities by it."""
    source_voice: str = ""
    """The key of the body the source speaks for (a minister's ministry), or ""."""

    def to_dict(self) -> dict[str, Any]:
        """The contract's claim object, without the database fields."""
        data = {name: getattr(self, name) for name in EXTRACTION_FIELDS}
        data["source_type"] = str(self.source_type)
        data["quote"] = str(self.quote)
        data["stance"] = str(self.stance)
        data["numbers"] = [number.to_dict() for number in self.numbers]
        return data

    @classmethod
    def own_voice(
        cls,
        content: str,
        start: int,
        outlet: str,
        numbers: tuple[Quantity, ...] = (),
        outlet_type: SourceType = SourceType.MEDIA,
    ) -> Extraction:
        """A statement in the article's own voice: empty source and cue spans at ``start``;
        ``outlet_type`` is what the outlet is (a ministry for its own statement)."""
        return cls(
            attributed=False,
            source="",
            source_start=start,
            source_end=start,
            source_resolved=outlet or "the article",
            source_type=outlet_type,
            anonymous=False,
            cue="",
            cue_start=start,
            cue_end=start,
            content=content,
            content_start=start,
            content_end=start + len(content),
            quote=QuoteKind.INDIRECT,
            stance=Stance.ASSERTS,
            numbers=numbers,
        )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Extraction:
        """Read a contract claim object; missing fields get neutral defaults."""
        content = str(data.get("content", ""))
        content_start = _int(data, "content_start", 0)
        source = str(data.get("source") or "")
        return cls(
            attributed=bool(data.get("attributed", bool(source))),
            source=source,
            source_start=_int(data, "source_start", content_start),
            source_end=_int(data, "source_end", content_start),
            source_resolved=str(data.get("source_resolved") or source),
            source_type=_enum(SourceType, data.get("source_type"), SourceType.OTHER),
            anonymous=bool(data.get("anonymous", False)),
            cue=str(data.get("cue") or ""),
            cue_start=_int(data, "cue_start", content_start),
            cue_end=_int(data, "cue_end", content_start),
            content=content,
            content_start=content_start,
            content_end=_int(data, "content_end", content_start + len(content)),
            quote=_enum(QuoteKind, data.get("quote"), QuoteKind.INDIRECT),
            stance=_enum(Stance, data.get("stance"), Stance.ASSERTS),
            numbers=tuple(Quantity.from_dict(n) for n in data.get("numbers") or ()),
            source_key=str(data.get("source_key") or ""),
            source_voice=str(data.get("source_voice") or ""),
        )


EXTRACTION_FIELDS: tuple[str, ...] = (
    "attributed",
    "source",
    "source_start",
    "source_end",
    "source_resolved",
    "source_type",
    "anonymous",
    "cue",
    "cue_start",
    "cue_end",
    "content",
    "content_start",
    "content_end",
    "quote",
    "stance",
    "numbers",
)


@dataclass(frozen=True, slots=True)
class NewArticle:
    """An article read from a file or pasted, before it is stored."""

    text: str
    title: str = ""
    outlet: str = ""
    date: str = ""
    url: str = ""
    path: str = ""
    format: str = "txt"
    fetched_at: str = ""
    """When a web page was fetched (ISO time); empty for files."""
    raw: bytes = b""
    """A web page as fetched, kept beside the text read from it."""
    raw_type: str = ""
    """The fetched page's content type."""
    place: str = ""
    language: str = ""
    """The text's language (ISO 639-1) when it is not English; claims are read in English only."""


@dataclass(frozen=True, slots=True)
class Article:
    """A stored article. ``text`` is what every claim offset indexes."""

    id: int
    title: str
    outlet: str
    date: str
    url: str
    path: str
    format: str
    content_hash: str
    text: str
    imported_at: str
    fetched_at: str = ""
    place: str = ""
    """Where the story is told from, as its dateline says ("GAZIPUR, Bangladesh")."""
    language: str = ""
    """ISO 639-1 code of a text that is not in English ("fr"); empty for English."""

    def ref(self) -> dict[str, Any]:
        """The contract's short ``article`` object carried by each claim."""
        return {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "date": self.date,
            "url": self.url,
            "path": self.path,
        }


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """An article as the article list shows it: no text, with review progress."""

    id: int
    title: str
    outlet: str
    date: str
    path: str
    claims: int
    reviewed: int
    language: str = ""


@dataclass(frozen=True, slots=True)
class Claim:
    """A stored claim: an :class:`Extraction` with its id, article and review state."""

    id: int
    article_id: int
    extraction: Extraction
    status: str
    note: str = ""
    origin: Origin = Origin.EXTRACTED
    created_at: str = ""
    updated_at: str = ""
    source_id: int | None = None
    """The source entity: one per referent across the case (None until the case links it)."""
    source_type_override: bool = False
    """Whether a person set this claim's source type on its own; retyping its source
    leaves such a claim as it is."""

    # Flat read access, so callers write ``claim.content`` not ``claim.extraction.content``.
    @property
    def content(self) -> str:
        return self.extraction.content

    @property
    def source(self) -> str:
        return self.extraction.source

    @property
    def source_resolved(self) -> str:
        return self.extraction.source_resolved

    @property
    def source_type(self) -> SourceType:
        return self.extraction.source_type

    @property
    def cue(self) -> str:
        return self.extraction.cue

    @property
    def stance(self) -> Stance:
        return self.extraction.stance

    @property
    def numbers(self) -> tuple[Quantity, ...]:
        return self.extraction.numbers

    @property
    def attributed(self) -> bool:
        return self.extraction.attributed

    @property
    def anonymous(self) -> bool:
        return self.extraction.anonymous

    def to_dict(self, article: Article | None = None) -> dict[str, Any]:
        """The contract's claim object; ``article`` adds the nested article."""
        data: dict[str, Any] = {"id": self.id, "article_id": self.article_id}
        if article is not None:
            data["article"] = article.ref()
        data.update(self.extraction.to_dict())
        data["status"] = self.status
        data["note"] = self.note
        data["origin"] = str(self.origin)
        data["created_at"] = self.created_at
        data["updated_at"] = self.updated_at
        data["source_id"] = self.source_id
        return data


UPDATE_REASON = "update: "
"""How a link's reasons mark a later article revising an earlier figure."""


@dataclass(frozen=True, slots=True)
class Source:
    """A source entity: one referent across the case, with its claims and mentions.

    ``type_by_hand`` and ``name_by_hand`` say a person set them; extraction
    and later imports leave such values alone.
    """

    id: int
    name: str
    type: SourceType
    anonymous: bool
    article_ids: tuple[int, ...] = ()
    claim_ids: tuple[int, ...] = ()
    mentions: tuple[str, ...] = ()
    type_by_hand: bool = False
    name_by_hand: bool = False
    key: str = ""
    voice: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The contract's source object."""
        return {
            "id": self.id,
            "name": self.name,
            "type": str(self.type),
            "anonymous": self.anonymous,
            "articles": list(self.article_ids),
            "claims": list(self.claim_ids),
            "mentions": list(self.mentions),
        }


@dataclass(frozen=True, slots=True)
class SourceEdit:
    """What a correction of a source changed, so that it can be undone.

    ``claim_types`` are the claims whose type followed the source, with the
    type each had before.
    """

    source_id: int
    old_name: str
    old_type: SourceType
    old_name_by_hand: bool
    old_type_by_hand: bool
    claim_types: tuple[tuple[int, SourceType], ...] = ()


@dataclass(frozen=True, slots=True)
class SourceMerge:
    """Two sources joined: ``other``'s claims went to ``keep`` (undo puts them back)."""

    keep: int
    other: int
    claim_ids: tuple[int, ...]
    claim_types: tuple[tuple[int, SourceType], ...] = ()


@dataclass(frozen=True, slots=True)
class SourceSummary:
    """A source as the Sources panel lists it: counts, not lists."""

    id: int
    name: str
    type: SourceType
    anonymous: bool
    claims: int
    articles: int
    corroborated: int = 0
    """How many of its claims another source corroborates."""
    conflicted: int = 0
    """How many of its claims another source contradicts."""


@dataclass(frozen=True, slots=True)
class LinkDraft:
    """A relation the matcher proposes between claims ``a_id`` < ``b_id``."""

    a_id: int
    b_id: int
    relation: Relation
    score: float
    reasons: tuple[str, ...]
    independent: bool


@dataclass(frozen=True, slots=True)
class Link:
    """A stored link; ``confirmed`` is None until a person decides."""

    id: int
    a_id: int
    b_id: int
    relation: Relation
    score: float
    reasons: tuple[str, ...]
    independent: bool
    confirmed: bool | None = None
    created_at: str = ""

    def other(self, claim_id: int) -> int:
        """The claim at the other end from ``claim_id``."""
        return self.b_id if claim_id == self.a_id else self.a_id

    @property
    def update(self) -> bool:
        """A later figure revising an earlier one (a toll that rises), not two sources at odds."""
        return self.relation == Relation.CONFLICTS and any(
            r.startswith(UPDATE_REASON) for r in self.reasons
        )


@dataclass(frozen=True, slots=True)
class Status:
    """One entry of a case's verification vocabulary.

    ``value`` places the status on the rating scale used by ClaimReview
    (``rating`` is the textual rating); ``final`` marks a finished verdict.
    """

    name: str
    label: str
    color: str
    final: bool
    rating: str
    value: int
    position: int = 0


@dataclass(frozen=True, slots=True)
class Evidence:
    """A link to material that supports a verdict on a claim."""

    id: int
    claim_id: int
    url: str
    comment: str = ""
    created_at: str = ""


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One row of the append-only audit history."""

    id: int
    entity: str
    entity_id: int
    action: str
    field: str
    old: str | None
    new: str | None
    by: str
    at: str


@dataclass(frozen=True, slots=True)
class SupportCounts:
    """How many independent sources corroborate and conflict with a claim."""

    corroborating: int = 0
    conflicting: int = 0


@dataclass(frozen=True, slots=True)
class CaseSnapshot:
    """Everything a report needs about a case, read in one go."""

    articles: tuple[Article, ...]
    claims: tuple[Claim, ...]
    links: tuple[Link, ...]
    statuses: tuple[Status, ...]
    evidence: dict[int, tuple[Evidence, ...]] = field(default_factory=dict)
    support: dict[int, SupportCounts] = field(default_factory=dict)
    sources: dict[int, SourceSummary] = field(default_factory=dict)
    """The source entities of the claims, by id (reports group claims by source)."""


def _int(data: dict[str, Any], key: str, default: int) -> int:
    """An offset that may be absent; 0 is a real offset, not a missing one."""
    value = data.get(key)
    return default if value is None else int(value)


def _enum(kind: Any, value: Any, default: Any) -> Any:
    try:
        return kind(value)
    except ValueError:
        return default


def as_plain(value: Any) -> Any:
    """A dataclass as nested plain data (used by JSON writers)."""
    return asdict(value)


@dataclass(frozen=True, slots=True)
class ClaimQuery:
    """Which claims to list; empty fields do not filter."""

    statuses: tuple[str, ...] = ()
    source_types: tuple[str, ...] = ()
    article_ids: tuple[int, ...] = ()
    source_ids: tuple[int, ...] = ()
    search: str = ""
    attributed: bool | None = None
    limit: int | None = None
    offset: int = 0
    order_by: str = ""
    """One of :data:`CLAIM_ORDERS`; empty is reading order (article, then position)."""
    descending: bool = False
    open_links: bool = False
    """Only claims with a proposed link nobody has accepted or rejected yet."""


CLAIM_ORDERS = ("source", "source_type", "cue", "content", "status", "article", "marks")


ALL_CLAIMS = ClaimQuery()
