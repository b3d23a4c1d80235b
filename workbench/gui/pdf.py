"""The PDF report, painted by Qt so that no browser is needed.

QTextDocument renders a subset of HTML and CSS; feed it the report made
with ``render_html(snapshot, options, for_qt=True)``, which keeps to that
subset (the browser report would lose its layout here).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from workbench.core.errors import WorkbenchError

MARGINS_MM = QMarginsF(16, 16, 16, 18)
RESOLUTION_DPI = 300


def write_pdf(html: str, path: Path, *, title: str = "Claim report") -> None:
    """Write ``html`` to ``path`` as an A4 PDF with print margins and page numbers off.

    Creates a QGuiApplication when none exists, so the CLI can call this
    headless (with ``QT_QPA_PLATFORM=offscreen`` where no display exists).

    Raises:
        WorkbenchError: the file cannot be written.
    """
    if QGuiApplication.instance() is None:
        _app = QGuiApplication([])  # noqa: F841 - must outlive the painting below
    path = Path(path)
    if not path.parent.is_dir():
        raise WorkbenchError(f"{path}: folder does not exist")
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Claim Workbench")
    writer.setResolution(RESOLUTION_DPI)
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )
    writer.setPageLayout(layout)
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml(html)
    # Lay the text out at the printable width in points so fonts keep their print size.
    printable = layout.paintRect(QPageLayout.Unit.Point)
    document.setPageSize(QSizeF(printable.width(), printable.height()))
    document.print_(writer)
    del writer  # flushes and closes the file
    if not path.is_file() or path.stat().st_size == 0:
        raise WorkbenchError(f"{path}: the PDF could not be written")
