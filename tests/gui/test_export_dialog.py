"""The export dialog's wiring: filters drive the preview, Save writes, Open opens."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QListWidget, QWidget
from pytestqt.qtbot import QtBot

from workbench.core.config import DEFAULT_STATUSES
from workbench.core.domain import (
    Article,
    CaseSnapshot,
    Claim,
    Extraction,
    Link,
    QuoteKind,
    Relation,
    SourceType,
    Stance,
)
from workbench.core.export import CSV_ENCODING, ExportOptions
from workbench.gui.dialogs.export_dialog import ExportDialog

SENTENCES = {
    1: ("The army said 12 soldiers were wounded.", "The army", "12 soldiers were wounded"),
    2: ("A medic said 30 soldiers were wounded.", "A medic", "30 soldiers were wounded"),
    3: ("Residents said the bridge had collapsed.", "Residents", "the bridge had collapsed"),
}
KINDS = {1: SourceType.MILITARY_SECURITY, 2: SourceType.WITNESS, 3: SourceType.WITNESS}
STATUS = {1: "verified", 2: "false", 3: "unverified"}


def make_claim(claim_id: int, article: Article) -> Claim:
    _, source, content = SENTENCES[claim_id]
    text = article.text
    start = text.index(content)
    cue = text.index("said")
    extraction = Extraction(
        True, source, text.index(source), text.index(source) + len(source), source,
        KINDS[claim_id], False, "said", cue, cue + 4, content, start, start + len(content),
        QuoteKind.INDIRECT, Stance.ASSERTS,
    )  # fmt: skip
    return Claim(claim_id, article.id, extraction, STATUS[claim_id])


def make_snapshot() -> CaseSnapshot:
    articles = tuple(
        Article(i, f"Report {i}", f"Outlet {i}", "2024-05-0" + str(i), "", f"/a{i}.txt", "txt",
                f"h{i}", SENTENCES[i][0], "")
        for i in (1, 2, 3)
    )  # fmt: skip
    claims = tuple(make_claim(i, articles[i - 1]) for i in (1, 2, 3))
    link = Link(1, 1, 2, Relation.CONFLICTS, 80.0, ("different quantity: 12 vs 30",), True)
    return CaseSnapshot(articles, claims, (link,), DEFAULT_STATUSES)


class Saver:
    """Stands in for the file dialog: answers with a fixed path and records the calls."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.asked: list[str] = []

    def __call__(self, parent: QWidget, suggested: str, name_filter: str) -> Path | None:
        self.asked.append(suggested)
        return self.path


def make_dialog(qtbot: QtBot, saver: Saver, **kwargs: object) -> ExportDialog:
    dialog = ExportDialog(
        make_snapshot,
        DEFAULT_STATUSES,
        options=ExportOptions(generated_at="2024-05-10T10:00:00Z"),
        ask_path=saver,
        **kwargs,  # type: ignore[arg-type]
    )
    qtbot.addWidget(dialog)
    return dialog


def tick(widget: QListWidget, label: str) -> None:
    item = widget.findItems(label, Qt.MatchFlag.MatchExactly)[0]
    item.setCheckState(Qt.CheckState.Checked)


def test_filter_lists_come_from_vocabulary_and_snapshot(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, Saver(None))
    assert dialog.status_list.count() == len(DEFAULT_STATUSES)
    assert dialog.article_list.count() == 3
    labels = [dialog.type_list.item(row).text() for row in range(dialog.type_list.count())]
    assert labels == ["Military / security", "Witness"]
    assert "12 soldiers were wounded" in dialog.preview.toPlainText()


def test_ticking_a_status_narrows_the_preview(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, Saver(None))
    with qtbot.waitSignal(dialog.preview_updated, timeout=2000):
        tick(dialog.status_list, "False")
    text = dialog.preview.toPlainText()
    assert "30 soldiers were wounded" in text
    assert "the bridge had collapsed" not in text
    assert dialog.summary_label.text() == "1 claim from 1 article"


def test_save_writes_the_chosen_format_and_offers_to_open_it(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saver = Saver(tmp_path / "claims")
    dialog = make_dialog(qtbot, saver)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    tick(dialog.type_list, "Witness")
    assert not dialog.open_button.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.exported, timeout=2000) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    path = blocker.args[0]
    assert path == tmp_path / "claims.csv" and saver.asked == ["claim-report.csv"]
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding=CSV_ENCODING))))
    assert [row["id"] for row in rows] == ["2", "3"]
    assert dialog.open_button.isVisibleTo(dialog)

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(path)]


def test_pdf_goes_through_the_pdf_writer(qtbot: QtBot, tmp_path: Path) -> None:
    written: list[tuple[str, Path]] = []
    dialog = make_dialog(
        qtbot, Saver(tmp_path / "r.pdf"), pdf_writer=lambda html, p: written.append((html, p))
    )
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("pdf"))
    dialog.save()
    assert [p for _, p in written] == [tmp_path / "r.pdf"]
    assert "the bridge had collapsed" in written[0][0]


def test_cancel_writes_nothing_and_errors_are_shown(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, Saver(None))
    dialog.save()
    assert dialog.saved_path is None and not list(tmp_path.iterdir())
    failing = make_dialog(qtbot, Saver(tmp_path / "missing" / "report.html"))
    failing.save()
    assert failing.result_label.text().startswith("Could not save")
    assert not failing.open_button.isVisibleTo(failing)
