"""The search dialog (assets/js/search.js, in place of Material's script): focusing the field or pressing
`/` opens it, Escape closes it and gives focus back, the arrow keys walk the result links, the meta line
counts the results in Dutch, `?q=` in the address opens it with that query, and choosing a result closes
it. The index is fetched only when needed: not at page start."""
import re

import pytest

from tests.helpers import axe_violations

pytestmark = pytest.mark.browser

OPEN = "document.getElementById('__search').checked"
RESULTS = "li.md-search-result__item"
LAPTOP = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}


def open_page(watch, base_url, path="", viewport=LAPTOP):
    page = watch.page
    page.set_viewport_size(viewport)
    page.goto(base_url + path)
    page.wait_for_selector("input.md-search__input[data-md-component=search-query]")
    # main.js mounts the dialog after the first paint.
    page.wait_for_function("document.querySelector('[data-md-component=search]').dataset.mounted")
    return page


def search_for(page, query):
    field = page.locator("input.md-search__input")
    field.click()
    field.fill("")
    field.press_sequentially(query)
    page.wait_for_selector(RESULTS, timeout=30_000)
    return field


def test_focus_opens_and_escape_closes(watched_page, base_url):
    page = open_page(watched_page, base_url)
    assert not page.evaluate(OPEN)
    page.locator("input.md-search__input").focus()
    page.wait_for_function(OPEN)
    assert page.locator("ol.md-search-result__list").get_attribute("role") == "list"
    page.keyboard.press("Escape")
    page.wait_for_function(f"!{OPEN}")
    assert page.evaluate("document.activeElement.matches('input.md-search__input')") is False
    assert page.locator("ol.md-search-result__list").get_attribute("role") == "presentation"


def test_index_is_fetched_only_when_needed(watched_page, base_url):
    page = open_page(watched_page, base_url)
    page.wait_for_timeout(300)
    assert not [url for url in watched_page.requests if "search_index.json" in url]
    with page.expect_request(re.compile(r"search/search_index\.json$")):
        page.locator("input.md-search__input").focus()


def test_slash_opens_from_the_page_and_escape_gives_focus_back(watched_page, base_url):
    page = open_page(watched_page, base_url)
    page.evaluate("""() => { const link = document.querySelector('.md-content a[href]');
                             link.id = 'before-search'; link.focus(); }""")
    page.keyboard.press("/")
    page.wait_for_function(OPEN)
    assert page.evaluate("document.activeElement.matches('input.md-search__input')")
    assert page.locator("input.md-search__input").input_value() == ""  # the key opens, it does not type
    page.keyboard.press("Escape")
    page.wait_for_function(f"!{OPEN}")
    assert page.evaluate("document.activeElement.id") == "before-search"


def test_shortcut_types_normally_in_a_field(watched_page, base_url):
    page = open_page(watched_page, base_url)
    page.evaluate("document.querySelector('.md-content').append(document.createElement('textarea'))")
    field = page.locator(".md-content textarea")
    field.focus()
    page.keyboard.press("s")
    page.keyboard.press("/")
    assert field.input_value() == "s/"
    assert not page.evaluate(OPEN)


def test_results_count_in_dutch_and_arrows_walk_the_links(watched_page, base_url):
    page = open_page(watched_page, base_url)
    field = search_for(page, "collectie")
    meta = page.locator(".md-search-result__meta")
    page.wait_for_function("/^\\d+(\\.\\d)?k? overeenkomende documenten$/.test("
                           "document.querySelector('.md-search-result__meta').textContent.trim())")
    count = int(meta.inner_text().split()[0])
    rendered = page.locator(RESULTS).count()
    assert 1 <= rendered <= count
    assert rendered <= 10 or count > 10  # rendered in batches, not all at once

    # Each item: a first link to the page, with Material's structure; the worker's <mark> kept.
    first = page.locator(f"{RESULTS} >> nth=0")
    assert first.locator("> a.md-search-result__link > article.md-search-result__article h1").count() == 1
    assert page.locator("ol.md-search-result__list mark").count() > 0

    field.press("ArrowDown")
    assert page.evaluate("document.activeElement.matches('li.md-search-result__item > a.md-search-result__link')")
    first_href = page.evaluate("document.activeElement.href")
    assert first_href == first.locator("a.md-search-result__link").first.evaluate("a => a.href")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.href") != first_href
    page.keyboard.press("ArrowUp")
    assert page.evaluate("document.activeElement.href") == first_href
    page.keyboard.press("ArrowUp")
    assert page.evaluate("document.activeElement.matches('input.md-search__input')")

    # Enter follows the focused link and the dialog closes.
    page.keyboard.press("ArrowDown")
    target = page.evaluate("document.activeElement.href")
    page.keyboard.press("Enter")
    page.wait_for_url(target.split("#")[0] + "*")
    page.wait_for_function(f"!{OPEN}")


def test_one_result_and_none(watched_page, base_url):
    page = open_page(watched_page, base_url)
    field = page.locator("input.md-search__input")
    field.click()
    meta = page.locator(".md-search-result__meta")
    page.wait_for_function("document.querySelector('.md-search-result__meta').textContent.trim() "
                           "=== 'Typ om te beginnen met zoeken'", timeout=30_000)
    field.press_sequentially("qqxqzzv")
    page.wait_for_function("document.querySelector('.md-search-result__meta').textContent.trim() "
                           "=== 'Geen overeenkomende documenten'")
    assert page.locator(RESULTS).count() == 0
    # The reset button empties the field and the list, and the placeholder text comes back.
    search_for(page, "collectie")
    page.locator("button[type=reset].md-search__icon").click()
    page.wait_for_function("!document.querySelector('li.md-search-result__item')")
    assert field.input_value() == ""
    assert meta.inner_text().strip() == "Typ om te beginnen met zoeken"
    assert page.evaluate("document.activeElement.matches('input.md-search__input')")


def test_query_in_the_address_opens_search(watched_page, base_url):
    page = watched_page.page
    page.set_viewport_size(LAPTOP)
    page.goto(base_url + "?q=leesplan")
    page.wait_for_selector(RESULTS, timeout=30_000)
    assert page.evaluate(OPEN)
    assert page.locator("input.md-search__input").input_value() == "leesplan"
    page.keyboard.press("Escape")
    page.wait_for_function(f"!{OPEN}")
    page.wait_for_function("!location.search.includes('q=')")


def test_phone_header_button_opens_and_a_result_closes(watched_page, base_url):
    page = open_page(watched_page, base_url, viewport=PHONE)
    page.locator("label.md-header__button[for=__search]").click()
    page.wait_for_function(OPEN)
    assert page.evaluate("document.activeElement.matches('input.md-search__input')")
    page.keyboard.type("ouders")
    page.wait_for_selector(RESULTS, timeout=30_000)
    link = page.locator(f"{RESULTS} a.md-search-result__link").first
    target = link.evaluate("a => a.href")
    link.click()
    page.wait_for_url(target.split("#")[0] + "*")
    page.wait_for_function(f"!{OPEN}")
    assert not page.evaluate("document.body.hasAttribute('data-md-scrolllock')")


def test_phone_page_keeps_its_place_behind_the_dialog(watched_page, base_url):
    page = open_page(watched_page, base_url, "bouwstenen/leesplan/", viewport=PHONE)
    page.evaluate("scrollTo(0, 600)")
    page.locator("label.md-header__button[for=__search]").click()
    page.wait_for_function("document.body.hasAttribute('data-md-scrolllock')")  # the page behind stays put
    page.keyboard.press("Escape")
    page.wait_for_function(f"!{OPEN}")
    assert not page.evaluate("document.body.hasAttribute('data-md-scrolllock')")
    assert page.evaluate("scrollY") == 600


# The structure rules. The colours are Material's CSS, left as it is: axe finds its accent colour on the
# <mark>s (4.25:1) and the grey meta line (4.41:1) just under 4.5:1.
STRUCTURE_RULES = ["aria-dialog-name", "aria-allowed-attr", "aria-allowed-role", "aria-required-children",
                   "aria-required-parent", "aria-hidden-focus", "list", "listitem", "link-name", "label",
                   "nested-interactive", "scrollable-region-focusable", "duplicate-id-aria", "button-name"]


def test_open_dialog_with_results_is_accessible(watched_page, base_url):
    page = open_page(watched_page, base_url)
    search_for(page, "collectie")
    assert axe_violations(page, STRUCTURE_RULES, within=".md-search") == []
