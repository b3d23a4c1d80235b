"""The printable HTML report, and the simpler variant Qt renders to PDF."""

from __future__ import annotations

from workbench.core.domain import CaseSnapshot
from workbench.core.export.options import ExportOptions
from workbench.core.export.report_model import build_report
from workbench.core.export.templates import html_environment

HTML_TEMPLATE = "report.html.j2"
QT_TEMPLATE = "report_qt.html.j2"


def render_html(snapshot: CaseSnapshot, options: ExportOptions, *, for_qt: bool = False) -> str:
    """A self-contained report: inline CSS, no script, no external resource.

    ``for_qt`` lays the same content out with the HTML subset QTextDocument
    understands (tables and simple inline styles, no flexbox or rounded
    corners); the dialog's preview and the PDF use it.
    """
    report = build_report(snapshot, options)
    template = html_environment().get_template(QT_TEMPLATE if for_qt else HTML_TEMPLATE)
    return template.render(report=report)
