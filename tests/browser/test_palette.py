"""The light/dark toggle in the header (assets/js/palette.js, in place of Material's palette component):
it switches the palette, keeps the choice for the next page, works from the keyboard, and follows the
system setting on a first visit."""
import pytest

pytestmark = pytest.mark.browser

TOGGLE = "form[data-palette] label:not([hidden])"
# The shown label switches to the other option ("Donkere weergave" is its title): the tests read the
# option it points to.
TO_DARK, TO_LIGHT = "__palette_1", "__palette_0"


def scheme(page) -> str:
    return page.evaluate("document.body.dataset.mdColorScheme")


def test_toggle_switches_and_the_next_page_keeps_it(watched_page, base_url):
    page = watched_page.page
    page.goto(base_url + "bouwstenen/netwerk-en-beleid/")
    page.wait_for_selector("form[data-palette][data-mounted]")
    assert scheme(page) == "default"
    assert page.locator(TOGGLE).count() == 1
    assert page.locator(TOGGLE).get_attribute("for") == TO_DARK
    page.locator(TOGGLE).click()
    assert scheme(page) == "slate"
    assert page.locator(TOGGLE).get_attribute("for") == TO_LIGHT
    assert page.evaluate("document.querySelector('meta[name=color-scheme]').content") == "dark"
    # Stored in Material's format, so its inline script restores it before the next page's first paint.
    stored = page.evaluate("__md_get('__palette')")
    assert stored["index"] == 1 and stored["color"]["scheme"] == "slate"
    page.goto(base_url + "rekenhulpen/")
    assert scheme(page) == "slate"
    page.wait_for_selector("form[data-palette][data-mounted]")
    assert page.locator(TOGGLE).get_attribute("for") == TO_LIGHT
    page.locator(TOGGLE).click()
    assert scheme(page) == "default"


def test_toggle_works_from_the_keyboard(watched_page, base_url):
    page = watched_page.page
    page.goto(base_url)
    page.wait_for_selector("form[data-palette][data-mounted]")
    page.focus("#__palette_0")
    page.keyboard.press("Enter")
    assert scheme(page) == "slate"
    page.keyboard.press("Enter")
    assert scheme(page) == "default"


def test_first_visit_follows_the_system_setting(chromium, site_dir, base_url):
    context = chromium.new_context(color_scheme="dark")
    page = context.new_page()
    page.goto(base_url)
    assert scheme(page) == "slate"
    page.wait_for_selector("form[data-palette][data-mounted]")
    assert page.locator(TOGGLE).get_attribute("for") == TO_LIGHT
    assert page.evaluate("document.querySelector('meta[name=color-scheme]').content") == "dark"
    context.close()
