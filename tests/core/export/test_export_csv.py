"""CSV: one row per claim with every field, opening safely in a spreadsheet."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from export_case import PAYLOAD

from workbench.core.domain import CaseSnapshot
from workbench.core.export import CSV_COLUMNS, CSV_ENCODING, render_csv
from workbench.core.export.csv_export import csv_rows


def read(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_one_row_per_claim_with_article_and_counts(snapshot: CaseSnapshot) -> None:
    rows = read(render_csv(snapshot))
    assert [int(row["id"]) for row in rows] == [claim.id for claim in snapshot.claims]
    first = rows[0]
    assert first["article_outlet"] == "Daily Ledger"
    assert first["content"] == snapshot.claims[0].content
    assert first["numbers"] == "42 people (killed)"
    assert first["status_label"] == "Verified"
    assert first["evidence_count"] == "2"
    assert (first["corroborates_links"], first["conflicts_links"]) == ("1", "2")
    assert first["corroborating_sources"] == "1"
    assert rows[2]["corroborates_links"] == "0"  # the 3-9 link was rejected


def test_every_contract_field_is_a_column(snapshot: CaseSnapshot) -> None:
    contract = set(snapshot.claims[0].to_dict()) - {"article"}
    assert contract <= set(CSV_COLUMNS)
    row = next(csv_rows(snapshot))
    assert set(row) >= set(CSV_COLUMNS)


def test_offsets_survive_as_numbers(snapshot: CaseSnapshot) -> None:
    for claim, row in zip(snapshot.claims, read(render_csv(snapshot)), strict=True):
        assert int(row["content_start"]) == claim.extraction.content_start
        assert int(row["content_end"]) == claim.extraction.content_end


def test_formula_cells_are_neutralised(hostile: CaseSnapshot) -> None:
    from dataclasses import replace

    starts = ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tTAB", "\rCR"]
    claims = tuple(
        replace(claim, note=starts[i % len(starts)], status=starts[(i + 1) % len(starts)])
        for i, claim in enumerate(hostile.claims)
    )
    rows = read(render_csv(replace(hostile, claims=claims)))
    for row in rows:
        for column in CSV_COLUMNS:
            value = row[column]
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), (column, value)
    assert rows[0]["note"] == "'=1+1"
    assert rows[0]["content"] == PAYLOAD  # text that is not a formula is left as it is


def test_file_written_with_the_encoding_has_a_bom_excel_reads(
    snapshot: CaseSnapshot, tmp_path: Path
) -> None:
    from dataclasses import replace

    first = replace(snapshot.claims[0], note="Überprüft: «ça va» – 東京")
    path = tmp_path / "claims.csv"
    with path.open("w", encoding=CSV_ENCODING, newline="") as handle:
        handle.write(render_csv(replace(snapshot, claims=(first,))))
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw and b"\r\r\n" not in raw
    assert "Überprüft: «ça va» – 東京" in raw.decode("utf-8-sig")
