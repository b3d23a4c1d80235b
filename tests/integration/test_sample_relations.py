"""The sample corpus end to end: import, extract, match, and the designed relations.

``tests/fixtures/sample_relations.json`` lists the corroborations, conflicts
and non-links the sample articles were written to contain; each names a
snippet inside a claim of each article. This runs the real pipeline.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.core.demo import samples_dir
from workbench.core.services import Case

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "sample_relations.json"
RELATIONS = json.loads(FIXTURE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sample_case(tmp_path_factory: pytest.TempPathFactory) -> Case:
    case = Case.open(tmp_path_factory.mktemp("samples") / "samples.db")
    report = case.import_paths([samples_dir()], match=False)
    assert not report.failed, report.failed
    case.match()
    yield case
    case.close()


def claims_at(case: Case, file: str, snippet: str) -> set[int]:
    """Ids of the claims whose content covers ``snippet`` in the article from ``file``."""
    (article,) = [a for a in case.articles() if Path(a.path).name == file]
    text = case.article(article.id).text
    start = text.find(snippet)
    assert start >= 0, f"{snippet!r} not in {file}"
    end = start + len(snippet)
    return {
        c.id
        for c in case.claims()
        if c.article_id == article.id
        and c.extraction.content_start <= start
        and end <= c.extraction.content_end
    }


def test_every_designed_relation_is_found_and_nothing_else(sample_case: Case) -> None:
    links = {(k.a_id, k.b_id): k for k in sample_case.links()}
    problems = []
    for item in RELATIONS:
        a = claims_at(sample_case, item["a"]["file"], item["a"]["snippet"])
        b = claims_at(sample_case, item["b"]["file"], item["b"]["snippet"])
        label = f"{item['a']['snippet']!r} ~ {item['b']['snippet']!r}"
        if not a or not b:
            problems.append(f"no claim holds {label}")
            continue
        found = [links[p] for x in a for y in b if (p := (min(x, y), max(x, y))) in links]
        if item["relation"] == "none":
            if found:
                problems.append(f"{label} linked as {found[0].relation} but are different events")
            continue
        right = [k for k in found if k.relation == item["relation"]]
        if not right:
            got = found[0].relation if found else "nothing"
            problems.append(f"{label}: expected {item['relation']}, got {got}")
        elif item["independent"] is not None and right[0].independent != item["independent"]:
            problems.append(f"{label}: independence should be {item['independent']}")
    assert not problems, "\n".join(problems)
