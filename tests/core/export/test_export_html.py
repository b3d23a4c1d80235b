"""The HTML report: content an editor needs, self-contained, and nothing unescaped."""

from __future__ import annotations

import re

import pytest
from export_case import HOSTILE_OPTIONS, OPTIONS, PAYLOAD
from html_probe import Probe

from workbench.core.domain import CaseSnapshot
from workbench.core.export import filter_snapshot, render_html

ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "main", "section", "footer",
    "div", "span", "h1", "h2", "h3", "h4", "p", "table", "thead", "tbody", "tr", "th", "td",
    "a", "ul", "li", "dl", "dt", "dd", "blockquote", "mark", "b", "i", "strong", "cite",
    "article", "br",
}  # fmt: skip
SAFE_STYLE = re.compile(r"^[a-z\-]+:[#a-z0-9\s,.%()\-\"]+(;[a-z\-]+:[#a-z0-9\s,.%()\-\"]+)*;?$")


@pytest.fixture(params=[False, True], ids=["browser", "qt"])
def for_qt(request: pytest.FixtureRequest) -> bool:
    return bool(request.param)


def test_report_shows_each_claim_with_its_context(snapshot: CaseSnapshot, for_qt: bool) -> None:
    probe = Probe(render_html(snapshot, OPTIONS, for_qt=for_qt))
    text = probe.joined_text()
    for claim in snapshot.claims:
        assert claim.content in text
        assert claim.source_resolved in text
    # The content sits in its sentence, with the words around it.
    assert "the regional health ministry said on Saturday." in text
    assert "Matches the hospital records we obtained." in text
    assert "https://hospital.example/records" in probe.attributes("href")
    assert "https://ledger.example/floods" in probe.attributes("href")


def test_each_claim_has_an_anchor_for_claimreview_urls(snapshot: CaseSnapshot) -> None:
    probe = Probe(render_html(snapshot, OPTIONS))
    for claim in snapshot.claims:
        assert probe.by_id(f"claim-{claim.id}") is not None


def test_highlight_wraps_exactly_the_content(snapshot: CaseSnapshot) -> None:
    html = render_html(snapshot, OPTIONS)
    marked = re.findall(r"<mark>(.*?)</mark>", html, flags=re.S)
    assert marked[0] == snapshot.claims[0].content
    assert len(marked) == len(snapshot.claims)


def test_summary_counts_claims_by_status_and_source_type(snapshot: CaseSnapshot) -> None:
    text = re.sub(r"\s+", " ", Probe(render_html(snapshot, OPTIONS)).joined_text())
    assert "9 claims from 3 articles" in text
    assert re.search(r"Government\s*3", text)  # three government claims in the fixture
    assert re.search(r"Unverified\s*2", text)
    assert re.search(r"NGO\s*2", text)


def test_who_said_what_sets_figures_side_by_side(snapshot: CaseSnapshot) -> None:
    html = render_html(snapshot, OPTIONS)
    facts = html[html.index("Who said what") : html.index('<section class="claims">')]
    text = re.sub(r"\s+", " ", Probe(facts).joined_text())
    assert "killed ⚠ sources differ" in text
    assert "homes destroyed ✓ agree" in text
    for figure in ("42 people", "at least 60 people", "58", "300 homes"):
        assert figure in text


def test_rejected_links_are_not_reported(snapshot: CaseSnapshot) -> None:
    html = render_html(snapshot, OPTIONS)
    entry = html[html.index('id="claim-3"') : html.index('id="claim-4"')]
    assert "Corroborated by" not in entry  # link 6 (3-9) was rejected


def test_partner_outside_the_filter_is_shown_but_not_listed(snapshot: CaseSnapshot) -> None:
    narrowed = filter_snapshot(snapshot, article_ids=[3])
    probe = Probe(render_html(narrowed, OPTIONS))
    assert probe.by_id("claim-1") is None  # not a claim of this report...
    assert "Regional health ministry" in probe.joined_text()  # ...but named as a partner


def test_report_is_self_contained(snapshot: CaseSnapshot, for_qt: bool) -> None:
    probe = Probe(render_html(snapshot, OPTIONS, for_qt=for_qt))
    assert not [tag for tag, _ in probe.tags if tag in {"script", "link", "img", "iframe"}]
    assert "@import" not in "".join(probe.text)
    assert not [src for src in probe.attributes("src")]


def test_hostile_content_never_becomes_markup(hostile: CaseSnapshot, for_qt: bool) -> None:
    html = render_html(hostile, HOSTILE_OPTIONS, for_qt=for_qt)
    probe = Probe(html)
    assert {tag for tag, _ in probe.tags} <= ALLOWED_TAGS
    for _, attrs in probe.tags:
        assert not [name for name in attrs if name.startswith("on")]
    for href in probe.attributes("href"):
        assert href.startswith(("#", "https://")), href
    for style in probe.attributes("style") + probe.attributes("bgcolor"):
        assert "url(" not in style and "evil" not in style
    for style in probe.attributes("style"):
        assert SAFE_STYLE.match(style.replace("; ", ";").strip()), style
    # The attack is shown as text, in every place it was put.
    assert probe.joined_text().count(PAYLOAD) >= 9 * 4


def test_mention_is_shown_only_when_it_says_more_than_the_name(snapshot: CaseSnapshot) -> None:
    html = render_html(snapshot, OPTIONS)
    ministry = html[html.index('id="claim-4"') : html.index('id="claim-5"')]
    relief = html[html.index('id="claim-6"') : html.index('id="claim-7"')]
    assert "Named as" in ministry and "The ministry" in ministry
    assert "Named as" not in relief  # "The Red Relief Society" adds nothing to the name


def test_html_has_who_said_what_by_source(snapshot: CaseSnapshot) -> None:
    html = render_html(snapshot, OPTIONS)
    section = html[
        html.index('<section class="sources">') : html.index(
            "</section>", html.index('<section class="sources">')
        )
    ]
    assert "Who said what, by source" in section and 'href="#claim-4"' in section
