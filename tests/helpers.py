"""Helpers shared by tests and scripts (no fixtures here: those are in tests/conftest.py)."""
from __future__ import annotations

import contextlib
import os
from http.server import SimpleHTTPRequestHandler
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SUB_PATH = "/handboek/"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# Chromium opens its address bar's suggestion list (chrome://omnibox-popup, a page of its own) in a
# renderer process for every window, and Playwright opens a window for every page: about 0.4 s of
# processor time per page, which no test looks at (a headless window shows no address bar).
OMNIBOX_POPUP = ["WebUIOmniboxPopup", "WebUIOmniboxAimPopup", "WebUIOmniboxFullPopup"]


def args_for_tests(playwright: Any) -> list[str]:
    """CHROMIUM_ARGS with the address bar's suggestion list switched off. Chromium keeps only the last
    --disable-features it is given, and Playwright gives one of its own: its list is read from a first
    launch (the browser tells its command line only under --enable-automation) and extended."""
    probe = playwright.chromium.launch(executable_path=CHROMIUM, args=[*CHROMIUM_ARGS, "--enable-automation"])
    try:
        switches = probe.new_browser_cdp_session().send("Browser.getBrowserCommandLine")["arguments"]
    finally:
        probe.close()
    given = [switch.split("=", 1)[1] for switch in switches if switch.startswith("--disable-features=")]
    return [*CHROMIUM_ARGS, "--disable-features=" + ",".join([*given[-1:], *OMNIBOX_POPUP])]


class ServiceWorkersBlocked:
    """The browser, with service workers blocked in each new context unless a test allows them
    (`service_workers="allow"`): the site's own worker would otherwise answer requests that tests watch."""

    def __init__(self, browser, args: list[str]):
        self._browser = browser
        self.args = args  # as launched

    def new_context(self, **options):
        options.setdefault("service_workers", "block")
        return self._browser.new_context(**options)

    def new_page(self, **options):
        options.setdefault("service_workers", "block")
        return self._browser.new_page(**options)

    def __getattr__(self, name):
        return getattr(self._browser, name)


def without_python(context) -> None:
    """For tests that need a calculator page but not its answers: Pyodide's WebAssembly never arrives, so
    the page stays as a visitor sees it while Python is still loading (a cold start costs the machine
    about 12 s of processor time, which the tests beside it then wait for)."""
    context.route("**/pyodide.asm.wasm", lambda route: None)  # left unanswered: the download hangs


PRINT_READY = """() => {
  const list = document.getElementById("na-eerste-beeld");
  if (!list) return true;  // no list: the page links its stylesheets itself (a build without scripts.first_paint)
  const wanted = JSON.parse(list.textContent).stylesheets.length;
  const links = [...document.querySelectorAll('link[rel="stylesheet"][media="print"]')];
  return links.length >= wanted && links.every((link) => link.sheet);
}"""


def print_media(page) -> None:
    """Shows the page as printed, once its stylesheets for print are in: main.js adds them after the first
    paint (scripts/first_paint.py), and a test that printed sooner would see the screen's inline rules
    only (as a visitor printing in the page's first few hundred milliseconds would)."""
    page.wait_for_function(PRINT_READY)
    page.emulate_media(media="print")


class QuietHandler(SimpleHTTPRequestHandler):
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".mjs": "text/javascript",
                      ".wasm": "application/wasm", ".whl": "application/zip"}

    def log_message(self, format, *args):  # noqa: A002 - stdlib signature
        pass


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


def axe_violations(page, rules: list[str] | None = None, within: str | None = None) -> list[dict]:
    """Run axe-core (from npm, injected from disk: no network) and return its violations.
    `rules` limits the run to those rule ids, `within` to the part of the page a CSS selector names.
    A context with `add_init_script(path=AXE)` has axe on every page already; otherwise it is
    injected here."""
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    options = {"resultTypes": ["violations"]}
    if rules:
        options["runOnly"] = {"type": "rule", "values": rules}
    result = page.evaluate("async ([within, options]) => await axe.run(within || document, options)",
                           [within, options])
    return [{"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
            for v in result["violations"]]


# Material's colours change with a transition: each one is brought to its end at once. (Waiting for
# them had no time limit, as `evaluate` has none, and the site-wide audit once hung while it did.)
SCHEME = """(scheme) => {
  document.body.setAttribute('data-md-color-scheme', scheme);
  for (const animation of document.getAnimations()) {
    if (animation instanceof CSSTransition) animation.finish();
  }
}"""


@contextlib.contextmanager
def palette(page, scheme: str):
    """Material's dark palette ("slate") as its toggle sets it, put back afterwards (the warm page is shared)."""
    page.evaluate(SCHEME, scheme)
    try:
        yield
    finally:
        page.evaluate(SCHEME, "default")


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

        def page_of(url: str) -> str:  # without query and fragment (Material's tracking sets the latter)
            return url.split("#")[0].split("?")[0]

        if page_of(self.page.url) == page_of(target):  # to the same page it would not navigate
            self.open("over/", ready=None)
        self.page.evaluate("document.querySelector('article').dataset.leaving = 'true'")
        self.page.evaluate("""url => { const a = document.createElement("a"); a.href = url;
                                       document.querySelector(".md-content").append(a); a.click(); }""", target)
        self.page.wait_for_function("!document.querySelector('article[data-leaving]')")
        if ready:
            self.page.wait_for_selector(ready, timeout=90_000)
        return self.page


def search_queries() -> list[dict]:
    """tests/search_queries.yml, each entry with `path`: the page's address below the site root
    (`handboek/starten.md` → `handboek/starten/`, `index.md` → ``)."""
    import yaml

    entries = yaml.safe_load((ROOT / "tests" / "search_queries.yml").read_text(encoding="utf-8"))["queries"]
    for entry in entries:
        page = entry["page"].removesuffix(".md")
        page = page.removesuffix("index") if page == "index" or page.endswith("/index") else page + "/"
        entry["path"] = page
    return entries
