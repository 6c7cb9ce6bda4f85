"""The meaning of an abbreviation (assets/js/tooltips.js, in place of Material's content.tooltips): it
shows under the abbreviation on hover and on a tap, inside the window, and goes again; the abbreviation
keeps its title for the browser and screen readers whenever the box is not shown."""
import pytest

pytestmark = pytest.mark.browser

PAGE = "bouwstenen/leesplan/"
ABBR = "article p abbr[title]"
BOX = ".abbr-tooltip"


def first_abbreviation(page):
    page.wait_for_selector(f"{ABBR}[data-mounted]")
    abbr = page.locator(ABBR).first.element_handle()  # a locator by [title] would move on to the next
    abbr.scroll_into_view_if_needed()
    return abbr, abbr.get_attribute("title")


def test_hover_shows_the_meaning_under_the_abbreviation(watched_page, base_url):
    page = watched_page.page
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(base_url + PAGE)
    abbr, meaning = first_abbreviation(page)
    assert meaning
    abbr.hover()
    box = page.locator(BOX)
    assert box.text_content() == meaning
    assert box.get_attribute("role") == "tooltip"
    # The browser's own tooltip would repeat it; the box describes the abbreviation meanwhile.
    assert abbr.get_attribute("title") is None
    assert abbr.get_attribute("aria-describedby") == box.get_attribute("id")
    host, shown = abbr.bounding_box(), box.bounding_box()
    assert host["y"] + host["height"] <= shown["y"] < host["y"] + host["height"] + 20
    # Material's own tooltips are off: it would mount one for every title at start.
    assert page.locator(".md-tooltip, .md-tooltip2").count() == 0
    page.mouse.move(5, 5)
    box.wait_for(state="detached")
    assert abbr.get_attribute("title") == meaning
    assert abbr.get_attribute("aria-describedby") is None


def test_a_tap_shows_it_inside_a_phone_screen_and_a_tap_elsewhere_hides_it(chromium, site_dir, base_url):
    context = chromium.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(base_url + PAGE)
    page.wait_for_selector(f"{ABBR}[data-mounted]")
    # The longest meaning on the page: the box wraps inside the screen.
    longest = page.evaluate(f"""[...document.querySelectorAll('{ABBR}')].reduce((a, b) =>
        b.title.length > a.title.length ? b : a).title""")
    abbr = page.locator(f'{ABBR}[title="{longest}"]').first.element_handle()
    abbr.scroll_into_view_if_needed()
    abbr.tap()
    box = page.locator(BOX)
    assert box.text_content() == longest
    shown = box.bounding_box()
    assert shown["x"] >= 0 and shown["x"] + shown["width"] <= 390
    page.locator("article > p:not(:has(abbr))").first.tap()
    box.wait_for(state="detached")
    # A second tap on the abbreviation shows it again, a tap on the shown one closes it, Escape too.
    abbr.tap()
    box.wait_for()
    abbr.tap()
    box.wait_for(state="detached")
    abbr.tap()
    box.wait_for()
    page.keyboard.press("Escape")
    box.wait_for(state="detached")
    assert abbr.get_attribute("title") == longest
    context.close()
