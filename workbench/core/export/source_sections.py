"""The report's "who said what, by source": each source with the claims it made.

A fact-checker's second question about a source is "what else has it said?".
Claims are grouped by their source entity (one per referent across the
case: "Interior Minister Tomas Rellik" and "Rellik" together), most quoted
first; claims of a case without sources are grouped by their resolved name.
The article's own voice is left out: it is no one's statement.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from workbench.core.domain import SourceSummary
from workbench.core.export.labels import source_type_label
from workbench.core.export.vocabulary import Badge

if TYPE_CHECKING:
    from workbench.core.export.report_model import ClaimEntry


@dataclass(frozen=True, slots=True)
class SourceClaim:
    """One claim in a source's section, pointing at its entry in the report."""

    number: int
    anchor: str
    content: str
    outlet: str
    date: str
    stance: str
    badge: Badge


@dataclass(frozen=True, slots=True)
class SourceSection:
    """A source and what it said in the report's claims."""

    name: str
    source_type: str
    anonymous: bool
    articles: int
    claims: tuple[SourceClaim, ...]


def source_sections(
    entries: Sequence[ClaimEntry], sources: Mapping[int, SourceSummary]
) -> tuple[SourceSection, ...]:
    """The report's claims grouped by source, most claims first, then by name."""
    groups: dict[object, list[ClaimEntry]] = {}
    for entry in entries:
        claim = entry.claim
        if not claim.attributed:
            continue
        key: object = claim.source_id if claim.source_id is not None else claim.source_resolved
        groups.setdefault(key, []).append(entry)
    sections = []
    for key, members in groups.items():
        first = members[0].claim
        source = sources.get(key) if isinstance(key, int) else None
        sections.append(
            SourceSection(
                name=source.name if source is not None else first.source_resolved or first.source,
                source_type=source_type_label(str(source.type if source else first.source_type)),
                anonymous=source.anonymous if source is not None else first.anonymous,
                articles=len({entry.claim.article_id for entry in members}),
                claims=tuple(
                    SourceClaim(
                        number=entry.number,
                        anchor=entry.anchor,
                        content=entry.claim.content,
                        outlet=entry.article.outlet if entry.article else "",
                        date=entry.article.date if entry.article else "",
                        stance=entry.stance,
                        badge=entry.badge,
                    )
                    for entry in members
                ),
            )
        )
    sections.sort(key=lambda s: (-len(s.claims), s.name.casefold()))
    return tuple(sections)
