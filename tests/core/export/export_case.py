"""A small fictional case for the exporter tests: three articles about one flood.

Offsets are computed from the texts, so every span slices to its string as
the store guarantees. ``hostile_snapshot`` puts attack strings in every
field a person or an article can fill.
"""

from __future__ import annotations

from dataclasses import replace

from workbench.core.config import DEFAULT_STATUSES
from workbench.core.domain import (
    Article,
    CaseSnapshot,
    Claim,
    Evidence,
    Extraction,
    Link,
    Quantity,
    QuoteKind,
    Relation,
    SourceType,
    Stance,
    SupportCounts,
)
from workbench.core.export import ExportOptions

LEDGER = (
    "Floods in Marlow\n"
    "Flooding in the river town of Marlow killed 42 people, the regional health ministry "
    "said on Saturday. A local aid group said at least 60 people had died and 300 homes were "
    'destroyed. "We have not seen water like this in fifty years," said Anna Petrov, a '
    "resident. The ministry denied that the dam had been opened without warning."
)
COURIER = (
    "Rescue workers said 42 people were killed in the floods. The Red Relief Society said 300 "
    "homes were destroyed across the valley. Opposition leader Mark Hale accused the "
    "government of ignoring warnings about the dam. U.S. officials said they would send help."
)
RADIO = (
    "An official who asked not to be named said the death toll had risen to 58. "
    "Dr. Lena Ward, a hydrologist, said the dam release doubled the height of the flood."
)

OPTIONS = ExportOptions(
    base_url="https://factcheck.example/marlow",
    organisation="Valley Fact Desk",
    organisation_url="https://factcheck.example",
    title="Marlow floods: what the sources said",
    generated_at="2024-03-05T09:00:00Z",
)

PAYLOAD = "<script>alert(1)</script>\" onmouseover=\"alert(2)' onfocus='alert(3)"
"""Breaks out of text, double- and single-quoted attributes if anything is unescaped."""


def span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def _cue_span(
    text: str, cue: str, source_start: int, source_end: int, fallback: int
) -> tuple[int, int]:
    """The cue nearest the source: after it ("X said"), else before it ("said X")."""
    if not cue:
        return fallback, fallback
    after = text.find(cue, source_end)
    before = text.rfind(cue, 0, source_start)
    start = after if after != -1 and (before == -1 or after - source_end < 40) else before
    return start, start + len(cue)


def number(text: str, part: str, value: float, what: str, qualifier: str = "") -> Quantity:
    start, end = span(text, part)
    return Quantity(value, part, what, start, end, qualifier)


def claim(
    claim_id: int,
    article: Article,
    *,
    source: str,
    resolved: str,
    kind: SourceType,
    cue: str,
    content: str,
    status: str,
    stance: Stance = Stance.ASSERTS,
    anonymous: bool = False,
    numbers: tuple[Quantity, ...] = (),
    note: str = "",
    quote: QuoteKind = QuoteKind.INDIRECT,
) -> Claim:
    text = article.text
    content_start, content_end = span(text, content)
    source_start, source_end = span(text, source) if source else (content_start, content_start)
    cue_start, cue_end = _cue_span(text, cue, source_start, source_end, content_start)
    extraction = Extraction(
        attributed=bool(source),
        source=source,
        source_start=source_start,
        source_end=source_end,
        source_resolved=resolved,
        source_type=kind,
        anonymous=anonymous,
        cue=cue,
        cue_start=cue_start,
        cue_end=cue_end,
        content=content,
        content_start=content_start,
        content_end=content_end,
        quote=quote,
        stance=stance,
        numbers=numbers,
    )
    return Claim(
        claim_id,
        article.id,
        extraction,
        status,
        note,
        created_at="2024-03-04T10:00:00",
        updated_at="2024-03-04T12:00:00",
    )


def build_snapshot() -> CaseSnapshot:
    """Three articles, nine claims, corroborations and conflicts, one rejected link."""
    ledger = Article(
        1, "Floods in Marlow", "Daily Ledger", "2024-03-02", "https://ledger.example/floods",
        "/cases/ledger.txt", "txt", "h1", LEDGER, "2024-03-04T09:00:00",
    )  # fmt: skip
    courier = Article(
        2, "Valley counts the cost", "Evening Courier", "2024-03-03",
        "https://courier.example/valley", "/cases/courier.html", "html", "h2", COURIER,
        "2024-03-04T09:00:01",
    )  # fmt: skip
    radio = Article(
        3, "", "Coast Radio", "2024-03-04", "", "/cases/radio.txt", "txt", "h3", RADIO,
        "2024-03-04T09:00:02",
    )  # fmt: skip
    ministry_toll = "Flooding in the river town of Marlow killed 42 people"
    aid = "at least 60 people had died and 300 homes were destroyed"
    claims = (
        claim(1, ledger, source="the regional health ministry", resolved="Regional health ministry",
              kind=SourceType.GOVERNMENT, cue="said", content=ministry_toll, status="verified",
              numbers=(number(LEDGER, "42 people", 42, "killed"),),
              note="Matches the hospital records we obtained."),
        claim(2, ledger, source="A local aid group", resolved="A local aid group",
              kind=SourceType.NGO, cue="said", content=aid, status="disputed", anonymous=True,
              numbers=(number(LEDGER, "at least 60 people", 60, "killed", "at least"),
                       number(LEDGER, "300 homes", 300, "homes destroyed"))),
        claim(3, ledger, source="Anna Petrov", resolved="Anna Petrov", kind=SourceType.WITNESS,
              cue="said", content="We have not seen water like this in fifty years",
              status="unverified", quote=QuoteKind.DIRECT),
        claim(4, ledger, source="The ministry", resolved="Regional health ministry",
              kind=SourceType.GOVERNMENT, cue="denied",
              content="the dam had been opened without warning", status="false",
              stance=Stance.DENIES),
        claim(5, courier, source="Rescue workers", resolved="Rescue workers",
              kind=SourceType.OTHER, cue="said", content="42 people were killed in the floods",
              status="in_progress", numbers=(number(COURIER, "42 people", 42, "killed"),)),
        claim(6, courier, source="The Red Relief Society", resolved="Red Relief Society",
              kind=SourceType.NGO, cue="said",
              content="300 homes were destroyed across the valley", status="verified",
              numbers=(number(COURIER, "300 homes", 300, "homes destroyed"),)),
        claim(7, courier, source="Opposition leader Mark Hale", resolved="Mark Hale",
              kind=SourceType.POLITICIAN, cue="accused",
              content="the government of ignoring warnings about the dam", status="misleading",
              stance=Stance.ACCUSES),
        claim(8, radio, source="An official who asked not to be named",
              resolved="An unnamed official", kind=SourceType.GOVERNMENT, cue="said",
              content="the death toll had risen to 58", status="unproven", anonymous=True,
              numbers=(number(RADIO, "58", 58, "killed"),)),
        claim(9, radio, source="Dr. Lena Ward", resolved="Lena Ward", kind=SourceType.EXPERT,
              cue="said", content="the dam release doubled the height of the flood",
              status="unverified"),
    )  # fmt: skip
    links = (
        Link(1, 1, 5, Relation.CORROBORATES, 91.0,
             ("same quantity: 42 killed", "independent sources: government vs other"), True),
        Link(2, 1, 2, Relation.CONFLICTS, 78.5, ("different quantity: 42 vs 60 killed",), False),
        Link(3, 2, 6, Relation.CORROBORATES, 84.0, ("same quantity: 300 homes destroyed",), True,
             confirmed=True),
        Link(4, 4, 7, Relation.CONFLICTS, 66.0, ("accusation vs denial",), True),
        Link(5, 1, 8, Relation.CONFLICTS, 72.0, ("different quantity: 42 vs 58 killed",), True),
        Link(6, 3, 9, Relation.CORROBORATES, 61.0, ("same topic: dam",), True, confirmed=False),
    )  # fmt: skip
    evidence = {
        1: (
            Evidence(1, 1, "https://hospital.example/records", "Hospital admission records"),
            Evidence(2, 1, "https://gov.example/statement"),
        ),
        6: (Evidence(3, 6, "https://redrelief.example/report", "Damage survey"),),
    }
    support = {1: SupportCounts(1, 1), 2: SupportCounts(1, 1), 6: SupportCounts(1, 0)}
    return CaseSnapshot(
        articles=(ledger, courier, radio),
        claims=claims,
        links=links,
        statuses=DEFAULT_STATUSES,
        evidence=evidence,
        support=support,
    )


def hostile_snapshot() -> CaseSnapshot:
    """The case with an attack string in every text a person or an article supplies."""
    base = build_snapshot()
    articles = []
    for article in base.articles:
        text = article.text + " " + PAYLOAD + " said " + PAYLOAD + "."
        articles.append(
            replace(article, title=PAYLOAD, outlet=PAYLOAD, date=PAYLOAD, text=text,
                    url="javascript:alert(4)", path=PAYLOAD)
        )  # fmt: skip
    by_id = {article.id: article for article in articles}
    claims = []
    for item in base.claims:
        text = by_id[item.article_id].text
        start = text.rindex(PAYLOAD)
        end = start + len(PAYLOAD)
        source_start = text.index(PAYLOAD, len(text) - 2 * len(PAYLOAD) - 10)
        numbers = tuple(
            replace(n, text=PAYLOAD, what=PAYLOAD, qualifier=PAYLOAD) for n in item.numbers
        )
        extraction = replace(
            item.extraction, source=PAYLOAD, source_start=source_start,
            source_end=source_start + len(PAYLOAD), source_resolved=PAYLOAD, cue=PAYLOAD,
            content=PAYLOAD, content_start=start, content_end=end, numbers=numbers,
        )  # fmt: skip
        claims.append(replace(item, extraction=extraction, note=PAYLOAD))
    links = tuple(replace(link, reasons=(PAYLOAD,)) for link in base.links)
    evidence = {
        claim_id: tuple(replace(e, url="javascript:alert(5)", comment=PAYLOAD) for e in items)
        for claim_id, items in base.evidence.items()
    }
    statuses = tuple(
        replace(s, label=PAYLOAD, rating=PAYLOAD, color="red;background:url(https://evil.example)")
        for s in base.statuses
    )
    return replace(
        base, articles=tuple(articles), claims=tuple(claims), links=links,
        statuses=statuses, evidence=evidence,
    )  # fmt: skip


HOSTILE_OPTIONS = ExportOptions(
    base_url="https://factcheck.example/" + PAYLOAD,
    organisation=PAYLOAD,
    organisation_url="javascript:alert(6)",
    title=PAYLOAD,
    generated_at="2024-03-05T09:00:00Z",
)
