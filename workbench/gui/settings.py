"""The window's remembered layout, behind a small typed wrapper over QSettings.

Only the window's own memory lives here (geometry, splitters, column widths,
the last import folder, recent case files, the reviewer's name); what a case's work depends on is
core :class:`~workbench.core.config.Settings`. Tests pass
their own ``QSettings`` (an INI file in a temporary folder), never the user's.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "ClaimWorkbench"
APPLICATION = "Claim Workbench"
RECENT_CASES = 8
"""How many case files File > Open recent remembers."""


def default_qsettings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


class WindowSettings:
    """Typed access to the saved layout; a missing or garbled value reads as absent."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings if qsettings is not None else default_qsettings()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._q.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def set_geometry(self, value: QByteArray) -> None:
        self._q.setValue("window/geometry", value)

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def set_window_state(self, value: QByteArray) -> None:
        self._q.setValue("window/state", value)

    def splitter(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitters/{name}")

    def set_splitter(self, name: str, value: QByteArray) -> None:
        self._q.setValue(f"splitters/{name}", value)

    def header(self, name: str) -> QByteArray | None:
        return self._bytes(f"headers/{name}")

    def set_header(self, name: str, value: QByteArray) -> None:
        self._q.setValue(f"headers/{name}", value)

    def last_folder(self) -> str:
        value = self._q.value("import/last_folder", "")
        return value if isinstance(value, str) else ""

    def set_last_folder(self, folder: str) -> None:
        self._q.setValue("import/last_folder", folder)

    def reviewer(self) -> str:
        """The name that goes into the history with every change made in the app ("" unset)."""
        value = self._q.value("review/name", "")
        return value.strip() if isinstance(value, str) else ""

    def set_reviewer(self, name: str) -> None:
        self._q.setValue("review/name", name.strip())

    def recent_cases(self) -> list[str]:
        """Case files opened before, the latest first."""
        value = self._q.value("cases/recent", [])
        if isinstance(value, str):  # QSettings gives a one-item list back as a string
            value = [value]
        return [v for v in value if isinstance(v, str) and v] if isinstance(value, list) else []

    def add_recent_case(self, path: str) -> None:
        kept = [p for p in self.recent_cases() if p != path]
        self._q.setValue("cases/recent", [path, *kept][:RECENT_CASES])

    def sync(self) -> None:
        self._q.sync()
