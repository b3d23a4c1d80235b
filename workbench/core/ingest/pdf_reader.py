"""PDF text and metadata with pdfminer.six; runs inside the reading sandbox.

pdfminer's layout analysis groups characters into lines and lines into
blocks, and orders the blocks by position, so two columns read left then
right whatever order the file draws them in. :mod:`pdf_layout` turns the
blocks into paragraphs. pdfminer decompresses streams without a bound,
which is why this runs in a child process with a memory cap
(:mod:`sandbox`), never in the process holding the case.
"""

from __future__ import annotations

import io
import re
import statistics
from collections.abc import Callable
from typing import Any

from workbench.core.errors import IngestError
from workbench.core.ingest.pdf_layout import Block, Line, Page, document_text

MAX_PAGES = 10_000
# A glyph the font maps to no character comes out as "(cid:42)".
_CID = re.compile(r"\(cid:\d+\)")
PASSWORD = "the PDF is protected by a password; open it and save a copy without one"
NO_CHARACTERS = "the PDF's fonts map their glyphs to no characters; its text cannot be read"
SCANNED = (
    "has no text layer (a scanned document?); this version does not read text in images"
    " (no OCR): import a PDF with text, or the document as .docx or .txt"
)


def read_pdf(
    data: bytes, name: str, on_page: Callable[[int, int], None]
) -> tuple[str, dict[str, str]]:
    """The text of the PDF ``data`` and its metadata (title, author, date).

    Raises:
        IngestError: not a PDF, encrypted, too many pages, or no text layer.
    """
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser, PDFSyntaxError
    from pdfminer.pdftypes import PDFException, resolve1
    from pdfminer.psexceptions import PSException

    if b"%PDF" not in data[:1024]:
        raise IngestError(name, "not a PDF file (no %PDF header)")
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        pages_total = int(resolve1(resolve1(document.catalog.get("Pages")).get("Count", 0)) or 0)
        if pages_total > MAX_PAGES:
            raise IngestError(name, f"has {pages_total:,} pages; the limit is {MAX_PAGES:,}")
        manager = PDFResourceManager(caching=True)
        device = PDFPageAggregator(manager, laparams=LAParams())
        interpreter = PDFPageInterpreter(manager, device)
        pages: list[Page] = []
        images = 0
        for number, page in enumerate(PDFPage.create_pages(document), start=1):
            if number > MAX_PAGES:
                raise IngestError(name, f"has more than {MAX_PAGES:,} pages; refused")
            interpreter.process_page(page)
            layout = device.get_result()
            pages.append(_page(layout))
            images += _has_images(layout)
            on_page(number, max(pages_total, number))
        meta = _metadata(document)
    except PDFPasswordIncorrect as exc:
        raise IngestError(name, PASSWORD) from exc
    except (PDFSyntaxError, PDFException, PSException, LookupError, TypeError, ValueError) as exc:
        raise IngestError(name, f"cannot read the PDF ({type(exc).__name__}: {exc})"[:300]) from exc
    text = document_text(pages)
    cids = len(_CID.findall(text))
    if cids and cids * 5 > len(text.split()):
        raise IngestError(name, NO_CHARACTERS)
    if not text.strip():
        raise IngestError(name, SCANNED if images or pages else "the PDF holds no text")
    return text, meta


def _page(layout: Any) -> Page:
    from pdfminer.layout import LTChar, LTTextBox

    height = float(layout.height) or 1.0
    blocks = []
    for item in layout:
        if not isinstance(item, LTTextBox):
            continue
        lines = tuple(
            Line(line.get_text().rstrip("\n"), height - float(line.y1), height - float(line.y0))
            for line in item
        )
        sizes = [ch.size for line in item for ch in line if isinstance(ch, LTChar)]
        blocks.append(Block(lines=lines, size=statistics.median(sizes) if sizes else 0.0))
    return Page(height=height, blocks=tuple(blocks))


def _has_images(layout: Any) -> bool:
    from pdfminer.layout import LTFigure, LTImage

    return any(isinstance(item, (LTFigure, LTImage)) for item in layout)


def _metadata(document: Any) -> dict[str, str]:
    """Title, author and creation date from the document information dictionary."""
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    found: dict[str, str] = {}
    for info in document.info or []:
        for key, field in (("Title", "title"), ("Author", "author"), ("CreationDate", "date")):
            value = resolve1(info.get(key))
            if isinstance(value, bytes):
                value = decode_text(value)
            if isinstance(value, str) and value.strip() and field not in found:
                found[field] = " ".join(value.split())
    date = re.match(r"^(?:D:)?(\d{4})(\d{2})(\d{2})", found.get("date", ""))
    found["date"] = f"{date[1]}-{date[2]}-{date[3]}" if date else ""
    return found
