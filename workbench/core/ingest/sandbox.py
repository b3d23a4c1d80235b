"""Reading a document file in a child process with a memory cap and a deadline.

PDF, Word and OpenDocument files are compressed containers: a file of a
megabyte can unpack to gigabytes (a "zip bomb", a PDF whose streams inflate
without end) or keep a parser busy for hours. Their parsers run in a child
process whose address space is capped and which must report each page
within a deadline; past either it is stopped and the file refused with one
line. The case and the process holding it are never at risk, and a cancel
stops the child at once.

The child is ``python -m workbench.core.ingest.sandbox_child KIND LIMIT``:
it reads the file's bytes on stdin and writes JSON lines on stdout, first
``{"page": [done, total]}`` as it goes, then ``{"text", "meta"}`` or
``{"error"}``.
"""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from typing import IO, Any

from workbench.core.errors import Cancelled, IngestError
from workbench.core.progress import Watch

POLL_SECONDS = 0.1


@dataclass(frozen=True, slots=True)
class SandboxLimits:
    """What a child may use: memory, time for one page, time in all."""

    memory_bytes: int = 1024 * 1024 * 1024
    page_seconds: float = 60.0
    total_seconds: float = 1800.0


DEFAULT_LIMITS = SandboxLimits()


def read_in_sandbox(
    kind: str,
    data: bytes,
    name: str,
    watch: Watch,
    limits: SandboxLimits = DEFAULT_LIMITS,
) -> tuple[str, dict[str, str]]:
    """The text and metadata of ``data`` read by the child's reader for ``kind``.

    Raises:
        IngestError: the reader refused the file, ran out of memory or time, or died.
        Cancelled: ``watch.cancelled()`` turned true meanwhile (the child is stopped).
    """
    command = [
        sys.executable, "-m", "workbench.core.ingest.sandbox_child", kind, str(limits.memory_bytes)
    ]  # fmt: skip
    with tempfile.TemporaryFile() as errors:
        child = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors
        )
        try:
            _send(child, data)
            return _answer(child, name, watch, limits, errors)
        finally:
            if child.poll() is None:
                child.kill()
            child.wait()
            for stream in (child.stdin, child.stdout):
                if stream is not None:
                    stream.close()


def _send(child: subprocess.Popen[bytes], data: bytes) -> None:
    """Hand the child its bytes from a thread: a dead child must not block the sender."""

    def write() -> None:
        assert child.stdin is not None
        try:
            child.stdin.write(data)
            child.stdin.close()
        except (BrokenPipeError, OSError, ValueError):
            pass

    threading.Thread(target=write, daemon=True).start()


def _answer(
    child: subprocess.Popen[bytes],
    name: str,
    watch: Watch,
    limits: SandboxLimits,
    errors: IO[bytes],
) -> tuple[str, dict[str, str]]:
    lines: queue.Queue[bytes] = queue.Queue()

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            lines.put(line)
        lines.put(b"")

    threading.Thread(target=read, daemon=True).start()
    started = last = time.monotonic()
    while True:
        if watch.cancelled():
            child.kill()
            raise Cancelled("stopped at the user's request")
        now = time.monotonic()
        if now - last > limits.page_seconds:
            raise IngestError(
                name,
                f"no progress in reading for {limits.page_seconds:.0f} s (a page that never"
                " ends?); refused",
            )
        if now - started > limits.total_seconds:
            raise IngestError(
                name, f"reading took longer than {limits.total_seconds:.0f} s; refused"
            )
        try:
            line = lines.get(timeout=POLL_SECONDS)
        except queue.Empty:
            continue
        if not line:
            raise IngestError(name, _death(child, limits, errors))
        message: dict[str, Any] = json.loads(line)
        if "page" in message:
            last = time.monotonic()
            done, total = message["page"]
            watch.progress(done, total, f"Reading page {done} of {total}")
        elif "error" in message:
            raise IngestError(name, str(message["error"]))
        else:
            return str(message["text"]), {k: str(v) for k, v in message["meta"].items()}


def _death(child: subprocess.Popen[bytes], limits: SandboxLimits, errors: IO[bytes]) -> str:
    """Why the child ended without an answer, in one line."""
    code = child.wait()
    errors.seek(0)
    tail = errors.read()[-2000:].decode("utf-8", "replace")
    if "MemoryError" in tail or code in (-9, 137):
        return (
            f"reading it needs more than {limits.memory_bytes // 2**20:,} MB of memory"
            " (a compression bomb?); refused"
        )
    last = tail.strip().splitlines()[-1:] or [f"exit status {code}"]
    return f"the document reader stopped unexpectedly ({last[0][:200]})"
