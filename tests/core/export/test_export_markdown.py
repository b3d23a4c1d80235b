"""The Markdown report: same content as the HTML one, and inert when pasted."""

from __future__ import annotations

import re

from export_case import HOSTILE_OPTIONS, OPTIONS

from workbench.core.domain import CaseSnapshot
from workbench.core.export import render_markdown


def test_markdown_lists_every_claim_with_status_and_link(snapshot: CaseSnapshot) -> None:
    text = render_markdown(snapshot, OPTIONS)
    assert text.startswith("# Marlow floods: what the sources said\n")
    assert len(re.findall(r"^### \d+\. ", text, flags=re.M)) == len(snapshot.claims)
    assert "**Flooding in the river town of Marlow killed 42 people**, the regional" in text
    assert "[Floods in Marlow](<https://ledger.example/floods>)" in text
    assert "### 1. Regional health ministry (Government): Verified" in text


def test_who_said_what_table_has_one_row_per_source(snapshot: CaseSnapshot) -> None:
    text = render_markdown(snapshot, OPTIONS)
    table = text[text.index("### Fact 1") : text.index("### Fact 2")]
    rows = [line for line in table.splitlines() if line.startswith("| ") and "---" not in line]
    assert len(rows) == 1 + 5  # header and the five claims linked about the toll and homes
    assert all(row.count(" | ") == rows[0].count(" | ") for row in rows)  # no cell broke out
    assert "killed (sources differ)" in rows[0]


def test_hostile_text_is_escaped(hostile: CaseSnapshot) -> None:
    text = render_markdown(hostile, HOSTILE_OPTIONS)
    assert "<script>" not in text
    assert not re.search(r"\]\(<?javascript", text)  # unsafe urls are shown, never linked
    assert "\\<script\\>alert(1)\\</script\\>" in text


def test_markdown_syntax_in_a_note_stays_literal(snapshot: CaseSnapshot) -> None:
    from dataclasses import replace

    first = replace(snapshot.claims[0], note="*not bold* | [x](http://a) # not a heading")
    text = render_markdown(replace(snapshot, claims=(first, *snapshot.claims[1:])), OPTIONS)
    assert "\\*not bold\\* \\| \\[x\\](http://a) \\# not a heading" in text


def test_who_said_what_by_source_groups_each_sources_claims(snapshot: CaseSnapshot) -> None:
    text = render_markdown(snapshot, OPTIONS)
    part = text[text.index("## Who said what, by source") : text.index("## Claims")]
    ministry = part[part.index("### Regional health ministry (Government)") :]
    ministry = ministry[: ministry.index("\n### ", 1)]
    assert "2 claims in 1 article" in ministry
    assert "[1](#claim-1)" in ministry and "[4](#claim-4)" in ministry
    assert part.index("Regional health ministry") < part.index("Mark Hale")  # most quoted first


def test_by_source_follows_the_source_entities(snapshot: CaseSnapshot) -> None:
    from dataclasses import replace

    from workbench.core.domain import SourceSummary, SourceType

    # "Rescue workers" and "Red Relief Society" are one source in this case
    claims = tuple(replace(c, source_id=7) if c.id in (5, 6) else c for c in snapshot.claims)
    relief = SourceSummary(7, "Red Relief Society", SourceType.NGO, False, 2, 1)
    text = render_markdown(replace(snapshot, claims=claims, sources={7: relief}), OPTIONS)
    part = text[text.index("## Who said what, by source") : text.index("## Claims")]
    assert "### Red Relief Society (NGO)\n\n2 claims in 1 article" in part
    assert "### Rescue workers" not in part
