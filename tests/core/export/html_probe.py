"""An HTML parser that records what a browser would act on: tags, attributes, text."""

from __future__ import annotations

from html.parser import HTMLParser


class Probe(HTMLParser):
    """Collects every start tag with its attributes, and the decoded text."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {name: value or "" for name, value in attrs}))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def joined_text(self) -> str:
        return "".join(self.text)

    def attributes(self, name: str) -> list[str]:
        return [attrs[name] for _, attrs in self.tags if name in attrs]

    def by_id(self, element_id: str) -> tuple[str, dict[str, str]] | None:
        return next((t for t in self.tags if t[1].get("id") == element_id), None)
