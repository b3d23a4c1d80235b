"""Which files an import covers: files as named, folders recursively."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from workbench.core.ingest.metadata import is_sidecar
from workbench.core.ingest.readers import SUPPORTED_SUFFIXES


def discover(paths: Iterable[str | Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Expand ``paths`` into the files to import, in a stable order.

    A file named explicitly is kept whatever its type (so an unsupported one
    is reported, not silently dropped); inside folders only supported files
    are taken and hidden files and sidecars are skipped. Returns the files and
    ``(path, reason)`` for names that do not exist.
    """
    files: list[Path] = []
    missing: list[tuple[str, str]] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in SUPPORTED_SUFFIXES
                and not is_sidecar(p)
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        elif path.exists():
            found = [path]
        else:
            missing.append((str(raw), "no such file or folder"))
            continue
        for item in found:
            key = item.resolve()
            if key not in seen:
                seen.add(key)
                files.append(item)
    return files, missing
