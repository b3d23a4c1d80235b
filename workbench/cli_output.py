"""How the command line prints: aligned tables, JSON lines, CSV."""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Iterable, Sequence
from typing import Any

from workbench.core.domain import Article, Claim, Link


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]], wrap_last: bool = True) -> str:
    """A plain aligned table; the last column is cut to the terminal width."""
    cells = [[_cell(v) for v in row] for row in rows]
    if not cells:
        return ""
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    if wrap_last:
        room = (
            shutil.get_terminal_size((120, 20)).columns - sum(widths[:-1]) - 2 * (len(widths) - 1)
        )
        widths[-1] = max(20, min(widths[-1], room))
    lines = ["  ".join(h.upper().ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    for row in cells:
        parts = [
            v.ljust(w) if i < len(row) - 1 else _cut(v, w)
            for i, (v, w) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(parts).rstrip())
    return "\n".join(lines)


def jsonl(objects: Iterable[dict[str, Any]]) -> str:
    return "\n".join(json.dumps(o, ensure_ascii=False) for o in objects)


def claim_csv(claims: Iterable[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer: csv.DictWriter[str] | None = None
    for claim in claims:
        row = {
            k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
            for k, v in claim.items()
        }
        if writer is None:
            writer = csv.DictWriter(buffer, fieldnames=list(row))
            writer.writeheader()
        writer.writerow(row)
    return buffer.getvalue()


def claims_table(claims: Sequence[Claim]) -> str:
    return table(
        ["id", "article", "status", "type", "source", "cue", "content"],
        (
            (
                c.id,
                c.article_id,
                c.status,
                c.source_type,
                c.source_resolved or c.source,
                c.cue,
                c.content,
            )
            for c in claims
        ),
    )


def link_object(
    link: Link, claims: dict[int, Claim], articles: dict[int, Article]
) -> dict[str, Any]:
    """The contract's link JSON, with both claims in full."""
    a, b = claims[link.a_id], claims[link.b_id]
    return {
        "id": link.id,
        "relation": str(link.relation),
        "score": link.score,
        "reasons": list(link.reasons),
        "independent": link.independent,
        "a": a.to_dict(articles.get(a.article_id)),
        "b": b.to_dict(articles.get(b.article_id)),
        "confirmed": link.confirmed,
        "update": link.update,
    }


def links_table(links: Sequence[Link], claims: dict[int, Claim]) -> str:
    """One line a link: its two claims by id and source, then the reasons, which say why.

    The reasons carry the differing values ("500 vs 100 killed"); the claims'
    text is one ``workbench claims`` away, and in full in ``--format jsonl``.
    """

    def short(claim_id: int) -> str:
        claim = claims[claim_id]
        return _cut(f"#{claim_id} {claim.source_resolved or claim.source or '(article)'}", 24)

    return table(
        ["id", "relation", "score", "indep", "decided", "a", "b", "reasons"],
        (
            (
                k.id,
                k.relation,
                f"{k.score:.0f}",
                "yes" if k.independent else "no",
                {None: "", True: "accepted", False: "rejected"}[k.confirmed],
                short(k.a_id),
                short(k.b_id),
                "; ".join(k.reasons),
            )
            for k in links
        ),
    )


def _cell(value: Any) -> str:
    return " ".join(str(value).split())


def _cut(value: str, width: int) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"
