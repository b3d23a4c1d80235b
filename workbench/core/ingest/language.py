"""The language an article is written in: extraction reads English only.

A French or Arabic article run through the English parser gives junk
"claims"; such an article is imported (its text may still matter to the
case) but nothing is extracted from it, and it is marked with its language.
Detection is py3langid (BSD, a 4.6 MB model inside the package, numpy only,
deterministic), loaded on first use. Only a confident verdict on a text long
enough to judge counts: anything else is read as English, as before.
"""

from __future__ import annotations

import threading
from functools import cache
from typing import Any

SAMPLE = 5000
"""Characters read from the start of a text: plenty for a verdict, fast on a long one."""
MIN_LETTERS = 60
"""Below this many letters a verdict is a guess: a short text is read as English."""
CONFIDENCE = 0.95
ENGLISH = "en"
_lock = threading.Lock()


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """The ISO 639-1 code of a text confidently not in English, else ``""``."""
    sample = text[:SAMPLE]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return ""
    with _lock:  # the model loads once, whichever import thread asks first
        identifier = _identifier()
    language, confidence = identifier.classify(sample)
    return str(language) if language != ENGLISH and confidence >= CONFIDENCE else ""


LANGUAGE_NAMES = {
    "fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
    "nl": "Dutch", "ar": "Arabic", "ru": "Russian", "uk": "Ukrainian", "tr": "Turkish",
    "fa": "Persian", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "pl": "Polish",
    "bn": "Bengali", "hi": "Hindi", "ur": "Urdu", "he": "Hebrew", "el": "Greek",
    "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish", "ro": "Romanian",
    "hu": "Hungarian", "cs": "Czech", "id": "Indonesian", "ms": "Malay", "sw": "Swahili",
}  # fmt: skip


def language_name(code: str) -> str:
    """``French`` for ``fr``; an unlisted code as it is."""
    return LANGUAGE_NAMES.get(code, code)
