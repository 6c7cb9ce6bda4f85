"""Shared fixtures: the site's real data and the production renderer (one per session); one real
`mkdocs build --strict` per test session, served under /handboek/; headless Debian Chromium driven
by Playwright. Helper functions live in tests/helpers.py (re-exported here for older imports)."""
from __future__ import annotations

import functools
import os
import subprocess
import sys
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

from macros.data import Site
from macros.render import Renderer
from tests.helpers import (  # noqa: F401 - re-exported: browser tests import them from here
    AXE,
    CHROMIUM,
    CHROMIUM_ARGS,
    ROOT,
    SUB_PATH,
    PageWatch,
    QuietHandler,
    ServiceWorkersBlocked,
    WarmPage,
    args_for_tests,
    axe_violations,
)


@pytest.fixture(scope="session")
def site() -> Site:
    """The real data/, loaded and checked once."""
    return Site.load(ROOT)


@pytest.fixture(scope="session")
def renderer(site) -> Renderer:
    """The renderer the site itself uses (every filter and global, the real texts and glossary)."""
    return Renderer.for_site(site)


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
def site_dir(server_root, base_url, pytestconfig):
    """The real site, built once with `mkdocs build --strict` for the test server's address."""
    target = server_root / SUB_PATH.strip("/")
    env = {**os.environ, "SITE_URL": base_url, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(target)],
                            cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    pytestconfig.stash[BUILT_SITE] = target
    return target


BUILT_SITE = pytest.StashKey[Path]()


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """After a run that built the site: the plain-Dutch figures (printed, never a failure)."""
    site = config.stash.get(BUILT_SITE, None)
    if site is not None and site.exists():
        from scripts.readability import site_figures, summary

        terminalreporter.write_line(summary(site_figures(site)))


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
        args = args_for_tests(playwright)
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=args, headless=True)
        yield ServiceWorkersBlocked(browser, args)
        browser.close()


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
