"""Small builders for store tests: articles and claims whose spans really slice."""

from __future__ import annotations

from workbench.core.domain import Extraction, NewArticle, Quantity, QuoteKind, SourceType, Stance

TEXT = (
    "Deraa death toll rises\n"
    "A rights group said 500 people were killed in Deraa.\n"
    "The interior ministry denied that troops fired on protesters.\n"
    "Witnesses said tanks entered the old city on Friday.\n"
)


def article(text: str = TEXT, **meta: str) -> NewArticle:
    fields = {
        "title": "Deraa death toll rises",
        "outlet": "Levant Wire",
        "date": "2011-04-29",
        "url": "https://levant.example/deraa",
        "path": "levant.txt",
    }
    fields.update(meta)
    return NewArticle(text=text, **fields)


def claim(
    text: str,
    source: str,
    cue: str,
    content: str,
    *,
    source_type: SourceType = SourceType.NGO,
    stance: Stance = Stance.ASSERTS,
    number: tuple[float, str, str] | None = None,
) -> Extraction:
    """An extraction located in ``text``: the source, then the cue after it, then the content."""
    s = text.index(source)
    c = text.index(cue, s + len(source))
    k = text.index(content, c)
    numbers: tuple[Quantity, ...] = ()
    if number is not None:
        value, words, what = number
        at = text.index(words)
        numbers = (Quantity(value, words, what, at, at + len(words), "more than"),)
    return Extraction(
        attributed=True,
        source=source,
        source_start=s,
        source_end=s + len(source),
        source_resolved=source.capitalize(),
        source_type=source_type,
        anonymous=True,
        cue=cue,
        cue_start=c,
        cue_end=c + len(cue),
        content=content,
        content_start=k,
        content_end=k + len(content),
        quote=QuoteKind.INDIRECT,
        stance=stance,
        numbers=numbers,
    )


def text_with(figure: str) -> str:
    """:data:`TEXT` with another death toll: a different article with the same shape."""
    return TEXT.replace("500", figure)


def sample_claims(figure: str = "500") -> list[Extraction]:
    """Three claims of :func:`text_with`: an NGO figure, a government denial, witnesses."""
    text = text_with(figure)
    return [
        claim(
            text,
            "A rights group",
            "said",
            f"{figure} people were killed in Deraa",
            number=(float(figure), f"{figure} people", "killed"),
        ),
        claim(
            text,
            "The interior ministry",
            "denied",
            "that troops fired on protesters",
            source_type=SourceType.GOVERNMENT,
            stance=Stance.DENIES,
        ),
        claim(
            text,
            "Witnesses",
            "said",
            "tanks entered the old city on Friday",
            source_type=SourceType.WITNESS,
        ),
    ]
