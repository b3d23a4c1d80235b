"""The Jinja2 environments the reports are rendered with.

Templates are package data (``workbench.resources/templates``) read through
:mod:`importlib.resources`, so they work from a wheel or a frozen app as
well as from a checkout. HTML escapes every value by default; Markdown has
no autoescape in Jinja, so its environment escapes every value through
``finalize`` instead, with :class:`MarkdownSafe` for the few values that
are already Markdown (link targets).
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any

from jinja2 import Environment, FunctionLoader, StrictUndefined

from workbench.core.export.safety import md_escape, md_url

TEMPLATE_PACKAGE = "workbench.resources"
TEMPLATE_FOLDER = "templates"


class MarkdownSafe(str):
    """Text already fit for Markdown; the Markdown environment leaves it alone."""

    __slots__ = ()


def _load(name: str) -> str | None:
    resource = files(TEMPLATE_PACKAGE) / TEMPLATE_FOLDER / name
    return resource.read_text(encoding="utf-8") if resource.is_file() else None


def _markdown_finalize(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, MarkdownSafe):
        return str(value)
    return md_escape(str(value))


def _markdown_link(text: Any, url: str) -> MarkdownSafe:
    """``[text](<url>)``, or the escaped text alone when the url is not safe to link."""
    target = md_url(url)
    label = md_escape(str(text)) or md_escape(url)
    return MarkdownSafe(f"[{label}](<{target}>)" if target else label)


def _score(value: float) -> str:
    return f"{value:.0f}"


@cache
def html_environment() -> Environment:
    """HTML with autoescape on for every template, whatever its name."""
    env = Environment(
        loader=FunctionLoader(_load),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["score"] = _score
    return env


@cache
def markdown_environment() -> Environment:
    """Markdown where every ``{{ value }}`` is escaped unless marked safe."""
    env = Environment(
        loader=FunctionLoader(_load),
        autoescape=False,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_markdown_finalize,
    )
    env.filters["link"] = _markdown_link
    env.filters["score"] = _score
    return env
