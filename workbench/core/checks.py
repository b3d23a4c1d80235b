"""Checks on values a person types: one clear line naming the value and what is wrong."""

from __future__ import annotations

from urllib.parse import urlsplit

from workbench.core.errors import InvalidInputError


def check_web_address(value: str, what: str = "URL", *, empty_ok: bool = False) -> str:
    """A web address starting with ``http://`` or ``https://`` and naming a host.

    Evidence is cited by readers of the report, who need an address their
    browser opens; "not-a-url" or a bare "www.example.org/x" would be
    exported as plain text. An address is stored exactly as typed (trimmed).

    Raises:
        InvalidInputError: anything else, with the value and what is wrong.
    """
    value = value.strip()
    if not value:
        if empty_ok:
            return ""
        raise InvalidInputError(f"{what}: empty; give a web address starting with https://")
    parts = urlsplit(value)
    host = parts.hostname or ""
    if parts.scheme.lower() in ("http", "https") and host and " " not in value:
        if "." in host or host == "localhost" or ":" in host:
            return value
        raise InvalidInputError(f"{what} {value!r}: {host!r} is not a host name")
    hint = ""
    if not parts.scheme and "." in value.split("/", 1)[0] and " " not in value:
        hint = f" (did you mean 'https://{value}'?)"
    raise InvalidInputError(
        f"{what} {value!r} is not a web address: it must start with http:// or https://{hint}"
    )
