"""Synthetic wire stories for the robustness tests: many, distinct, realistic enough.

Each story has a headline, attributed figures, a denial and a witness account,
so the real extractor finds several claims in each and matching finds links.
"""

from __future__ import annotations

import random
from pathlib import Path

CORPUS_SIZE = 40
"""Articles in the corpus the kill tests import: enough for several batches."""

CITIES = ["Deraa", "Homs", "Hama", "Banias", "Latakia", "Douma", "Idlib", "Aleppo"]
SOURCES = [
    ("A rights group", "said"),
    ("The interior ministry", "said"),
    ("Residents", "told reporters"),
    ("A hospital official", "said"),
    ("The United Nations", "said"),
    ("Opposition activists", "claimed"),
]
DENIALS = [
    "The government denied that security forces had fired on unarmed protesters.",
    "State television said armed gangs were responsible for the violence.",
    "An army spokesman rejected reports that tanks had shelled homes.",
]


def story(index: int, rng: random.Random) -> str:
    city = rng.choice(CITIES)
    day = rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"])
    lines = [f"Clashes reported in {city} (dispatch {index})", ""]
    for _ in range(rng.randint(3, 6)):
        source, cue = rng.choice(SOURCES)
        figure = rng.randint(2, 900)
        lines.append(
            f"{source} {cue} {figure} people were killed in {city} on {day}, "
            f"and that {rng.randint(10, 5000)} more had been detained since the protests began."
        )
        lines.append("")
    lines.append(rng.choice(DENIALS))
    lines.append("")
    lines.append(
        f'"We saw soldiers on every street," one witness in {city} said by telephone, '
        f"asking not to be named. Dispatch number {index} ends here."
    )
    return "\n".join(lines) + "\n"


def write_corpus(folder: Path, count: int, seed: int = 7, start: int = 0) -> list[Path]:
    """``count`` distinct stories as ``folder/NNNN.txt``."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(start, start + count):
        path = folder / f"{index:04}.txt"
        path.write_text(story(index, rng), encoding="utf-8")
        paths.append(path)
    return paths
