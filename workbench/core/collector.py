"""Python's cycle collector paused while a whole case is made into objects.

Each collection pass walks every container object made since the last one of
its generation, and the oldest generation's passes walk them all: building a
hundred thousand readings, feature rows and link drafts triggers passes whose
cost grows with everything built before, so the work grows faster than the
case. What a match builds holds no reference cycles (dicts, tuples, arrays),
so reference counting frees it as before. Parsing is never done with the
collector paused: spaCy's documents do hold cycles.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager


@contextmanager
def _collector(running: bool) -> Iterator[None]:
    was_running = gc.isenabled()
    (gc.enable if running else gc.disable)()
    try:
        yield
    finally:
        (gc.enable if was_running else gc.disable)()


def collector_paused() -> AbstractContextManager[None]:
    """The cycle collector off for the block, and back as it was after."""
    return _collector(running=False)


def collector_running() -> AbstractContextManager[None]:
    """The cycle collector on for the block (parsing inside a paused one), and back after."""
    return _collector(running=True)
