"""The site offline after one visit (docs/sw.js, assets/js/offline.js, scripts/offline.py), in real
Chromium with service workers allowed: after a visit to the home page and one calculator the server
stops, and a page never visited, the search and another calculator still work; a new build replaces the
old one whole (never a page of one build with assets of the other) and the old cache goes; under
`make serve` a worker left behind removes itself. Each test builds the site for a server of its own."""
from __future__ import annotations

import functools
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote

import pytest
from playwright.sync_api import Error as PlaywrightError

from scripts import assets, offline
from tests.helpers import ROOT, SUB_PATH, PageWatch, QuietHandler

pytestmark = [pytest.mark.browser, pytest.mark.own_build]

OFFLINE_NOTE = "[data-offline-status]:not([hidden])"
UPDATE_BAR = "[data-offline-update]:not([hidden])"
READY = 'form[data-calculator][data-state="ready"]'


class RevalidatingHandler(QuietHandler):
    """Asks the browser to check every file again (as `mkdocs serve` does), so that only the service
    worker, not the browser's own HTTP cache, can answer from an earlier build."""

    def end_headers(self):
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()


class Server:
    """A static server for one folder, that a test can stop."""

    def __init__(self, root: Path, port: int):
        self.root = root
        handler = functools.partial(RevalidatingHandler, directory=str(root))
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}{SUB_PATH}"
        self.running = True

    def stop(self):
        if self.running:
            self.httpd.shutdown()
            self.httpd.server_close()
            self.running = False


@pytest.fixture(scope="module")
def build(tmp_path_factory, site_dir):
    """(port, site folder): one strict build for this module, for the address of a port of its own
    (instant navigation needs the site's own address). After site_dir, so the wheel is cached."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    site = tmp_path_factory.mktemp("offline-build") / SUB_PATH.strip("/")
    env = {**os.environ, "SITE_URL": f"http://127.0.0.1:{port}{SUB_PATH}", "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
                            cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return port, site


@pytest.fixture
def served(tmp_path, build):
    """(server, site folder): a copy of the module's build that this test may change, and a server for it
    on the build's port, that this test may stop."""
    port, built = build
    site = tmp_path / SUB_PATH.strip("/")
    shutil.copytree(built, site)
    server = Server(tmp_path, port)
    yield server, site
    server.stop()


@pytest.fixture
def context(chromium):
    context = chromium.new_context(locale="nl-NL", service_workers="allow")
    yield context
    context.close()


def wait_offline_ready(page):
    page.wait_for_selector(OFFLINE_NOTE, state="attached", timeout=120_000)


def result_text(page, key: str) -> str:
    return page.locator(f'[data-calculator-result] [data-result-key="{key}"]').first.text_content().strip()


def test_after_visiting_home_and_one_calculator_the_site_works_without_the_server(served, context):
    server, site = served
    page = context.new_page()
    watch = PageWatch(page)
    page.goto(server.base)
    assert page.locator(OFFLINE_NOTE).count() == 0, "the note says 'offline' only once it is true"
    wait_offline_ready(page)

    # The privacy page's switch: off removes the copy and stays off on the next page; on brings it back.
    page.goto(server.base + "privacy/")
    switch = page.locator('[data-action="offline-keuze"]')
    switch.click()
    page.wait_for_function("navigator.serviceWorker.getRegistrations().then(r => r.length === 0)")
    assert "staat uit" in page.locator("[data-offline-choice]").inner_text()
    assert page.evaluate("caches.keys()") == []
    page.reload()
    page.wait_for_load_state("load")
    page.wait_for_timeout(1500)  # long enough for an idle callback: nothing registers again
    assert page.evaluate("navigator.serviceWorker.getRegistrations().then(r => r.length)") == 0
    assert switch.inner_text() == "Offline lezen weer aanzetten"
    switch.click()
    assert "weer aan" in page.locator("[data-offline-choice]").inner_text()
    wait_offline_ready(page)

    page.goto(server.base + "rekenhulpen/collectie/")
    page.wait_for_selector(READY, timeout=90_000)
    wait_offline_ready(page)
    names = page.evaluate("caches.keys()")
    assert len(names) == 1 and names[0].startswith(f"handboek {server.base} ")
    kept = page.evaluate(f"caches.open({names[0]!r}).then(c => c.keys()).then(k => k.map(r => r.url))")
    assert kept and all(url.startswith(server.base) for url in kept), f"only this site's own files: {kept[:5]}"
    assert watch.foreign_requests() == [] and watch.console_errors == []

    server.stop()
    with pytest.raises(PlaywrightError):  # the server is really gone
        context.request.get(server.base, timeout=5_000)

    # A page never visited, by a full page load, and its links by instant navigation.
    page.goto(server.base + "bouwstenen/expertise/")
    assert "Expertise" in page.locator("h1").inner_text()
    page.locator("nav.md-nav a[href$='leesplan/']").first.click()
    page.wait_for_url(re.compile(r"bouwstenen/leesplan/$"))
    assert page.locator("h1").inner_text().strip()
    # The search index and Material's search worker.
    page.locator("input.md-search__input").click()
    page.keyboard.type("collectie")
    page.wait_for_selector("li.md-search-result__item", timeout=30_000)
    page.keyboard.press("Escape")

    # Another calculator, never opened: Pyodide and the wheel come from the cache, and it computes.
    page.goto(server.base + "rekenhulpen/exploitatie/?scholen=2")
    page.wait_for_selector(READY, timeout=90_000)
    before = result_text(page, "looptijd_excl")
    page.goto(server.base + "rekenhulpen/exploitatie/?scholen=3")
    page.wait_for_selector(READY, timeout=90_000)
    assert result_text(page, "looptijd_excl") != before
    board = quote("De Linde: 180; Het Anker: 240; 410")
    page.goto(server.base + "rekenhulpen/exploitatie/?leerlingen_per_school=" + board)
    page.wait_for_selector(READY, timeout=90_000)
    assert result_text(page, "boeken_doel").startswith("4.150")
    assert watch.console_errors == []


def make_build_b(site: Path, marker: str) -> str:
    """Build B from build A as a deploy would look: new text on the home page and a changed stylesheet
    under a new hashed name; then the service worker's list again. Returns the new stylesheet's name."""
    old = next((site / "assets/css").glob("site.*.css"))
    content = old.read_bytes() + b"\n/* build B */\n"
    new = assets.hashed_name("assets/css/site.css", content)
    (site / new).write_bytes(content)
    old.unlink()
    renamed = {old.relative_to(site).as_posix(): new}
    for page in site.rglob("*.html"):
        # The links (and the list main.js loads after the first paint) name the new stylesheet.
        html = assets.rewrite_page(page.read_text(encoding="utf-8"), renamed).replace(old.name, Path(new).name)
        if page == site / "index.html":
            html = html.replace("</h1>", f" {marker}</h1>", 1)
        page.write_text(html, encoding="utf-8")
    offline.write(site)
    return new


def performance_navigation_type(page) -> str:
    return page.evaluate("performance.getEntriesByType('navigation')[0].type")


def stylesheets(page) -> list[str]:
    """Our stylesheet as the page uses it (main.js adds it after the first paint: wait for it)."""
    page.wait_for_function("[...document.styleSheets].some(s => s.href && s.href.includes('/css/site.'))",
                           timeout=30_000)
    return page.evaluate("[...document.styleSheets].map(s => s.href).filter(h => h && h.includes('/css/site.'))")


def test_a_new_build_replaces_the_old_one_whole(served, context):
    server, site = served
    page = context.new_page()
    watch = PageWatch(page)
    page.goto(server.base)
    wait_offline_ready(page)
    page.reload()
    wait_offline_ready(page)
    (old_cache,) = page.evaluate("caches.keys()")
    old_css = stylesheets(page)

    new_css = make_build_b(site, "(versie B)")
    # The next visit finds the new worker; until the visitor updates, pages and assets stay those of A.
    page.goto(server.base + "over/")
    page.evaluate("navigator.serviceWorker.getRegistration().then(r => r.update())")
    page.wait_for_selector(UPDATE_BAR, timeout=120_000)
    assert stylesheets(page) == old_css
    page.goto(server.base)
    assert "(versie B)" not in page.locator("h1").inner_text()
    assert stylesheets(page) == old_css
    page.wait_for_selector(UPDATE_BAR, timeout=30_000)

    # "Nu bijwerken": the new worker takes over, the page reloads, and from then on everything is B.
    # (Waiting for the new page itself: Material's own history updates count as navigations too.)
    page.locator(UPDATE_BAR).get_by_role("button", name="Nu bijwerken").click()
    page.wait_for_function("document.querySelector('h1').textContent.includes('(versie B)')", timeout=30_000)
    page.wait_for_load_state("load")
    assert performance_navigation_type(page) == "reload"
    assert [href.rsplit("/", 1)[-1] for href in stylesheets(page)] == [new_css.rsplit("/", 1)[-1]]
    names = page.wait_for_function(
        f"caches.keys().then(n => n.length === 1 && n[0] !== {old_cache!r} ? n : null)", timeout=30_000)
    assert names.json_value()[0].startswith(f"handboek {server.base} ")
    assert page.locator(UPDATE_BAR).count() == 0

    # B offline too: the server goes, a page never visited still comes, with B's stylesheet.
    server.stop()
    page.goto(server.base + "handboek/starten/")
    assert page.locator("h1").inner_text().strip()
    assert [href.rsplit("/", 1)[-1] for href in stylesheets(page)] == [new_css.rsplit("/", 1)[-1]]
    page.goto(server.base)
    assert "(versie B)" in page.locator("h1").inner_text()
    assert watch.foreign_requests() == [] and watch.console_errors == []


def test_under_make_serve_a_worker_left_from_a_build_removes_itself(served, context):
    server, site = served
    page = context.new_page()
    page.goto(server.base)
    wait_offline_ready(page)
    # What `mkdocs serve` writes: pages without the offline switch, and sw.js without a list of files.
    for html in site.rglob("*.html"):
        html.write_text(html.read_text(encoding="utf-8").replace('<meta name="handboek-offline" content="aan">', ""),
                        encoding="utf-8")
    worker = site / "sw.js"
    worker.write_text(worker.read_text(encoding="utf-8").split("\n", 1)[1], encoding="utf-8")
    page.evaluate("navigator.serviceWorker.getRegistration().then(r => r.update())")
    page.wait_for_function("navigator.serviceWorker.getRegistrations().then(r => r.length === 0)", timeout=30_000)
    page.goto(server.base + "over/")
    assert page.evaluate("caches.keys()") == []
    assert page.evaluate("navigator.serviceWorker.getRegistrations().then(r => r.length)") == 0
    assert page.locator(OFFLINE_NOTE).count() == 0
