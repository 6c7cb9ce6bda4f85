"""Shared fixtures: one real `mkdocs build --strict` per test session, served under /handboek/,
and headless Debian Chromium driven by Playwright."""
from __future__ import annotations

import functools
import os
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SUB_PATH = "/handboek/"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class QuietHandler(SimpleHTTPRequestHandler):
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".mjs": "text/javascript",
                      ".wasm": "application/wasm", ".whl": "application/zip"}

    def log_message(self, format, *args):  # noqa: A002 - stdlib signature
        pass


@pytest.fixture(scope="session")
def server_root(tmp_path_factory):
    return tmp_path_factory.mktemp("www")


@pytest.fixture(scope="session")
def http_server(server_root):
    """A local static server for server_root; the site is built into server_root/handboek."""
    handler = functools.partial(QuietHandler, directory=str(server_root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()


@pytest.fixture(scope="session")
def base_url(http_server):
    return f"http://127.0.0.1:{http_server.server_address[1]}{SUB_PATH}"


@pytest.fixture(scope="session")
def site_dir(server_root, base_url):
    """The real site, built once with `mkdocs build --strict` for the test server's address."""
    target = server_root / SUB_PATH.strip("/")
    env = {**os.environ, "SITE_URL": base_url, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(target)],
                            cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return target


@pytest.fixture(scope="session")
def built_pages(site_dir):
    """Every HTML page of the built site, relative to the site root (404.html excluded)."""
    return sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*.html")
                  if p.name != "404.html" and "assets" not in p.parts)


@pytest.fixture(scope="session")
def chromium():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} ontbreekt: installeer Debian's chromium (make test doet dat).")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


class PageWatch:
    """Records requests and console errors of a page, for assertions after the test's actions."""

    def __init__(self, page):
        self.page = page
        self.requests: list[str] = []
        self.console_errors: list[str] = []
        page.on("request", lambda request: self.requests.append(request.url))
        page.on("console", lambda msg: msg.type == "error" and self.console_errors.append(msg.text))
        page.on("pageerror", lambda error: self.console_errors.append(str(error)))

    def foreign_requests(self) -> list[str]:
        allowed = ("http://127.0.0.1:", "data:", "blob:", "about:")
        return [url for url in self.requests if not url.startswith(allowed)]


class WarmPage(PageWatch):
    """One page for the whole session whose Pyodide is already running: `open(path)` moves to a page of
    the site by Material's instant navigation (the same document, so the same worker), as a visitor
    clicking a link would. For tests that do not need a cold start."""

    def __init__(self, page, base_url):
        super().__init__(page)
        self.base_url = base_url

    def reset(self):
        self.requests.clear()
        self.console_errors.clear()
        self.page.emulate_media(media="screen")
        self.page.set_viewport_size({"width": 1280, "height": 800})

    def open(self, path: str, ready: str | None = 'form[data-calculator][data-state="ready"]'):
        target = self.base_url + path
        if self.page.url.split("?")[0] == target.split("?")[0]:  # to the same page it would not navigate
            self.open("over/", ready=None)
        self.page.evaluate("document.querySelector('article').dataset.leaving = 'true'")
        self.page.evaluate("""url => { const a = document.createElement("a"); a.href = url;
                                       document.querySelector(".md-content").append(a); a.click(); }""", target)
        self.page.wait_for_function("!document.querySelector('article[data-leaving]')")
        if ready:
            self.page.wait_for_selector(ready, timeout=90_000)
        return self.page


@pytest.fixture(scope="session")
def warm_session(chromium, site_dir, base_url):
    context = chromium.new_context(locale="nl-NL", accept_downloads=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url.split("/handboek")[0])
    warm = WarmPage(context.new_page(), base_url)
    warm.page.goto(base_url + "rekenhulpen/collectie/")
    warm.page.wait_for_selector('form[data-calculator][data-state="ready"]', timeout=90_000)
    warm.page.evaluate("window.warmDocument = true")
    yield warm
    context.close()


@pytest.fixture
def warm(warm_session):
    """The session's warm page (see WarmPage); checks no foreign request and no console error."""
    warm_session.reset()
    yield warm_session
    assert warm_session.page.evaluate("window.warmDocument") is True, "the page was reloaded"
    assert warm_session.foreign_requests() == [], "requests left 127.0.0.1"
    assert warm_session.console_errors == [], "console errors"


@pytest.fixture
def browser_context(chromium, site_dir):
    context = chromium.new_context(locale="nl-NL", accept_downloads=True)
    yield context
    context.close()


@pytest.fixture
def watched_page(browser_context):
    page = browser_context.new_page()
    watch = PageWatch(page)
    yield watch
    assert watch.foreign_requests() == [], "requests left 127.0.0.1"
    assert watch.console_errors == [], "console errors"


AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


def axe_violations(page, rules: list[str] | None = None) -> list[dict]:
    """Run axe-core (from npm, injected from disk: no network) and return its violations.
    `rules` limits the run to those rule ids. A context with `add_init_script(path=AXE)` has axe
    on every page already; otherwise it is injected here."""
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    options = {"resultTypes": ["violations"]}
    if rules:
        options["runOnly"] = {"type": "rule", "values": rules}
    result = page.evaluate("async (options) => await axe.run(document, options)", options)
    return [{"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
            for v in result["violations"]]


