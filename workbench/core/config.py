"""Core settings: a plain object passed in, never read from globals."""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from workbench.core.domain import Status

DEFAULT_STATUSES: tuple[Status, ...] = (
    Status("unverified", "Unverified", "#9e9e9e", False, "Unverified", 3, 0),
    Status("in_progress", "In progress", "#1e88e5", False, "Being checked", 3, 1),
    Status("verified", "Verified", "#2e7d32", True, "True", 5, 2),
    Status("disputed", "Disputed", "#ef6c00", True, "Disputed", 3, 3),
    Status("misleading", "Misleading", "#8e24aa", True, "Misleading", 2, 4),
    Status("false", "False", "#c62828", True, "False", 1, 5),
    Status("unproven", "Unproven", "#6d4c41", True, "Unproven", 3, 6),
)
"""The contract's default vocabulary; ``value`` is the ClaimReview rating on 1..5."""

INITIAL_STATUS = "unverified"
RATING_WORST = 1
RATING_BEST = 5
DEFAULT_MIN_SCORE = 60.0
"""The bar of the rule-based scorer; below it, the learned scorer's threshold drops too."""


@dataclass(frozen=True, slots=True)
class Settings:
    """What a case's work depends on besides its data."""

    match_min_score: float = DEFAULT_MIN_SCORE
    # Files past this are refused unread; a 200-page report with pictures is far smaller.
    max_file_bytes: int = 250_000_000
    organisation: str = "Claim Workbench"
    organisation_url: str = ""
    user: str = "user"


def login_name() -> str:
    """The name the system knows the person by, for the history when they give none."""
    try:
        return getpass.getuser() or "user"
    except (OSError, KeyError):  # no USER variable and no password entry (a container)
        return "user"
