"""The child side of :mod:`sandbox`: cap memory, read stdin, answer in JSON lines.

Run as ``python -m workbench.core.ingest.sandbox_child KIND MEMORY_BYTES``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable

from workbench.core.errors import IngestError

ChildReader = Callable[[bytes, str, Callable[[int, int], None]], tuple[str, dict[str, str]]]


def _readers() -> dict[str, ChildReader]:
    from workbench.core.ingest.office import read_docx, read_odt
    from workbench.core.ingest.pdf_reader import read_pdf

    return {"pdf": read_pdf, "docx": read_docx, "odt": read_odt}


def _cap_memory(limit: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: no address-space cap; the deadlines still hold
        return
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _say(message: dict[str, object]) -> None:
    sys.stdout.write(json.dumps(message, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> int:
    kind, limit = argv[0], int(argv[1])
    reader = _readers()[kind]
    data = sys.stdin.buffer.read()
    _cap_memory(limit)
    try:
        text, meta = reader(data, "", lambda done, total: _say({"page": [done, total]}))
    except IngestError as exc:
        _say({"error": exc.reason})
        return 0
    except MemoryError:
        del data
        _say({"error": f"reading it needs more than {limit // 2**20:,} MB of memory; refused"})
        return 0
    except RecursionError:
        _say({"error": "its structure is nested too deeply to read; refused"})
        return 0
    _say({"text": text, "meta": meta})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
