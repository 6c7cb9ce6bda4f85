"""Print media: no header, navigation, sidebars, footer or search; the content takes the full width;
external links show their address."""
import pytest

from tests.helpers import print_media, without_python

pytestmark = pytest.mark.browser

CHROME = [".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer", ".md-search"]
PAGES = ["", "bouwstenen/netwerk-en-beleid/", "over/", "rekenhulpen/collectie/"]


@pytest.mark.parametrize("path", PAGES)
def test_print_hides_navigation_and_uses_full_width(watched_page, base_url, path):
    page = watched_page.page
    page.set_viewport_size({"width": 1400, "height": 900})
    without_python(page.context)  # the layout is the same before Python has started
    page.goto(base_url + path)
    # Negative control: on screen the header and the navigation are there.
    assert page.locator(".md-header").is_visible()
    assert page.locator(".md-sidebar--primary").is_visible()
    screen_width = page.locator(".md-content").bounding_box()["width"]

    print_media(page)
    for selector in CHROME:
        for element in page.locator(selector).all():
            assert element.is_hidden(), selector
    content = page.locator(".md-content").bounding_box()
    assert content["width"] > screen_width
    assert content["width"] >= 0.9 * page.viewport_size["width"]
    assert page.locator("article h1").is_visible()


def test_print_shows_the_address_of_external_links(watched_page, base_url):
    page = watched_page.page
    page.goto(base_url + "bouwstenen/netwerk-en-beleid/")
    after = "(a) => getComputedStyle(a, '::after').content"
    link = page.locator('.bouwsteen__bronnen a[href^="https://"]').first
    href = link.get_attribute("href")
    assert href not in link.evaluate(after)  # on screen: no address after the link
    print_media(page)
    assert href in link.evaluate(after)
    internal = page.locator(".bouwsteen__relaties a.bouwsteen-link").first
    assert internal.evaluate(after) in ("none", "normal")  # relative links stay as they are


def test_without_javascript_external_links_still_show_their_address(chromium, base_url, site_dir):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "bouwstenen/netwerk-en-beleid/")
    page.emulate_media(media="print")
    after = "(a) => getComputedStyle(a, '::after').content"
    link = page.locator('.bouwsteen__bronnen a[href^="https://"]').first
    assert link.get_attribute("href") in link.evaluate(after)
    assert page.locator(".bouwsteen__relaties a.bouwsteen-link").first.evaluate(after) in ("none", "normal")
    assert page.locator(".md-header").is_hidden()
    context.close()


def test_a_calculator_prints_the_fields_of_its_closed_steps_too(watched_page, base_url):
    """On screen a closed step's fields are not drawn (site.css); on paper every step is complete. A phone
    starts with only the first step open."""
    page = watched_page.page
    page.set_viewport_size({"width": 390, "height": 900})
    without_python(page.context)
    page.goto(base_url + "rekenhulpen/collectie/")
    page.wait_for_selector("form[data-calculator][data-mounted]")
    closed = page.locator("details[data-group]:not([open]) [name]")
    assert closed.count() > 0 and not closed.first.is_visible()  # negative control: on screen
    print_media(page)
    assert all(field.is_visible() for field in closed.all())
