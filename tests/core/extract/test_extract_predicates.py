"""What a claim says is done to what: verb and object lemma pairs from the parse."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, by_cue

from workbench.core.extract import Extractor
from workbench.core.extract.model import parse
from workbench.core.extract.predicates import predicates_in


def _of(sentence: str) -> set[str]:
    return set(predicates_in(parse(sentence), 0, len(sentence)))


@pytest.mark.usefixtures("extractor")
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The object of an open clause is also the object of the verb governing it.
        ("The government is considering tightening sanctions.",
         {"consider sanction", "tighten sanction"}),
        # A passive subject is what is acted on.
        ("The water supply was cut.", {"cut supply"}),
        # Nouns joined by "and" share their verb.
        ("Gangs attacked army checkpoints and police stations.",
         {"attack checkpoint", "attack station"}),
        # Irregular forms meet at their lemma.
        ("The panel held Pagliano in contempt.", {"hold pagliano"}),
        # Light verbs say too little on their own; a pronoun object names nothing.
        ("They have taken action and made progress.", set()),
        ("They attacked it.", set()),
    ],
)  # fmt: skip
def test_predicates_pair_each_verb_with_what_it_acts_on(sentence: str, expected: set[str]) -> None:
    assert _of(sentence) == expected


def test_extracted_claims_carry_the_predicates_of_their_content(extract: Extract) -> None:
    text = (
        "Officials said the administration was considering targeted sanctions against senior "
        "officials. The ministry blamed armed gangs for the attacks on checkpoints."
    )
    claims = extract(text)
    said = by_cue(claims, "said")
    assert "consider sanction" in said.predicates
    # The cue verb is the attribution, not what is claimed: no "blame gang".
    blamed = by_cue(claims, "blamed")
    assert not any(p.startswith("blame ") for p in blamed.predicates)


def test_own_voice_statements_carry_predicates(extractor: Extractor) -> None:
    (claim,) = extractor.extract("Syria has expelled most foreign correspondents.")
    assert not claim.attributed
    assert claim.predicates == ("expel correspondent",)
