"""The export formats by name, as the CLI and the dialog offer them."""

from __future__ import annotations

import json
from dataclasses import dataclass

from workbench.core.domain import CaseSnapshot
from workbench.core.errors import InvalidInputError
from workbench.core.export.claimreview import to_claimreview
from workbench.core.export.csv_export import CSV_ENCODING, render_csv
from workbench.core.export.html_report import render_html
from workbench.core.export.json_export import to_json
from workbench.core.export.markdown_report import render_markdown
from workbench.core.export.options import ExportOptions


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """A format's name (CLI ``--format``), label, file suffix and file encoding.

    ``needs_gui`` marks PDF: the core renders its HTML (``for_qt``), the GUI
    layer (``workbench.gui.pdf.write_pdf``) paints it.
    """

    name: str
    label: str
    suffix: str
    encoding: str = "utf-8"
    needs_gui: bool = False


FORMATS: dict[str, ExportFormat] = {
    fmt.name: fmt
    for fmt in (
        ExportFormat("html", "HTML report", ".html"),
        ExportFormat("pdf", "PDF report", ".pdf", encoding="", needs_gui=True),
        ExportFormat("md", "Markdown", ".md"),
        ExportFormat("csv", "CSV spreadsheet", ".csv", encoding=CSV_ENCODING),
        ExportFormat("json", "JSON (Claim Workbench exchange)", ".json"),
        ExportFormat("claimreview", "ClaimReview JSON-LD", ".jsonld"),
    )
}


def render_text(name: str, snapshot: CaseSnapshot, options: ExportOptions) -> str:
    """The export of ``snapshot`` in text format ``name``, ready to write or print.

    For ``pdf`` this is the Qt-flavoured HTML the GUI layer turns into a PDF.

    Raises:
        InvalidInputError: ``name`` is not one of :data:`FORMATS`.
    """
    if name == "html":
        return render_html(snapshot, options)
    if name == "pdf":
        return render_html(snapshot, options, for_qt=True)
    if name == "md":
        return render_markdown(snapshot, options)
    if name == "csv":
        return render_csv(snapshot)
    if name == "json":
        return json.dumps(to_json(snapshot), ensure_ascii=False, indent=2) + "\n"
    if name == "claimreview":
        return json.dumps(to_claimreview(snapshot, options), ensure_ascii=False, indent=2) + "\n"
    choices = ", ".join(FORMATS)
    raise InvalidInputError(f"unknown export format {name!r} (choose from {choices})")
