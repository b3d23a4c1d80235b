"""The Markdown report, for pasting into a newsroom's tools."""

from __future__ import annotations

from workbench.core.domain import CaseSnapshot
from workbench.core.export.options import ExportOptions
from workbench.core.export.report_model import build_report
from workbench.core.export.templates import markdown_environment

MARKDOWN_TEMPLATE = "report.md.j2"


def render_markdown(snapshot: CaseSnapshot, options: ExportOptions) -> str:
    """The report's content as CommonMark with GitHub-style tables.

    Every value from the case is escaped, so an article's ``*`` or ``|``
    cannot turn into emphasis or break a table.
    """
    report = build_report(snapshot, options)
    text = markdown_environment().get_template(MARKDOWN_TEMPLATE).render(report=report)
    return text.rstrip("\n") + "\n"
