"""What leaves the workbench: reports for people and files for other tools.

Every exporter takes a :class:`~workbench.core.domain.CaseSnapshot`
(narrowed with :func:`filter_snapshot` when the user filters) and returns
text or plain data; writing files is the caller's job. PDF is painted by
the GUI layer from ``render_html(..., for_qt=True)``.
"""

from workbench.core.export.claimreview import to_claimreview
from workbench.core.export.csv_export import CSV_COLUMNS, CSV_ENCODING, render_csv
from workbench.core.export.filtering import FilteredSnapshot, filter_snapshot
from workbench.core.export.formats import FORMATS, ExportFormat, render_text
from workbench.core.export.html_report import render_html
from workbench.core.export.json_export import (
    FORMAT_NAME,
    FORMAT_VERSION,
    claim_from_json,
    snapshot_from_json,
    to_json,
)
from workbench.core.export.markdown_report import render_markdown
from workbench.core.export.options import ExportOptions

__all__ = [
    "CSV_COLUMNS",
    "CSV_ENCODING",
    "FORMATS",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "ExportFormat",
    "ExportOptions",
    "FilteredSnapshot",
    "claim_from_json",
    "filter_snapshot",
    "render_csv",
    "render_html",
    "render_markdown",
    "render_text",
    "snapshot_from_json",
    "to_claimreview",
    "to_json",
]
