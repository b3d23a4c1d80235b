"""What an export needs to know besides the case: who publishes it, where, and when."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """Settings for one export.

    ``base_url`` is where the report will be published; ClaimReview ``url``s
    point at anchors in it. ``generated_at`` is an ISO timestamp; left empty,
    :meth:`stamped` fills in the current UTC time, so tests and repeat runs
    can pin it and get byte-identical output.
    """

    base_url: str = ""
    organisation: str = "Claim Workbench"
    organisation_url: str = ""
    title: str = "Claim report"
    generated_at: str = ""

    def stamped(self) -> ExportOptions:
        """These options with ``generated_at`` set, to now if it was empty."""
        if self.generated_at:
            return self
        now = datetime.now(UTC).replace(microsecond=0)
        return replace(self, generated_at=now.isoformat().replace("+00:00", "Z"))

    @property
    def generated_date(self) -> str:
        """The ``YYYY-MM-DD`` part of ``generated_at`` (empty when unset)."""
        return self.generated_at[:10]

    @property
    def generated_label(self) -> str:
        """``generated_at`` as a reader writes it (``5 March 2024, 09:00 UTC``)."""
        try:
            moment = datetime.fromisoformat(self.generated_at.replace("Z", "+00:00"))
        except ValueError:
            return self.generated_at
        label = f"{moment.day} {moment:%B %Y}"
        if "T" in self.generated_at or " " in self.generated_at.strip():
            label += f", {moment:%H:%M}"
            if moment.utcoffset() == timedelta(0):
                label += " UTC"
        return label

    def claim_url(self, claim_id: int) -> str:
        """Where a claim sits in the published report: its anchor under ``base_url``."""
        return f"{self.base_url.split('#', 1)[0]}#{claim_anchor(claim_id)}"


def claim_anchor(claim_id: int) -> str:
    """The HTML id of a claim's entry, shared by the report and ClaimReview urls."""
    return f"claim-{claim_id}"
