"""Instant navigation (assets/js/navigation.js, in place of Material's): a link to another page of the
site replaces the content in the same document; back and forward return to the place the visitor
left; a #fragment on the new page is scrolled to; what is not a page of the site loads as usual."""
import re

import pytest

pytestmark = pytest.mark.browser

LAPTOP = {"width": 1366, "height": 768}
EXPERTISE = "nav.md-nav--primary a[href$='/expertise/']"  # made absolute, as Material did


def open_page(page, url):
    page.set_viewport_size(LAPTOP)
    page.goto(url)
    page.wait_for_selector("[data-md-component=container][data-mounted]")
    page.evaluate("window.sameDocument = true")


def same_document(page) -> bool:
    return page.evaluate("window.sameDocument === true")


def test_a_link_replaces_the_content_in_the_same_document(watched_page, base_url):
    page = watched_page.page
    open_page(page, base_url + "bouwstenen/leesplan/")
    old_next = page.evaluate("document.querySelector('link[rel=next]').href")
    page.locator(EXPERTISE).first.click()
    page.wait_for_url(re.compile(r"bouwstenen/expertise/$"))
    page.wait_for_function("document.querySelector('h1').textContent.includes('Expertise')")
    assert same_document(page)
    assert "Expertise" in page.title()
    assert page.evaluate("document.querySelector('link[rel=next]').href") != old_next
    assert page.evaluate("document.querySelectorAll('link[rel=next]').length") == 1
    # The new page's features are mounted again (the container is new).
    page.wait_for_selector("[data-md-component=container][data-mounted]")
    assert page.evaluate("scrollY") == 0


def test_back_and_forward_return_to_the_place_left(watched_page, base_url):
    page = watched_page.page
    open_page(page, base_url + "bouwstenen/leesplan/")
    page.mouse.wheel(0, 1500)
    page.wait_for_function("scrollY > 1000")
    page.wait_for_timeout(300)  # the place is kept 100 ms after scrolling stops
    left_at = page.evaluate("scrollY")
    page.locator(EXPERTISE).first.click()
    page.wait_for_function("document.querySelector('h1').textContent.includes('Expertise')")
    page.go_back()
    page.wait_for_function("document.querySelector('h1').textContent.includes('mediaplan')")
    page.wait_for_function(f"Math.abs(scrollY - {left_at}) < 5")
    page.go_forward()
    page.wait_for_function("document.querySelector('h1').textContent.includes('Expertise')")
    assert page.evaluate("scrollY") < 5
    assert same_document(page)


def test_a_fragment_on_another_page_is_scrolled_to(watched_page, base_url):
    page = watched_page.page
    open_page(page, base_url + "bouwstenen/leesplan/")
    section = page.evaluate("""fetch('../expertise/').then(r => r.text()).then(t =>
        new DOMParser().parseFromString(t, 'text/html').querySelectorAll('article h2[id]')[2].id)""")
    page.evaluate("""id => { const a = document.createElement('a'); a.href = '../expertise/#' + id;
        a.textContent = 'x'; document.querySelector('article').append(a); a.click(); }""", section)
    page.wait_for_url(re.compile(rf"bouwstenen/expertise/#{section}$"))
    page.wait_for_function(f"""(() => {{ const top = document.getElementById('{section}').getBoundingClientRect().top;
        return top >= 0 && top < 200; }})()""")
    assert same_document(page)


def test_what_is_not_a_page_of_the_site_loads_as_usual(watched_page, base_url):
    page = watched_page.page
    open_page(page, base_url + "bouwstenen/leesplan/")
    # A page that does not exist: the fetch fails, so the browser loads the address itself (its 404).
    page.evaluate("""() => { const a = document.createElement('a'); a.href = '../bestaat-niet/';
        a.textContent = 'x'; document.querySelector('article').append(a); a.click(); }""")
    page.wait_for_url(re.compile(r"bouwstenen/bestaat-niet/$"))
    page.wait_for_load_state()
    assert not same_document(page)
    watched_page.console_errors.clear()  # the browser reports the 404 itself


def test_a_section_chosen_in_the_phone_menu_closes_the_menu(chromium, site_dir, base_url):
    context = chromium.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(base_url + "bouwstenen/leesplan/")
    page.wait_for_selector("[data-md-component=container][data-mounted]")
    page.locator("label.md-header__button[for=__drawer]").tap()
    assert page.evaluate("document.getElementById('__drawer').checked")
    page.locator(".md-sidebar--primary label.md-nav__link[for=__toc]").tap()  # the page's own sections
    page.locator(".md-sidebar--primary nav.md-nav--secondary a.md-nav__link").nth(2).tap()
    page.wait_for_function("!document.getElementById('__drawer').checked")
    page.wait_for_url(re.compile(r"bouwstenen/leesplan/#.+"))
    context.close()
