"""The cycle collector is paused for a case's bulk work and always given back: a collector
left off would let a long GUI session's cyclic garbage (parses, Qt wrappers) pile up."""

from __future__ import annotations

import gc

import pytest

from workbench.core.collector import collector_paused, collector_running


def test_the_collector_is_back_after_the_block_even_when_it_fails() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        assert not gc.isenabled()
        with collector_running():  # parsing inside a paused block
            assert gc.isenabled()
        assert not gc.isenabled()
        raise RuntimeError("a bad case")
    assert gc.isenabled()


def test_a_block_inside_a_paused_one_leaves_it_paused() -> None:
    with collector_paused():
        with collector_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
