"""Documents for tests, hostile ones included: PDFs written by hand, zip bombs.

PDFs have every line placed where a test wants it.
A page is a list of :class:`Text` lines (x, y from the top, size, text),
drawn in the order given, so a test can draw two columns line by line
across (as some writers do) and check they still read column by column.
Helvetica, WinAnsi text, A4 pages; no other tool needed.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

WIDTH, HEIGHT = 595, 842


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # from the top of the page
    text: str
    size: float = 11


def _escape(text: str) -> bytes:
    data = text.encode("cp1252")
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def content(lines: Iterable[Text]) -> bytes:
    ops = []
    for line in lines:
        y = HEIGHT - line.y
        ops.append(
            b"BT /F1 %.1f Tf %.1f %.1f Td (%s) Tj ET" % (line.size, line.x, y, _escape(line.text))
        )
    return b"\n".join(ops)


def pdf(
    pages: Sequence[Sequence[Text] | bytes],
    info: dict[str, str] | None = None,
    *,
    image_only: bool = False,
) -> bytes:
    """A PDF of ``pages`` (lines to draw, or a raw content stream), with an Info dictionary.

    ``image_only`` paints each page as an image and no text: a scan.
    """
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")
    tree = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    image = add(
        b"<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray"
        b" /BitsPerComponent 8 /Length 4 >>\nstream\n\x00\xff\xff\x00\nendstream"
    )
    kids = []
    for page in pages:
        if image_only:
            stream = b"q 500 0 0 700 40 60 cm /Im1 Do Q"
        else:
            stream = page if isinstance(page, bytes) else content(page)
        packed = zlib.compress(stream)
        body = add(
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(packed), packed)
        )
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R"
                b" /Resources << /Font << /F1 %d 0 R >> /XObject << /Im1 %d 0 R >> >> >>"
                % (tree, WIDTH, HEIGHT, body, font, image)
            )
        )
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % tree
    refs = b" ".join(b"%d 0 R" % k for k in kids)
    objects[tree - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (refs, len(kids))
    info_ref = None
    if info:
        entries = b" ".join(b"/%s (%s)" % (k.encode(), _escape(v)) for k, v in info.items())
        info_ref = add(b"<< %s >>" % entries)
    return _assemble(objects, catalog, info_ref)


def _assemble(objects: list[bytes], root: int, info: int | None) -> bytes:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    trailer = b"/Size %d /Root %d 0 R" % (len(objects) + 1, root)
    if info:
        trailer += b" /Info %d 0 R" % info
    out += b"trailer\n<< %s >>\nstartxref\n%d\n%%%%EOF\n" % (trailer, xref)
    return bytes(out)


def flate_bomb(unpacked_bytes: int) -> bytes:
    """A one-page PDF whose content stream inflates to ``unpacked_bytes`` of spaces.

    After a full flush the compressor starts afresh, so each megabyte packs to
    the same bytes: they are repeated rather than compressed again (the
    stream's checksum covers two of them; an inflater runs out of memory long
    before it reads it).
    """
    packer = zlib.compressobj(9)
    block = b" " * (1 << 20)
    first = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    again = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    packed = first + again * ((unpacked_bytes >> 20) - 1) + packer.flush()
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(packed), packed),
        page,
    ]
    return _assemble(objects, 1, None)


def wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` characters, broken at spaces."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    return [*lines, current] if current else lines


def zip_bomb(member: str, unpacked: int) -> bytes:
    """A zip whose ``member`` inflates to ``unpacked`` bytes of zeros (a thousandth packed)."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open(member, "w", force_zip64=True) as out,
    ):
        block = b"\0" * (1 << 20)
        for _ in range(unpacked >> 20):
            out.write(block)
    return buffer.getvalue()
