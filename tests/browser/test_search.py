"""The site's own search (Material's dialog, lunr in a web worker) finds what visitors type: every query
of tests/search_queries.yml is typed into the search field on a laptop, as a visitor would, and the page
that answers it must be among the first three distinct pages of the result list. Material lists the
sections of a page inside that page's result, so the test counts pages, not sections.

To know that the list on screen belongs to the whole query and not to the first letters typed, the test
watches the messages between the page and Material's search worker (it does not change them): the list
is read once the worker has answered every query the page sent, and the last one sent was the full
query. Run with `-rA` to see the first three pages of every query."""
import pytest

from tests.conftest import PageWatch
from tests.helpers import search_queries

pytestmark = pytest.mark.browser

QUERIES = search_queries()
LAPTOP = {"width": 1366, "height": 768}

# Counts what the page asks Material's search worker (type 2: a query) and what it answers (type 3: a
# result); type 1 means the index is ready. The messages themselves pass unchanged.
WATCH_SEARCH_WORKER = """(() => {
  const Native = window.Worker;
  const seen = window.searchWorker = {ready: false, sent: 0, answered: 0, last: null};
  window.Worker = class extends Native {
    constructor(url, options) {
      super(url, options);
      if (!String(url).includes("/workers/search.")) return;
      const post = this.postMessage.bind(this);
      this.postMessage = (message, ...rest) => {
        if (message && message.type === 2) { seen.sent += 1; seen.last = message.data; }
        return post(message, ...rest);
      };
      this.addEventListener("message", ({data}) => {
        if (data && data.type === 1) seen.ready = true;
        if (data && data.type === 3) seen.answered += 1;
      });
    }
  };
})();"""

SETTLED = """query => { const seen = window.searchWorker;
  return seen.last === query && seen.answered === seen.sent; }"""


@pytest.fixture(scope="module")
def search(chromium, site_dir, base_url):
    """The home page on a laptop with the search index loaded, for all queries of this module."""
    context = chromium.new_context(locale="nl-NL", viewport=LAPTOP)
    context.add_init_script(WATCH_SEARCH_WORKER)
    page = context.new_page()
    watch = PageWatch(page)
    page.goto(base_url)
    # The index loads when the visitor starts searching (assets/js/search.js), not with every page.
    page.wait_for_selector("[data-md-component=search][data-mounted]")
    page.locator("input.md-search__input").click()
    page.wait_for_function("window.searchWorker && window.searchWorker.ready", timeout=30_000)
    yield watch
    assert watch.foreign_requests() == [], "requests left 127.0.0.1"
    assert watch.console_errors == [], "console errors"
    context.close()


def first_pages(watch, base_url, query: str) -> list[str]:
    """Type the query into the search field and return the distinct pages of the result list, in order,
    as paths below the site root."""
    page = watch.page
    field = page.locator("input.md-search__input")
    field.click()
    field.press("Control+a")
    field.press("Backspace")
    field.press_sequentially(query)
    page.wait_for_function(SETTLED, arg=query, timeout=15_000)
    links = page.eval_on_selector_all(
        "ol.md-search-result__list > li.md-search-result__item",
        "items => items.map(item => item.querySelector('a.md-search-result__link').href)")
    pages = []
    for link in links:
        path = link.split("#")[0].split("?")[0].removeprefix(base_url)
        if path not in pages:
            pages.append(path)
    return pages


@pytest.mark.parametrize("entry", QUERIES, ids=[entry["query"] for entry in QUERIES])
def test_search_finds_the_page(search, base_url, entry):
    pages = first_pages(search, base_url, entry["query"])
    place = pages.index(entry["path"]) + 1 if entry["path"] in pages else None
    print(f"{entry['query']!r}: {entry['path'] or '(home)'} at {place}; first three: {pages[:3]}")
    assert entry["path"] in pages[:3], (
        f"'{entry['query']}' should find {entry['page']} among the first three pages; "
        f"it is at {place or 'no place'} of {len(pages)}, the first three are {pages[:3]}")
