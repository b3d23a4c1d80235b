"""The demo case: the bundled sample articles, imported, extracted and matched."""

from __future__ import annotations

import importlib.resources
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from workbench.core.errors import CaseFileError
from workbench.core.importing import ImportReport
from workbench.core.progress import Progress, no_progress
from workbench.core.services import Case
from workbench.core.store import CaseStore

DEMO_MARK = "demo"


@dataclass(frozen=True, slots=True)
class DemoSummary:
    path: Path
    report: ImportReport
    claims: int
    links: Counter[str]

    def describe(self) -> str:
        links = ", ".join(f"{n} {rel}" for rel, n in sorted(self.links.items())) or "no links"
        return (
            f"Demo case {self.path}: {len(self.report.imported)} articles, {self.claims} claims, "
            f"{links}."
        )


def samples_dir() -> Path:
    """The bundled sample articles (a real folder for an installed package)."""
    return Path(str(importlib.resources.files("workbench.resources") / "samples"))


def default_demo_path(default_db: Path) -> Path:
    return default_db.with_name("demo.db")


def build_demo(path: Path, *, progress: Progress = no_progress) -> DemoSummary:
    """(Re)build the demo case at ``path``; refuses to overwrite a case that is not a demo.

    The case is built in a scratch file and then copied into ``path`` with
    SQLite's backup API, never by deleting the old file: the app may have the
    demo open, and it then simply sees the rebuilt case.
    """
    with (
        tempfile.TemporaryDirectory(prefix="workbench-demo-") as scratch,
        Case.open(Path(scratch) / "demo.db") as built,
    ):
        built.store.set_meta(DEMO_MARK, "1")
        report = built.import_paths([samples_dir()], match=False, progress=progress)
        links = built.match()
        claims = built.store.count_claims()
        with _demo_target(path) as target:
            built.store.db.conn.backup(target.db.conn)
    return DemoSummary(
        path=path, report=report, claims=claims, links=Counter(str(k.relation) for k in links)
    )


def _demo_target(path: Path) -> CaseStore:
    """The case at ``path``, opened for the rebuild when it is a demo or empty."""
    store = CaseStore.open(path)
    is_demo = store.meta(DEMO_MARK) == "1"
    empty = store.count_claims() == 0 and not store.articles()
    if not (is_demo or empty):
        store.close()
        raise CaseFileError(
            f"{path}: holds a case that is not the demo; choose another --db for the demo"
        )
    return store
