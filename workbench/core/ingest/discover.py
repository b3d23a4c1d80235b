"""Which files an import covers: files as named, folders recursively."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from workbench.core.ingest.metadata import is_sidecar
from workbench.core.ingest.readers import SUPPORTED_SUFFIXES, unsupported


@dataclass(slots=True)
class Found:
    """The files to read, names that do not exist, and what folders hold but we do not read."""

    files: list[Path] = field(default_factory=list)
    missing: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def discover(paths: Iterable[str | Path]) -> Found:
    """Expand ``paths`` into the files to import, in a stable order.

    A file named explicitly is kept whatever its type (so an unsupported one
    is reported as failed, not silently dropped). Inside folders only
    supported files are taken; every other file is listed as skipped with
    the reason, a hidden folder once for all it holds. Sidecars
    (``NAME.meta.json``) are read with their article, not listed.
    """
    found = Found()
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            items = _folder(path, found.skipped)
        elif path.exists():
            items = [path]
        else:
            found.missing.append((str(raw), "no such file or folder"))
            continue
        for item in items:
            key = item.resolve()
            if key not in seen:
                seen.add(key)
                found.files.append(item)
    return found


def _folder(folder: Path, skipped: list[tuple[str, str]]) -> list[Path]:
    taken: list[Path] = []
    passed: list[tuple[str, str]] = []
    for root, dirs, names in os.walk(folder):
        here = Path(root)
        for name in dirs:
            if name.startswith("."):
                passed.append((str(here / name), "hidden folder; name it to import what it holds"))
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        for name in names:
            path = here / name
            if name.startswith("."):
                passed.append((str(path), "hidden file"))
            elif path.suffix.lower() in SUPPORTED_SUFFIXES:
                taken.append(path)
            elif not is_sidecar(path):
                passed.append((str(path), unsupported(path.suffix)))
    skipped.extend(sorted(passed))
    return sorted(taken)
