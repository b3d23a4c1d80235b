"""Properties that hold on any text: no crash, every span slices to its string."""

from __future__ import annotations

import json
import subprocess
import sys

from extract_helpers import Extract, assert_spans
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.core.extract import Extractor

NEWSY = st.sampled_from(
    [
        " said ",
        ' "',
        '," he said. "',
        "\u201c",
        "\u201d",
        "''",
        " according to ",
        " Officials ",
        " denied ",
        " 1,500 people ",
        ", while ",
        "\n\n",
        " two hundred ",
        " they ",
    ]
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(st.one_of(st.text(max_size=40), NEWSY), max_size=12).map("".join))
def test_any_text_extracts_with_exact_spans(extract: Extract, text: str) -> None:
    claims = extract(text)  # the fixture checks every span of every claim
    starts = [c.content_start for c in claims]
    assert starts == sorted(starts)


def test_batch_matches_single_extraction(extractor: Extractor) -> None:
    texts = [
        "The army said 20 soldiers died.",
        "",
        '"It is over," the coach said.',
        "Residents said the river flooded.",
    ]
    batch = list(extractor.extract_many(texts, outlets=["A", "B", "C", "D"], batch_size=2))
    assert batch == [extractor.extract(t, o) for t, o in zip(texts, "ABCD", strict=True)]
    for text, claims in zip(texts, batch, strict=True):
        for claim in claims:
            assert_spans(text, claim)


def test_to_dict_is_json_ready(extractor: Extractor) -> None:
    [claim] = extractor.extract("The ministry said 40 people were arrested.")
    data = json.loads(json.dumps(claim.to_dict()))
    assert data["source"] == "The ministry"
    assert data["numbers"][0]["value"] == 40


def test_extractor_does_not_load_the_model_until_used() -> None:
    code = (
        "import workbench.core.extract as e, workbench.core.extract.model as m;"
        "e.Extractor(); print(m._nlp is None)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"
