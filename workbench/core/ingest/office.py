"""Word (.docx) and OpenDocument (.odt) text; runs inside the reading sandbox.

Both are zip archives of XML. Before a parser sees one, the archive's own
table of contents is checked: a member that would unpack to more than a
document ever holds, or unpacks a thousand times its packed size, is a zip
bomb and refused (the sizes a zip declares bound what Python's zipfile will
inflate, so they can be trusted). python-docx reads .docx and odfdo .odt,
each in reading order, paragraphs a blank line apart; a table's row is one
line of cells.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Iterator
from typing import Any

from workbench.core.errors import IngestError

OnPage = Callable[[int, int], None]
MAX_UNPACKED = 256 * 1024 * 1024
MAX_RATIO = 200
MAX_MEMBERS = 10_000
_BLANKS = re.compile(r"\n{3,}")


def check_archive(data: bytes, name: str, what: str, needed: str) -> zipfile.ZipFile:
    """The archive, once its declared sizes show it is no zip bomb and it holds ``needed``.

    Raises:
        IngestError: not a zip archive, one that unpacks too far, or not of this kind.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise IngestError(name, f"not {what} file (the zip container is damaged: {exc})") from exc
    if len(members) > MAX_MEMBERS:
        raise IngestError(name, f"the archive holds {len(members):,} files; refused")
    unpacked = sum(m.file_size for m in members)
    if unpacked > MAX_UNPACKED:
        raise IngestError(
            name,
            f"would unpack to {unpacked / 2**20:,.0f} MB (a zip bomb?); the limit is"
            f" {MAX_UNPACKED // 2**20} MB",
        )
    for member in members:
        ratio = member.file_size // max(member.compress_size, 1)
        if member.file_size > 1_000_000 and ratio > MAX_RATIO:
            raise IngestError(
                name, f"{member.filename} unpacks {ratio:,} times its size (a zip bomb?); refused"
            )
    if needed not in archive.namelist():
        raise IngestError(name, f"not {what} file (no {needed} inside)")
    return archive


def read_docx(data: bytes, name: str, on_page: OnPage) -> tuple[str, dict[str, str]]:
    """Body text of a Word document and its title, author and creation date."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    archive = check_archive(data, name, "a Word (.docx)", "word/document.xml")
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise IngestError(name, f"cannot read the Word document ({exc})") from exc
    parts: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            parts.extend(_row(cell.text for cell in row.cells) for row in block.rows)
        else:
            parts.append(block.text)
    on_page(1, 1)
    # Read here rather than through python-docx, which makes up a title ("Word
    # Document") when it does not find the part where it expects it.
    return _joined(parts, name), _properties(archive, "docProps/core.xml", DOCX_PROPERTIES)


def read_odt(data: bytes, name: str, on_page: OnPage) -> tuple[str, dict[str, str]]:
    """Body text of an OpenDocument text, footnotes after their section, and its metadata."""
    from odfdo import Document

    archive = check_archive(data, name, "an OpenDocument (.odt)", "content.xml")
    try:
        body = Document(io.BytesIO(data)).body
        notes: list[str] = []
        paragraphs = [*_odt_blocks(body, notes), *notes]
    except (KeyError, ValueError, TypeError, AttributeError, zipfile.BadZipFile) as exc:
        raise IngestError(name, f"cannot read the OpenDocument file ({exc})") from exc
    on_page(1, 1)
    return _joined(paragraphs, name), _properties(archive, "meta.xml", ODT_PROPERTIES)


ODT_CONTAINERS = frozenset(
    ("text:section", "text:list", "text:list-item", "text:list-header", "text:index-body")
)


def _odt_blocks(element: Any, notes: list[str]) -> Iterator[str]:
    """Paragraphs and headings in reading order; a table row as one line; notes set aside."""
    for child in element.children:
        if child.tag in ("text:p", "text:h"):
            found = child.get_elements("descendant::text:note")
            if found:
                notes.extend(note.text_recursive for note in found)
                child = child.clone  # the paragraph without its notes, the file untouched
                for note in child.get_elements("descendant::text:note"):
                    note.delete()
            yield child.text_recursive
        elif child.tag == "table:table":
            for row in child.get_elements("descendant::table:table-row"):
                cells = row.get_elements("table:table-cell")
                yield _row(cell.text_recursive for cell in cells)
        elif child.tag in ODT_CONTAINERS:
            yield from _odt_blocks(child, notes)


_DC = "{http://purl.org/dc/elements/1.1/}"
_ODF_META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
DOCX_PROPERTIES = {
    "title": f"{_DC}title",
    "author": f"{_DC}creator",
    "date": "{http://purl.org/dc/terms/}created",
}
ODT_PROPERTIES = {
    "title": f".//{_DC}title",
    "author": f".//{_ODF_META}initial-creator",
    "date": f".//{_ODF_META}creation-date",
}


def _properties(archive: zipfile.ZipFile, member: str, paths: dict[str, str]) -> dict[str, str]:
    """Title, author and creation date from the archive's metadata part, where it has them."""
    from lxml import etree

    try:
        raw = archive.read(member)
        root = etree.fromstring(raw, etree.XMLParser(resolve_entities=False, no_network=True))
    except (KeyError, etree.XMLSyntaxError, zipfile.BadZipFile):
        return {}
    found = {key: " ".join((root.findtext(path) or "").split()) for key, path in paths.items()}
    found["date"] = found["date"][:10]
    return found


def _row(cells: object) -> str:
    seen: list[str] = []
    for cell in cells:  # type: ignore[attr-defined]
        text = " ".join(str(cell).split())
        if text and (not seen or seen[-1] != text):  # merged cells repeat their text
            seen.append(text)
    return "\t".join(seen)


def _joined(parts: list[str], name: str) -> str:
    paragraphs = [p.strip() for p in parts if p.strip()]
    if not paragraphs:
        raise IngestError(name, "the document holds no text")
    return _BLANKS.sub("\n\n", "\n\n".join(paragraphs)) + "\n"
