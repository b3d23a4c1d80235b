"""A person's corrections: an article's details; a claim's fields they retype (source type,
stance, anonymity, cue); a selection in the reader made a claim's source, content or cue and
read as extraction would read it; a whole new claim marked by hand; and the checks that keep
every span slicing to its words."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from workbench.core.checks import check_web_address
from workbench.core.domain import Article, Claim, Extraction, SourceType, Stance
from workbench.core.errors import InvalidInputError
from workbench.core.ingest import check_date
from workbench.core.nlp import read_marked


def article_changes(changes: dict[str, str | None]) -> dict[str, str]:
    """An article's corrected details, each checked (None leaves one as it is): a date as
    a date, a web address as one, a title never empty."""
    checked = {k: v.strip() for k, v in changes.items() if v is not None}
    if "date" in checked:
        checked["date"] = check_date(checked["date"], "date")
    if "url" in checked:
        checked["url"] = check_web_address(checked["url"], "article URL", empty_ok=True)
    if "title" in checked and not checked["title"]:
        raise InvalidInputError("title: empty; an article needs a title")
    return checked


def correction_changes(
    text: str,
    source_type: str | None,
    cue_span: tuple[int, int] | None,
    stance: str | None,
    anonymous: bool | None,
) -> dict[str, Any]:
    """The fields a correction changes (None leaves one as it is), each checked: a type or
    stance by its name, a cue span against ``text``."""
    changes: dict[str, Any] = {}
    if source_type is not None:
        changes["source_type"] = choice(SourceType, source_type, "source type")
    if stance is not None:
        changes["stance"] = choice(Stance, stance, "stance")
    if anonymous is not None:
        changes["anonymous"] = anonymous
    if cue_span is not None:
        start, end = trimmed_span(text, *cue_span, what="cue")
        changes.update(cue=text[start:end], cue_start=start, cue_end=end)
    return changes


def span_changes(text: str, claim: Claim, role: str, start: int, end: int) -> dict[str, Any]:
    """The changes that make ``start:end`` a claim's source or content.

    A new content brings its own figures and predicates; a new source its
    type and anonymity as extraction would read them, and the cue it speaks
    through when the claim has none (one parse of the paragraph for all).
    """
    x = claim.extraction
    changes: dict[str, Any] = {
        role: text[start:end],
        f"{role}_start": start,
        f"{role}_end": end,
    }
    if role == "content":
        reading = read_marked(text, (start, end))
        changes.update(numbers=reading.numbers, predicates=reading.predicates)
        return changes
    reading = read_marked(text, (x.content_start, x.content_end), (start, end))
    changes.update(attributed=True, source_resolved=text[start:end])
    found = reading.attribution
    if found is not None:
        changes.update(source_resolved=found.resolved, anonymous=found.anonymous)
        if not claim.source_type_override:
            changes["source_type"] = found.source_type
        if found.cue is not None and not x.cue:
            cue_start, cue_end = found.cue
            changes.update(cue=text[cue_start:cue_end], cue_start=cue_start, cue_end=cue_end,
                           stance=found.stance)  # fmt: skip
    return changes


def marked_extraction(article: Article, start: int, end: int) -> Extraction:
    """The claim a person marked at ``start:end``: its figures and predicates come from its
    words; when extraction finds these words attributed in their paragraph, the claim takes
    that source, cue, type and stance; otherwise it is in the article's own voice until the
    person marks its source."""
    reading = read_marked(article.text, (start, end))
    content = article.text[start:end]
    extraction = replace(
        Extraction.own_voice(content, start, article.outlet, reading.numbers),
        predicates=reading.predicates,
    )
    found = reading.attribution
    if found is not None:
        (s_start, s_end), cue = found.source, found.cue or (start, start)
        extraction = replace(
            extraction, attributed=True, source=article.text[s_start:s_end],
            source_start=s_start, source_end=s_end, source_resolved=found.resolved,
            source_type=found.source_type, anonymous=found.anonymous,
            cue=article.text[cue[0] : cue[1]], cue_start=cue[0], cue_end=cue[1],
            stance=found.stance,
        )  # fmt: skip
    return extraction


def check_spans(text: str, extraction: Extraction) -> None:
    """Refuse an extraction whose spans do not slice to their words."""
    for role in ("source", "cue", "content"):
        start = getattr(extraction, f"{role}_start")
        end = getattr(extraction, f"{role}_end")
        if not 0 <= start <= end <= len(text) or text[start:end] != getattr(extraction, role):
            raise InvalidInputError(
                f"the {role} span {start}-{end} does not match the article text"
            )


def trimmed_span(text: str, start: int, end: int, *, what: str = "selection") -> tuple[int, int]:
    """``start:end`` of ``text`` without surrounding blanks; out of range or empty is refused."""
    if not 0 <= start <= end <= len(text):
        raise InvalidInputError(
            f"{what} span {start}:{end} is outside the article's text (0:{len(text)})"
        )
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        raise InvalidInputError(f"{what} span: select some text of the article, not only blanks")
    return start, end


def choice(kind: Any, value: str, what: str) -> Any:
    """A vocabulary value from its name, or one line naming the choices."""
    names = [str(v) for v in kind]
    if value not in names:
        raise InvalidInputError(f"unknown {what} {value!r}; use one of: {', '.join(names)}")
    return kind(value)
