"""Fetching a web page by its address, within bounds a hostile server cannot stretch.

Each step has a limit: the connection and every read time out, the whole
download has a deadline (a server can drip a byte a second for ever), the
body has a size cap (a page that never ends), redirects are few and only to
http(s). Every failure is one line naming the address: 404, no network, not
a web page. What was fetched is kept as it came, with its content type and
the time, so a later reader can see it.
"""

from __future__ import annotations

import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from http.client import HTTPException
from urllib.parse import urlsplit

from workbench.core.clock import now_iso
from workbench.core.errors import Cancelled, IngestError
from workbench.core.progress import UNWATCHED, Watch

USER_AGENT = "ClaimWorkbench/0.1 (+fact-checking desktop app)"
READ_BLOCK = 64 * 1024


@dataclass(frozen=True, slots=True)
class FetchLimits:
    timeout_seconds: float = 20.0
    deadline_seconds: float = 60.0
    max_bytes: int = 20_000_000
    max_redirects: int = 5


DEFAULT_FETCH_LIMITS = FetchLimits()


@dataclass(frozen=True, slots=True)
class Fetched:
    """A page as the server sent it."""

    url: str
    final_url: str
    content_type: str
    charset: str
    data: bytes
    fetched_at: str


def is_url(value: str) -> bool:
    """Whether ``value`` is an http(s) address rather than a file name."""
    return value.lower().startswith(("http://", "https://"))


class _Redirects(urllib.request.HTTPRedirectHandler):
    """At most ``max_redirections`` redirects, and only to http(s) addresses."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise urllib.error.HTTPError(
                newurl, code, f"redirected to a non-web address {newurl!r}", headers, fp
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(
    url: str, limits: FetchLimits = DEFAULT_FETCH_LIMITS, watch: Watch = UNWATCHED
) -> Fetched:
    """Download ``url``.

    Raises:
        IngestError: bad address, no network, an HTTP error, too many redirects,
            too big, too slow.
        Cancelled: ``watch`` says stop.
    """
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise IngestError(
            url, "not a web address (it must start with http:// or https:// and name a host)"
        )
    bounded = {"max_redirections": limits.max_redirects, "max_repeats": limits.max_redirects}
    opener = urllib.request.build_opener(type("Redirects", (_Redirects,), bounded)())
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    started = time.monotonic()
    try:
        with opener.open(request, timeout=limits.timeout_seconds) as response:
            headers: Message = response.headers
            length = headers.get("Content-Length")
            if length and length.isdigit() and int(length) > limits.max_bytes:
                raise IngestError(url, _too_big(limits, int(length)))
            data = _read(response, url, limits, started, watch)
            final = response.geturl()
    except urllib.error.HTTPError as exc:
        exc.close()  # it holds the server's answer open
        raise IngestError(url, _http_error(exc, limits)) from exc
    except urllib.error.URLError as exc:
        raise IngestError(url, _network_error(exc.reason)) from exc
    except TimeoutError as exc:
        raise IngestError(url, f"no answer within {limits.timeout_seconds:.0f} s") from exc
    except (HTTPException, OSError, ValueError) as exc:
        raise IngestError(url, f"the download failed ({type(exc).__name__}: {exc})") from exc
    return Fetched(
        url=url,
        final_url=final,
        content_type=headers.get_content_type(),
        charset=headers.get_content_charset() or "",
        data=data,
        fetched_at=now_iso(),
    )


def _read(response: object, url: str, limits: FetchLimits, started: float, watch: Watch) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        if watch.cancelled():
            raise Cancelled("stopped at the user's request")
        block: bytes = response.read1(READ_BLOCK)  # type: ignore[attr-defined]
        if not block:
            return b"".join(chunks)
        size += len(block)
        if size > limits.max_bytes:
            raise IngestError(url, _too_big(limits))
        if time.monotonic() - started > limits.deadline_seconds:
            raise IngestError(
                url, f"the download took longer than {limits.deadline_seconds:.0f} s; stopped"
            )
        chunks.append(block)


def _too_big(limits: FetchLimits, size: int | None = None) -> str:
    what = f"{size / 1e6:,.1f} MB" if size else "it goes on"
    return f"the page is too big ({what}; the limit is {limits.max_bytes / 1e6:,.0f} MB); stopped"


def _http_error(exc: urllib.error.HTTPError, limits: FetchLimits) -> str:
    if 300 <= exc.code < 400:
        if "non-web" in str(exc.reason) or "not allowed" in str(exc.reason):
            return f"redirected to a non-web address ({exc.headers.get('Location', '?')})"
        return f"too many redirects (more than {limits.max_redirects}; a redirect loop?)"
    return f"the server answered {exc.code} {exc.reason}"


def _network_error(reason: object) -> str:
    if isinstance(reason, socket.gaierror):
        return "cannot find the host (no network, or a mistyped address?)"
    if isinstance(reason, ConnectionRefusedError):
        return "the server refused the connection"
    if isinstance(reason, TimeoutError):
        return "no answer from the server (timed out)"
    return f"cannot reach the server ({reason})"
