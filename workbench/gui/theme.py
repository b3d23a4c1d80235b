"""Colours for claims, readable on light and dark palettes alike.

Highlights are the source type's hue blended into the palette's base colour,
so text keeps the palette's own text colour (and its contrast) whether the
user runs a light or a dark theme. Only hues are chosen here; lightness
comes from the palette.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from workbench.core.domain import SourceType

SOURCE_TYPE_HUES: dict[SourceType, str] = {
    SourceType.GOVERNMENT: "#1565c0",
    SourceType.POLITICIAN: "#6a1b9a",
    SourceType.MILITARY_SECURITY: "#4e342e",
    SourceType.DIPLOMAT: "#00838f",
    SourceType.INTERNATIONAL_ORG: "#0277bd",
    SourceType.NGO: "#2e7d32",
    SourceType.WITNESS: "#ef6c00",
    SourceType.MEDIA: "#757575",
    SourceType.EXPERT: "#00695c",
    SourceType.OPPOSITION: "#ad1457",
    SourceType.COMPANY: "#5d4037",
    SourceType.OTHER: "#546e7a",
}
CONFLICT_HUE = "#d32f2f"
CORROBORATE_HUE = "#2e7d32"
DIFF_HUE = "#f9a825"

TINT = 0.2
"""How much of a hue goes into a highlight: light enough to keep text legible."""
SOURCE_TINT = 0.34
CURRENT_TINT = 0.5
"""The current claim stands out from its neighbours and still reads (contrast >= 4.5)."""


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def blend(hue: str | QColor, base: QColor, amount: float) -> QColor:
    """``amount`` of ``hue`` over ``base``, opaque (rich text has no alpha)."""
    colour = QColor(hue)
    mix = [
        round(a * amount + b * (1 - amount)) for a, b in zip(_rgb(colour), _rgb(base), strict=True)
    ]
    return QColor(*mix)


def _rgb(colour: QColor) -> tuple[int, int, int]:
    return colour.red(), colour.green(), colour.blue()


def tint(hue: str | QColor, palette: QPalette, amount: float = TINT) -> QColor:
    """A background for text in ``hue``'s family that the palette's text reads on."""
    strength = amount * (1.35 if is_dark(palette) else 1.0)
    return blend(hue, palette.color(QPalette.ColorRole.Base), min(strength, 0.6))


def accent(hue: str | QColor, palette: QPalette) -> QColor:
    """``hue`` as a foreground (underline, label) that stands out from the base."""
    colour = QColor(hue)
    if is_dark(palette):
        return colour.lighter(170)
    return colour


def source_type_colour(source_type: SourceType | str) -> str:
    try:
        return SOURCE_TYPE_HUES[SourceType(source_type)]
    except ValueError:
        return SOURCE_TYPE_HUES[SourceType.OTHER]


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio between two colours (1..21); tests hold highlights to it."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        r, g, b_ = (channel(v) for v in (colour.redF(), colour.greenF(), colour.blueF()))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b_

    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable_text_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background`` (status badges)."""
    black, white = QColor("#000000"), QColor("#ffffff")
    if contrast_ratio(background, black) >= contrast_ratio(background, white):
        return black
    return white
