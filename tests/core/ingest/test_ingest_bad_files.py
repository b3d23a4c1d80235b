"""A bad file is reported with its path and a reason; the others still import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from workbench.core.errors import IngestError
from workbench.core.importing import ImportReport
from workbench.core.ingest import SUPPORTED_SUFFIXES, ArticleMeta, read_article
from workbench.core.ingest.readers import MAX_TEXT_CHARS

LIMIT = 1_000_000
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)) * 4

BAD = {
    "binary.txt": (PNG, "binary"),
    "empty.txt": (b"", "empty"),
    "blank.md": (b" \n\t\r\n  \n", "empty"),
    "blank16.txt": ("   \n\n".encode("utf-16"), "no text"),
    "undecodable.txt": (bytes(range(128, 256)) * 8, "encoding"),
    "controls.txt": (bytes(range(1, 32)) * 40, "binary"),
    "bad16.txt": (b"\xff\xfe" + b"\x00\xd8" + b"a\x00", "not valid utf-16"),
    "picture.png": (PNG, "unsupported file type '.png'"),
    "README": (b"plain text", "unsupported file type '(none)'"),
    "sheet.xlsx": (b"PK\x03\x04", "unsupported file type '.xlsx'"),
    "letter.docx": (b"PK\x03\x04", "not a Word (.docx) file"),
    "report.pdf": (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n", "cannot read the PDF"),
    "notes.odt": (PNG, "not an OpenDocument (.odt) file"),
    "forward.eml": (b"no headers here\n\njust text", "not an e-mail message"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_file_is_refused_with_a_reason(files: Path, name: str) -> None:
    data, reason = BAD[name]
    path = files / name
    path.write_bytes(data)
    with pytest.raises(IngestError) as caught:
        read_article(path, ArticleMeta(), max_bytes=LIMIT)
    assert caught.value.path == str(path)
    assert reason in caught.value.reason
    assert str(caught.value).startswith(str(path))


def test_file_over_the_size_limit(files: Path) -> None:
    path = files / "big.txt"
    path.write_bytes(b"word " * 1000)
    with pytest.raises(
        IngestError, match=r"too big to be a document \(0\.0 MB; the limit is 0 MB\)"
    ):
        read_article(path, ArticleMeta(), max_bytes=4999)
    assert read_article(path, ArticleMeta(), max_bytes=5000).text.startswith("word")


def test_only_a_text_too_long_to_be_a_document_is_refused(files: Path) -> None:
    path = files / "book.txt"
    path.write_text("a" * 50 + "\n", encoding="utf-8")
    with pytest.raises(IngestError, match="too long to be a document.*separate files"):
        read_article(path, ArticleMeta(), max_bytes=LIMIT, max_chars=50)
    # A long report is no reason to refuse: 2 MB of text reads whole.
    path.write_text("The commission said 40 people died.\n\n" * 55_000, encoding="utf-8")
    assert len(read_article(path, ArticleMeta(), max_bytes=10**7).text) > 2_000_000 < MAX_TEXT_CHARS


def test_unreadable_file(files: Path) -> None:
    # Tests run as root, for whom chmod 000 does not stop reading: a folder
    # with a text file's name is unreadable as a file for everyone.
    folder = files / "x.txt"
    folder.mkdir()
    with pytest.raises(IngestError, match="cannot read the file"):
        read_article(folder, ArticleMeta(), max_bytes=LIMIT)


def test_file_without_read_permission(files: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Root reads files whatever their mode, so the refusal is simulated where it surfaces.
    path = files / "locked.txt"
    path.write_text("secret\n", encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(IngestError, match="cannot read the file.*Permission denied"):
        read_article(path, ArticleMeta(), max_bytes=LIMIT)


def test_folder_with_good_and_bad_files(
    files: Path, run_import: Callable[..., ImportReport]
) -> None:
    for name, (data, _) in BAD.items():
        (files / name).write_bytes(data)
    (files / "good.txt").write_text("Good story\nThe army said 3 died.\n", encoding="utf-8")
    (files / "good.html").write_text(
        "<html><body><article><p>"
        + "Residents said the market reopened on Sunday. " * 5
        + "</p></article></body></html>",
        encoding="utf-8",
    )
    explicit = files / "picture.png"
    missing = files / "missing.txt"
    report = run_import(files, explicit, missing)
    assert sorted(Path(i.path).name for i in report.imported) == ["good.html", "good.txt"]
    assert report.imported[-1].claims >= 1
    failed = dict(report.failed)
    # Inside a folder only supported suffixes are read, the others listed as skipped;
    # a file named explicitly is read (and fails) whatever its type.
    readable = {n for n in BAD if Path(n).suffix in SUPPORTED_SUFFIXES}
    assert set(failed) == {str(files / n) for n in readable} | {str(explicit), str(missing)}
    skipped = dict(report.skipped)
    assert set(skipped) == {str(files / n) for n in set(BAD) - readable}
    assert "unsupported file type '.png'" in skipped[str(files / "picture.png")]
    assert failed[str(missing)] == "no such file or folder"
    assert all(reason for reason in failed.values())
    assert not report.ok
    assert report.to_dict()["failed"][0] == {"path": str(missing), "error": failed[str(missing)]}
