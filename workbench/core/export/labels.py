"""Human wording for the domain's codes, shared by every human-readable format."""

from __future__ import annotations

from workbench.core.domain import Quantity, SourceType, Stance

SOURCE_TYPE_LABELS: dict[str, str] = {
    SourceType.GOVERNMENT: "Government",
    SourceType.POLITICIAN: "Politician",
    SourceType.MILITARY_SECURITY: "Military / security",
    SourceType.DIPLOMAT: "Diplomat",
    SourceType.INTERNATIONAL_ORG: "International organisation",
    SourceType.NGO: "NGO",
    SourceType.WITNESS: "Witness",
    SourceType.MEDIA: "Media",
    SourceType.EXPERT: "Expert",
    SourceType.OPPOSITION: "Opposition",
    SourceType.COMPANY: "Company",
    SourceType.OTHER: "Other",
}

STANCE_LABELS: dict[str, str] = {
    Stance.ASSERTS: "asserts",
    Stance.DENIES: "denies",
    Stance.ACCUSES: "accuses",
    Stance.CALLS_FOR: "calls for",
    Stance.WARNS: "warns",
}


def source_type_label(kind: str) -> str:
    """``"NGO"`` for ``ngo``; an unknown code is shown as it is."""
    return SOURCE_TYPE_LABELS.get(kind, kind.replace("_", " ").capitalize())


def stance_label(stance: str) -> str:
    """``"calls for"`` for ``calls_for``."""
    return STANCE_LABELS.get(stance, stance.replace("_", " "))


INDEPENDENT = "independent sources: "


def reason_text(reason: str) -> str:
    """A matcher's reason as a person reads it: source types by their labels.

    Links store the matcher's reasons as the contract gives them
    ("independent sources: military_security vs witness"); a report and the
    app say "independent sources: Military / security vs Witness".
    """
    if reason.startswith(INDEPENDENT):
        kinds = reason[len(INDEPENDENT) :].split(" vs ")
        if len(kinds) == 2 and all(k in SOURCE_TYPE_LABELS for k in kinds):
            return INDEPENDENT + " vs ".join(source_type_label(k) for k in kinds)
    return reason


def reasons_text(reasons: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(reason_text(reason) for reason in reasons)


def figure_text(number: Quantity) -> str:
    """A quantity as a reader says it: ``more than 400 people``."""
    text = number.text or _plain_value(number.value)
    if number.qualifier and number.qualifier.lower() not in text.lower():
        text = f"{number.qualifier} {text}"
    return text


def figure_with_what(number: Quantity) -> str:
    """A quantity with what it counts, unless the text already says it."""
    text = figure_text(number)
    if number.what and number.what.lower() not in text.lower():
        return f"{text} ({number.what})"
    return text


def figures_compact(numbers: tuple[Quantity, ...]) -> str:
    """Every quantity of a claim on one line: ``500 people (killed); 20 (injured)``."""
    return "; ".join(figure_with_what(number) for number in numbers)


def _plain_value(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
