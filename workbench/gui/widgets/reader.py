"""The reader: an article's text with every claim highlighted where it stands.

Content is tinted with the source type's colour, the source is bold and
underlined, the cue italic with a dotted underline, and a claim that another
source contradicts gets a red wavy underline. Clicking inside a highlight
selects its claim; the current claim is drawn stronger on top.
"""

from __future__ import annotations

import bisect
import html
from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent, QPalette, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QLabel, QTextEdit, QVBoxLayout, QWidget

from workbench.core.domain import Article, Claim
from workbench.core.ingest.language import language_name
from workbench.gui import theme

HINT = "Select text, then M: mark it as a claim · S: its source · C: its content · U: its cue"


class ReaderView(QTextEdit):
    """Read-only article text that maps clicks and selections to claim offsets.

    Signals:
        claim_clicked: a highlight was clicked (the claim's id).
    """

    claim_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setObjectName("reader")
        self.article: Article | None = None
        self._claims: list[Claim] = []
        self._utf16: list[int] | None = None
        self._current: int | None = None

    # Showing -------------------------------------------------------------------

    def show_article(
        self, article: Article | None, claims: Sequence[Claim], conflicted: Iterable[int] = ()
    ) -> None:
        self.article = article
        self._claims = sorted(claims, key=lambda c: (c.extraction.content_start, c.id))
        self._current = None
        text = article.text if article else ""
        self._utf16 = _utf16_offsets(text)
        # setPlainText types with the cursor's format, which may be a highlight's.
        self.setTextCursor(QTextCursor(self.document()))
        self.setCurrentCharFormat(QTextCharFormat())
        self.setPlainText(text)
        self._paint(set(conflicted))
        self.setExtraSelections([])

    def _paint(self, conflicted: set[int]) -> None:
        palette = self.palette()
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        for claim in self._claims:
            hue = theme.source_type_colour(claim.source_type)
            x = claim.extraction
            content = QTextCharFormat()
            content.setBackground(theme.tint(hue, palette))
            if claim.id in conflicted:
                content.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                content.setUnderlineColor(theme.accent(theme.CONFLICT_HUE, palette))
            self._merge(cursor, x.content_start, x.content_end, content)
            cue = QTextCharFormat()
            cue.setFontItalic(True)
            cue.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            cue.setUnderlineColor(theme.accent(hue, palette))
            self._merge(cursor, x.cue_start, x.cue_end, cue)
            source = QTextCharFormat()
            source.setFontWeight(700)
            source.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            source.setUnderlineColor(theme.accent(hue, palette))
            source.setBackground(theme.tint(hue, palette, theme.SOURCE_TINT))
            self._merge(cursor, x.source_start, x.source_end, source)
        cursor.endEditBlock()

    def _merge(self, cursor: QTextCursor, start: int, end: int, fmt: QTextCharFormat) -> None:
        if end <= start:
            return
        cursor.setPosition(self.to_doc(start))
        cursor.setPosition(self.to_doc(end), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)

    def set_current(self, claim_id: int | None) -> None:
        """Draw ``claim_id`` stronger and scroll it into view."""
        self._current = claim_id
        claim = next((c for c in self._claims if c.id == claim_id), None)
        if claim is None:
            self.setExtraSelections([])
            return
        x = claim.extraction
        start = min(x.content_start, x.source_start if x.attributed else x.content_start)
        end = max(x.content_end, x.source_end)
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.to_doc(start))
        cursor.setPosition(self.to_doc(end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        fmt = QTextCharFormat()
        hue = theme.source_type_colour(claim.source_type)
        fmt.setBackground(theme.tint(hue, self.palette(), theme.CURRENT_TINT))
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
        selection.format = fmt
        self.setExtraSelections([selection])
        view = QTextCursor(self.document())
        view.setPosition(self.to_doc(start))
        self.setTextCursor(view)
        self.ensureCursorVisible()

    # Offsets -------------------------------------------------------------------

    def to_doc(self, offset: int) -> int:
        """A Python string offset as a document position (UTF-16 code units)."""
        if self._utf16 is None:
            return offset
        return self._utf16[min(offset, len(self._utf16) - 1)]

    def from_doc(self, position: int) -> int:
        if self._utf16 is None:
            return position
        return bisect.bisect_left(self._utf16, position)

    def selection_range(self) -> tuple[int, int] | None:
        """The selected text as string offsets, or None when nothing is selected."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self.from_doc(cursor.selectionStart()), self.from_doc(cursor.selectionEnd())

    def claim_at(self, offset: int) -> int | None:
        """The claim whose source, cue or content covers ``offset`` (the narrowest wins)."""
        best: tuple[int, int] | None = None
        for claim in self._claims:
            x = claim.extraction
            for start, end in (
                (x.source_start, x.source_end),
                (x.cue_start, x.cue_end),
                (x.content_start, x.content_end),
            ):
                if start <= offset < end and (best is None or end - start < best[0]):
                    best = (end - start, claim.id)
        return best[1] if best else None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        position = self.cursorForPosition(event.position().toPoint()).position()
        claim_id = self.claim_at(self.from_doc(position))
        if claim_id is not None:
            self.claim_clicked.emit(claim_id)


def _utf16_offsets(text: str) -> list[int] | None:
    """Document position of every string offset, or None when they coincide (BMP only)."""
    if all(ord(ch) < 0x10000 for ch in text):
        return None
    out = [0]
    for ch in text:
        out.append(out[-1] + (2 if ord(ch) >= 0x10000 else 1))
    return out


class ReaderPanel(QWidget):
    """The reader with its article heading, legend and editing hint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.view = ReaderView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.legend)
        layout.addWidget(self.view, 1)
        self.show_heading(None)

    def show_heading(self, article: Article | None) -> None:
        if article is None:
            self.heading.setText("<i>No article selected</i>")
            self.legend.setText("")
            return
        bits = " · ".join(b for b in (article.outlet, article.date, article.place) if b)
        if article.language:
            bits += f" · in {language_name(article.language)}: no claims read (English only)"
        self.heading.setText(f"<b>{_esc(article.title or article.path)}</b><br>{_esc(bits)}")
        palette = self.palette()
        tint = theme.tint(theme.SOURCE_TYPE_HUES[next(iter(theme.SOURCE_TYPE_HUES))], palette)
        conflict = theme.accent(theme.CONFLICT_HUE, palette).name()
        self.legend.setText(
            f"<b><u>source</u></b> · <i>cue</i> · "
            f'<span style="background-color:{tint.name()}">content</span> (coloured by source '
            f'type) · <u style="color:{conflict}">conflicting</u> (red wavy underline)<br>'
            f"<span style='color:{_muted(palette)}'>{HINT}</span>"
        )


def _muted(palette: QPalette) -> str:
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText).name()


def _esc(text: str) -> str:
    return html.escape(text)
