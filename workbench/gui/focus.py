"""Where the keys go: the claims list owns them, and every field hands them back.

Single-letter keys (J, K, 1-7, A, R...) act on the claims list; a text
field keeps printable keys for typing. So each field says how a person
leaves it: Enter does the field's work (search, add), Escape gives up and
leaves, Down goes to the list below. :class:`FieldKeys` wires those keys on
one line edit without subclassing it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

Action = Callable[[], object]
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class FieldKeys(QObject):
    """Enter, Escape and Down on a line edit, each to its own action (None: Qt's own)."""

    def __init__(
        self,
        field: QLineEdit,
        *,
        enter: Action | None = None,
        escape: Action | None = None,
        down: Action | None = None,
    ) -> None:
        super().__init__(field)
        self._actions = {Qt.Key.Key_Escape: escape, Qt.Key.Key_Down: down}
        for key in ENTER_KEYS:
            self._actions[key] = enter
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            action = self._actions.get(Qt.Key(event.key())) if plain else None
            if action is not None:
                action()
                return True
        return super().eventFilter(watched, event)
