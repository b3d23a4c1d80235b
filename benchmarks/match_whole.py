"""The whole match of a stored case, stage by stage (run by ``match_scale.py``).

One size is measured in one process (``--one``), so that the peak RSS
printed is that size's. The stages are timed by wrapping the functions the
service calls, not by calling them another way: ``Case.match`` runs as the
CLI runs it, with the synthetic vector space named by
:class:`scale_case.StoredVectors` in place of MiniLM.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from match_scale import naive_pairs, peak_mib
from scale_case import StoredVectors, case_copy

from workbench.core import matching
from workbench.core.match import proposals
from workbench.core.services import Case
from workbench.core.store import CaseStore

STAGES = (
    (matching, "claim_views", "readings and vectors"),
    (matching, "repeat_links", "repeats"),
    (matching, "propose_links", "proposals"),
    (proposals, "stories", "  stories"),
    (proposals, "pair_indexes", "  pairs"),
    (proposals, "promising", "  screen"),
    (proposals, "feature_matrix", "  pair features"),
    (CaseStore, "save_links", "save links"),
    (CaseStore, "take_snapshot", "snapshot"),
)


def _timed(owner: Any, name: str, label: str, spent: dict[str, float]) -> None:
    inner = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return inner(*args, **kwargs)
        finally:
            spent[label] = spent.get(label, 0.0) + time.perf_counter() - started

    setattr(owner, name, wrapper)


def measure(size: int, seed: int, cache: Path, repeats: bool) -> dict[str, Any]:
    """Match a fresh copy of the cached case of ``size`` claims; figures as a dict."""
    spent: dict[str, float] = {}
    for owner, name, label in STAGES:
        if hasattr(owner, name):
            _timed(owner, name, label, spent)
    with tempfile.TemporaryDirectory() as folder:
        path = case_copy(cache, size, seed, Path(folder) / "case.db")
        with Case(CaseStore.open(path), embedder=StoredVectors) as case:
            started = time.perf_counter()
            links = case.match()
            total = time.perf_counter() - started
            figures: dict[str, Any] = {
                "size": size, "total": total, "links": len(links), "stages": spent,
                "peak_mib": peak_mib(),
            }  # fmt: skip
            if repeats:
                claims = case.claims()
                truth, naive_s = naive_pairs(claims)
                chars = {c.id: len(c.content) for c in claims}
                long = {p for p in truth if min(chars[p[0]], chars[p[1]]) >= 30}
                linked = {(k.a_id, k.b_id) for k in case.store.links()}
                figures.update(repeats=len(long), repeats_linked=len(long & linked),
                               naive_s=naive_s)  # fmt: skip
    return figures


def run_sizes(sizes: Sequence[int], seed: int, cache: Path, repeats: bool,
              report: Callable[[str], None] = print) -> list[dict[str, Any]]:  # fmt: skip
    """Each size in a process of its own; prints its figures and the ratios."""
    results = []
    for position, size in enumerate(sorted(sizes)):
        command = [sys.executable, str(Path(__file__).with_name("match_scale.py")), "--one",
                   str(size), "--seed", str(seed), "--cache", str(cache)]  # fmt: skip
        if repeats and position == 0:
            command.append("--repeats")
        out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        figures = json.loads(out.strip().splitlines()[-1])
        results.append(figures)
        stages = ", ".join(f"{k.strip()} {v:.2f}" for k, v in figures["stages"].items())
        report(f"{size:>7,} claims: whole match {figures['total']:6.2f} s "
               f"({figures['links']:,} links), peak RSS {figures['peak_mib']:.0f} MiB\n"
               f"{'':>9}seconds by stage: {stages}")  # fmt: skip
        if "repeats" in figures:
            share = figures["repeats_linked"] / max(figures["repeats"], 1)
            report(f"{'':>9}near-verbatim repeats (fuzz.ratio >= 90, 30+ characters) across "
                   f"articles: {figures['repeats']:,}, linked {share:.1%} "
                   f"(brute force found them in {figures['naive_s']:.1f} s)")  # fmt: skip
    if len(results) > 1:
        small, big = results[0], results[-1]
        ratio = big["total"] / small["total"]
        report(f"{big['size']:,} / {small['size']:,} claims: time x{ratio:.1f}"
               f" (size x{big['size'] / small['size']:g}), "
               f"peak RSS x{big['peak_mib'] / small['peak_mib']:.1f}")  # fmt: skip
    return results
