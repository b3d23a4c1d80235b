"""What an article's opening says of itself (dateline, byline, headline) and its language."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

import pytest

from workbench.core.domain import Extraction
from workbench.core.importing import import_paths
from workbench.core.ingest import ArticleMeta, pasted_article, read_article
from workbench.core.ingest.dateline import Dateline, read_dateline
from workbench.core.ingest.language import detect_language
from workbench.core.ingest.readers import headline_title
from workbench.core.store import CaseStore

TODAY = date(2026, 12, 6)
FERRY = (
    "GAZIPUR, Bangladesh, March 14 (Harbor Post) - At least 12 people were killed when an"
    " overcrowded ferry capsized on the Turag river on Thursday, officials said.\n\n"
    "Rescuers were still searching for survivors late in the evening, police said.\n"
)
FRENCH = (
    "PARIS, 14 mars - Au moins douze personnes ont été tuées jeudi dans le naufrage d'un"
    " ferry surchargé sur la rivière Turag, ont déclaré les autorités locales. Les secours"
    " cherchaient encore des survivants tard dans la soirée, selon la police.\n"
)


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        (FERRY, Dateline("GAZIPUR, Bangladesh", "2026-03-14", "Harbor Post")),
        ("DAMASCUS, April 29 (Global Dispatch) - The", Dateline("DAMASCUS", "2026-04-29",
                                                               "Global Dispatch")),
        ("WASHINGTON, Jan. 5, 2011 (AP) — The", Dateline("WASHINGTON", "2011-01-05", "AP")),
        ("LONDON (Reuters) - Britain said", Dateline("LONDON", "", "Reuters")),
        ("KARVIK, Valmora, 3 March 2026 (Northline News) - A train",
         Dateline("KARVIK, Valmora", "2026-03-03", "Northline News")),
        ("LONDON, 5 Jan (Reuters) - Britain said", Dateline("LONDON", "2026-01-05", "Reuters")),
        ("NEW YORK, Dec 30 - The city", Dateline("NEW YORK", "2025-12-30", "")),
        ("PARIS, March 3 - Since 2019 the", Dateline("PARIS", "2026-03-03", "")),
        ("PARIS, March 3 - On March 1, 2019 the", Dateline("PARIS", "2019-03-03", "")),
        ("PARIS, March 3 - Talks held on 1 March 2019", Dateline("PARIS", "2019-03-03", "")),
        ("Ferry sinks\n\nBy Anna Reyes, Harbor Post\n\nThe ferry", Dateline("", "", "Harbor Post")),
        ("Hack\n\nBy Ines Varga, Metro Daily, 6 November 2026\n\nResearchers",
         Dateline("", "2026-11-06", "Metro Daily")),
        ("Hack\nBy Ines Varga | Metro Daily | Nov. 6, 2026\nThe", Dateline("", "2026-11-06",
                                                                     "Metro Daily")),
        ("Hack\nBy Ines Varga, Metro Daily, 2026-12-24\nThe", Dateline("", "", "Metro Daily")),
        ("Hack\nBy Tuesday, officials had evacuated the town.\nThe", Dateline()),
        ("Fact check\n\nMetro Daily, 9 October 2026\n\nThe", Dateline("", "2026-10-09",
                                                                   "Metro Daily")),
        ("Fact check\n\nOn Monday, 9 October 2026\n\nThe", Dateline()),
        ("Statement\n\nOsland, 14 May 2026\n\nThe Authority", Dateline("Osland", "2026-05-14")),
        ("Data Protection Authority of Vessia: statement on the breach\n\nOsland, 14 May 2026\n",
         Dateline("Osland", "2026-05-14", "Data Protection Authority of Vessia")),
        ("Ministry of Health: press release\n\nThe ministry",
         Dateline("", "", "Ministry of Health")),
        ("Fact check: Is the outbreak contained?\n\nThe", Dateline()),
        ("Prime Minister's speech to the party conference\n\nVelda, 20 September 2026\n",
         Dateline("Velda", "2026-09-20", "Prime Minister")),
        ("Remarks by the Health Minister at the assembly\n\nThank you",
         Dateline("", "", "Health Minister")),
        ("Speech by President Ana Lind, 4 May 2026\n\nFriends",
         Dateline("", "2026-05-04", "President Ana Lind")),
        ("The minister's statement was false\n\nThe", Dateline()),  # a headline, no issuer
        ("Fact check\n\nUpdated - 9 October 2026\n\nThe", Dateline()),
        ("The army said 12 soldiers - were wounded", Dateline()),
        ("Clashes near the border\n\nThe army said", Dateline()),
    ],
)  # fmt: skip
def test_dateline_and_byline(opening: str, expected: Dateline) -> None:
    """A year missing from the dateline is that of a full date the text gives, else the
    latest not ahead: a year named alone ("since 2019") is of another happening."""
    assert read_dateline(opening, TODAY) == expected


def test_a_file_without_metadata_takes_it_from_its_dateline(tmp_path: Path) -> None:
    path = tmp_path / "ferry.txt"
    path.write_text(FERRY, encoding="utf-8")
    article = read_article(path, ArticleMeta(), max_bytes=10**6)
    assert (article.outlet, article.place) == ("Harbor Post", "GAZIPUR, Bangladesh")
    assert article.date.endswith("-03-14")
    assert article.title.startswith("At least 12 people were killed") and len(article.title) <= 61
    given = read_article(path, ArticleMeta(outlet="Dhaka Tribune", date="2024-03-15"),
                         max_bytes=10**6)  # fmt: skip
    assert (given.outlet, given.date) == ("Dhaka Tribune", "2024-03-15")  # the person wins


def test_pasted_text_gets_no_date_it_does_not_give_and_a_short_title() -> None:
    plain = "At least 12 people were killed when a ferry capsized, officials said on Thursday."
    article = pasted_article(plain, ArticleMeta())
    assert article.date == ""
    assert article.title != plain and len(article.title) <= 61
    assert plain.startswith(article.title.rstrip("…"))
    assert pasted_article(FERRY, ArticleMeta()).outlet == "Harbor Post"
    assert headline_title("Ferry sinks near Gazipur\n\nAt least 12") == "Ferry sinks near Gazipur"


def test_language_is_detected_only_when_sure() -> None:
    assert detect_language(FRENCH) == "fr"
    assert detect_language(FERRY) == ""
    assert detect_language("Bonjour tout le monde") == ""  # too short to judge


def test_an_article_not_in_english_is_imported_marked_and_not_extracted(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ferry.txt").write_text(FERRY, encoding="utf-8")
    (folder / "naufrage.txt").write_text(FRENCH, encoding="utf-8")
    read: list[str] = []

    def extract_many(
        texts: Sequence[str], outlets: Sequence[str], n_process: int
    ) -> Iterator[list[Extraction]]:
        for text in texts:
            read.append(text)
            yield []

    with CaseStore.open(tmp_path / "case.db") as store:
        report = import_paths(store, [folder], ArticleMeta(), extract_many, max_bytes=10**6)
        languages = {Path(i.path).name: i.language for i in report.imported}
        assert languages == {"ferry.txt": "", "naufrage.txt": "fr"}
        assert read == [FERRY]
        french = next(i for i in report.imported if i.language)
        assert store.get_article(french.id).language == "fr"
        as_json = {Path(d["path"]).name: d.get("language") for d in report.to_dict()["imported"]}
        assert as_json == {"ferry.txt": None, "naufrage.txt": "fr"}
