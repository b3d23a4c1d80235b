"""How the whole match scales on a stored case, and how many repeats it links.

It measures what ``workbench match`` does (``Case.match``: readings and
vectors read back, near-verbatim repeats over the whole case, the learned
proposals with the independence of their sources, saving the
links) on cases of 20,000 and 100,000 claims built by :mod:`scale_case`
(cached between runs; sentences drawn from a Zipf-distributed made-up
vocabulary with names, places and quantities, ten claims an article, with
planted near-duplicates), each size in a process of its own so that its
peak memory is its own. It prints each stage's time, the ratio of the
biggest size to the smallest, and on the smallest the share of near-verbatim
repeats (``fuzz.ratio`` >= 90, found by brute force with
``rapidfuzz.process.cdist``) of a claim in another article that the match
links.

    python benchmarks/match_scale.py                      # whole match, 20,000 and 100,000
    python benchmarks/match_scale.py --sizes 2000         # a quick smoke test
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

from workbench.core.domain import Article, Claim, Extraction, Quantity, QuoteKind, SourceType
from workbench.core.domain import Stance as St

CLAIMS_PER_ARTICLE = 10
SYLLABLES = ("ka", "ro", "mi", "sa", "tu", "len", "dar", "vi", "os", "el", "an", "ber", "qui",
             "zo", "fa", "ne", "hu", "pra", "sto", "gi", "lo", "mar")  # fmt: skip
FUNCTION = ("the", "a", "of", "in", "to", "and", "that", "on", "for", "with", "was", "were",
            "by", "from", "at", "as", "said", "had")  # fmt: skip
SOURCES = [("the Interior Ministry", SourceType.GOVERNMENT), ("a rights group", SourceType.NGO),
           ("witnesses", SourceType.WITNESS), ("the army", SourceType.MILITARY_SECURITY),
           ("the United Nations", SourceType.INTERNATIONAL_ORG)]  # fmt: skip


def vocabulary(rng: random.Random, size: int) -> list[str]:
    """Made-up words, a Zipf law deciding how often each is used."""
    seen: set[str] = set()
    while len(seen) < size:
        seen.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(seen)


class Generator:
    """Claims that look like news sentences over a shared vocabulary."""

    def __init__(self, seed: int = 7, vocab: int = 40_000) -> None:
        self.rng = random.Random(seed)
        self.words = vocabulary(self.rng, vocab)
        self.names = [w.capitalize() for w in vocabulary(self.rng, vocab // 8)]
        weights = [1.0 / (rank + 1) ** 1.05 for rank in range(len(self.words))]
        self.cumulative = list(np.cumsum(weights))

    def sentence(self) -> tuple[str, Quantity]:
        rng = self.rng
        count = rng.randint(12, 24)
        picked = rng.choices(self.words, cum_weights=self.cumulative, k=count)
        parts: list[str] = []
        for word in picked:
            parts.append(word)
            if rng.random() < 0.35:
                parts.append(rng.choice(FUNCTION))
        value = rng.choice([3, 12, 40, 100, 250, 500, 1500, 3000]) * rng.randint(1, 4)
        what = rng.choice(self.words[:300])
        place = rng.choice(self.names)
        position = rng.randint(1, len(parts) - 1)
        parts[position:position] = [str(value), what, "in", place]
        text = " ".join(parts)
        start = text.index(f"{value} {what}")
        number = Quantity(float(value), str(value), what, start, start + len(str(value)))
        return text[0].upper() + text[1:] + ".", number

    def edit(self, text: str) -> str:
        """One or two small edits: a word swapped, dropped or misspelt."""
        words = text.split()
        for _ in range(self.rng.randint(1, 2)):
            i = self.rng.randrange(len(words))
            action = self.rng.random()
            if action < 0.4:
                words[i] = self.rng.choice(self.words[:2000])
            elif action < 0.7 and len(words) > 8:
                del words[i]
            elif len(words[i]) > 3:
                j = self.rng.randrange(len(words[i]) - 1)
                w = words[i]
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
        return " ".join(words)


def make_case(size: int, duplicate_share: float = 0.05, seed: int = 7) -> list[Claim]:
    """``size`` claims; a ``duplicate_share`` of them are edited copies from other articles."""
    gen = Generator(seed)
    claims: list[Claim] = []
    originals: list[tuple[str, Quantity, int]] = []
    for claim_id in range(1, size + 1):
        article_id = (claim_id - 1) // CLAIMS_PER_ARTICLE + 1
        if originals and gen.rng.random() < duplicate_share:
            text, number, _ = gen.rng.choice(originals)
            text = gen.edit(text)
        else:
            text, number = gen.sentence()
            originals.append((text, number, article_id))
        source, kind = gen.rng.choice(SOURCES)
        extraction = Extraction(
            True, source, 0, len(source), source, kind, False, "said", 0, 0,
            text, 0, len(text), QuoteKind.INDIRECT, St.ASSERTS, (number,),
        )  # fmt: skip
        claims.append(Claim(claim_id, article_id, extraction, status="unverified"))
    return claims


def articles_for(claims: Sequence[Claim]) -> dict[int, Article]:
    ids = sorted({c.article_id for c in claims})
    return {i: Article(i, f"A{i}", f"Outlet {i % 50}", "", "", "", "txt", "", "", "") for i in ids}


def naive_pairs(claims: Sequence[Claim], chunk: int = 2000) -> tuple[set[tuple[int, int]], float]:
    """All cross-article pairs with fuzz.ratio >= 90, by brute force, and the time it took.

    Texts are taken in order of length and each chunk is compared with every
    text whose length allows a ratio of 90 (the shorter at least 9/11 of the
    longer): the same pairs as comparing all of them, in a fraction of the time.
    """
    order = sorted(range(len(claims)), key=lambda k: len(claims[k].content))
    texts = [claims[k].content for k in order]
    sizes = np.array([len(t) for t in texts])
    found: set[tuple[int, int]] = set()
    started = time.perf_counter()
    for offset in range(0, len(texts), chunk):
        rows = texts[offset : offset + chunk]
        first = int(np.searchsorted(sizes, len(rows[0]) * 9 / 11, side="left"))
        last = int(np.searchsorted(sizes, len(rows[-1]) * 11 / 9, side="right"))
        block = process.cdist(rows, texts[first:last], scorer=fuzz.ratio,
                              score_cutoff=90, dtype=np.uint8, workers=-1)  # fmt: skip
        for r, c in zip(*(x.tolist() for x in np.nonzero(block)), strict=True):
            a, b = claims[order[offset + r]], claims[order[first + c]]
            if a.article_id != b.article_id:
                found.add((min(a.id, b.id), max(a.id, b.id)))
    return found, time.perf_counter() - started


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 100_000])
    parser.add_argument("--no-naive", action="store_true", help="skip the all-pairs baseline")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "match-scale",
                        help="where built cases are kept")  # fmt: skip
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # one size, in a child
    parser.add_argument("--repeats", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        from match_whole import measure

        print(json.dumps(measure(args.one, args.seed, args.cache, args.repeats)))
        return 0
    from match_whole import run_sizes

    run_sizes(args.sizes, args.seed, args.cache, repeats=not args.no_naive)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
