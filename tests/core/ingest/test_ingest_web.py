"""Web pages by address, from a server on 127.0.0.1 that the test starts (never the internet)."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Callable, Iterator

import pytest

from workbench.core.errors import Cancelled, IngestError
from workbench.core.importing import ImportReport
from workbench.core.ingest import ArticleMeta, web_article
from workbench.core.ingest.fetch import FetchLimits
from workbench.core.progress import Watch
from workbench.core.store import CaseStore

PAGE = (
    b"<html><head><title>Army enters Deraa | Courier</title>"
    b"<meta property='og:site_name' content='Beirut Evening Courier'></head><body>"
    b"<nav>Home World Sport</nav><article><h1>Army enters Deraa</h1>"
    b"<p>Tanks rolled into the southern city of Deraa on Monday, residents said.</p>"
    b"<p>A rights group said at least 25 people had been killed since dawn.</p>"
    b"</article><footer>Copyright Courier</footer></body></html>"
)


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def send(self, code: int, body: bytes = b"", kind: str = "text/html; charset=utf-8") -> None:
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        routes: dict[str, Callable[[], None]] = {
            "/page": lambda: self.send(200, PAGE),
            "/moved": lambda: self.redirect("/page"),
            "/loop": lambda: self.redirect("/loop"),
            "/to-file": lambda: self.redirect("file:///etc/passwd"),
            "/picture": lambda: self.send(200, b"\x89PNG\r\n", "image/png"),
            "/endless": self.endless,
            "/drip": self.drip,
            "/plain": lambda: self.send(200, b"A spokesman said 3 died.\n", "text/plain"),
        }
        routes.get(self.path, lambda: self.send(404, b"gone"))()

    def redirect(self, where: str) -> None:
        self.send_response(302)
        self.send_header("Location", where)
        self.end_headers()

    def endless(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        block = b"<p>" + b"more " * 8000 + b"</p>"
        try:
            while True:
                self.wfile.write(block)
        except OSError:
            pass

    def drip(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            for _ in range(100):
                self.wfile.write(b"<p>x</p>")
                self.wfile.flush()
                time.sleep(0.2)
        except OSError:
            pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_page_by_url_keeps_main_text_url_time_and_raw_page(site: str) -> None:
    article = web_article(f"{site}/moved", ArticleMeta())
    assert article.format == "html"
    assert "A rights group said at least 25 people had been killed" in article.text
    assert "Copyright" not in article.text and "Sport" not in article.text
    assert article.title == "Army enters Deraa"
    assert article.outlet == "Beirut Evening Courier"
    assert article.path == f"{site}/moved"
    assert article.url == f"{site}/page"  # where the page was finally served from
    assert article.fetched_at[:4].isdigit() and "T" in article.fetched_at
    assert article.raw == PAGE and article.raw_type == "text/html"


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing", "the server answered 404"),
        ("/picture", "not a web page or a document (the server sent image/png)"),
        ("/loop", "too many redirects"),
        ("/to-file", "redirected to a non-web address"),
        ("/endless", "the page is too big"),
    ],
)
def test_bad_pages_fail_in_one_line_naming_the_address(site: str, path: str, reason: str) -> None:
    started = time.monotonic()
    with pytest.raises(IngestError) as caught:
        web_article(f"{site}{path}", ArticleMeta(), limits=FetchLimits(max_bytes=2_000_000))
    assert reason in caught.value.reason
    assert caught.value.path == f"{site}{path}"
    assert "\n" not in str(caught.value)
    assert time.monotonic() - started < 10


def test_no_server_and_no_host(site: str) -> None:
    port = int(site.rsplit(":", 1)[1])
    with pytest.raises(IngestError, match="refused the connection"):
        web_article(f"http://127.0.0.1:{port + 1 if port < 65535 else 1}/", ArticleMeta())
    with pytest.raises(IngestError, match="cannot find the host"):
        web_article("http://no-such-host.invalid/", ArticleMeta())
    with pytest.raises(IngestError, match="not a web address"):
        web_article("https:///nohost", ArticleMeta())


def test_a_page_that_drips_is_stopped_at_the_deadline(site: str) -> None:
    started = time.monotonic()
    with pytest.raises(IngestError, match="took longer than 1 s"):
        web_article(f"{site}/drip", ArticleMeta(), limits=FetchLimits(deadline_seconds=1))
    assert time.monotonic() - started < 5


def test_cancel_stops_a_download(site: str) -> None:
    with pytest.raises(Cancelled):
        web_article(f"{site}/endless", ArticleMeta(), watch=Watch(cancelled=lambda: True))


def test_import_stores_the_page_beside_its_text_and_reports_failures(
    site: str, store: CaseStore, run_import: Callable[..., ImportReport]
) -> None:
    report = run_import(f"{site}/page", f"{site}/missing", f"{site}/plain")
    assert [i.path for i in report.imported] == [f"{site}/page", f"{site}/plain"]
    assert [p for p, _ in report.failed] == [f"{site}/missing"]
    article = store.get_article(report.imported[0].id)
    assert article.url == f"{site}/page" and article.fetched_at
    assert store.fetched_page(article.id) == ("text/html", PAGE)
    for claim in store.claims():
        x = claim.extraction
        text = store.get_article(claim.article_id).text
        assert text[x.content_start : x.content_end] == x.content
    again = run_import(f"{site}/moved")
    assert again.duplicates == [(f"{site}/moved", article.id)]
