"""Whether two figures may tell one count does not depend on which claim is named first:
a reviewer who opens a link from either side must see one relation."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from workbench.core.match.figures import Figure, compatible

HEDGES = ("", "about", "at least", "at most", "some", "range")
DEAD = frozenset({"dead"})


@st.composite
def figures(draw: st.DrawFn) -> Figure:
    hedge = draw(st.sampled_from(HEDGES))
    value = float(draw(st.integers(1, 60)))
    upper = value + draw(st.integers(1, 30)) if hedge == "range" else 0.0
    return Figure(value, hedge, DEAD, upper=upper)


@given(figures(), figures())
def test_two_figures_agree_or_not_whichever_is_named_first(x: Figure, y: Figure) -> None:
    assert compatible(x, y) == compatible(y, x)
