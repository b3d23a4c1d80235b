"""Timestamps as the case stores them: UTC, ISO 8601, to the second."""

from __future__ import annotations

from datetime import UTC, datetime


def now_iso() -> str:
    """The current UTC time, e.g. ``2026-11-28T12:00:00+00:00``."""
    return datetime.now(UTC).isoformat(timespec="seconds")
