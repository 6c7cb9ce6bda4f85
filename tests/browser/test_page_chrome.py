"""The page chrome that follows the reader (assets/js/page-chrome.js, and the sidebars in site.css), in
place of Material's own script: the header's shadow and title, the table of contents and the address's
#fragment, the back-to-top button, the sidebars that scroll on their own, and the keys p/n and Enter."""
import re

import pytest

pytestmark = pytest.mark.browser

LONG = "bouwstenen/leesplan/"


def open_page(page, base_url, path=LONG, width=1366, height=768):
    page.set_viewport_size({"width": width, "height": height})
    page.goto(base_url + path)
    page.wait_for_selector("[data-md-component=container][data-mounted]")
    page.wait_for_timeout(350)  # a new page's own scrolling is not the visitor's (250 ms)


def has_class(page, selector, name):
    return page.evaluate(f"document.querySelector({selector!r}).classList.contains({name!r})")


def test_header_shadow_and_title_follow_scrolling(watched_page, base_url):
    page = watched_page.page
    open_page(page, base_url)
    assert not has_class(page, ".md-header__title", "md-header__title--active")
    page.mouse.wheel(0, 600)
    # Once the page's h1 is under the header, the header shows the page's title.
    page.wait_for_function("""document.querySelector('.md-header__title').classList.contains('md-header__title--active')
      && document.querySelector('.md-content h1').getBoundingClientRect().bottom <= 48""")
    assert has_class(page, ".md-header", "md-header--shadow")
    page.mouse.wheel(0, -2000)
    page.wait_for_function("!document.querySelector('.md-header__title').classList.contains('md-header__title--active')")

    # With the bar above the header (a new version of the site), the main area starts lower: no shadow
    # at the top, a shadow once the main area reaches the header.
    page.evaluate("document.querySelector('[data-offline-update]').hidden = false")
    page.wait_for_function("!document.querySelector('.md-header').classList.contains('md-header--shadow')")
    page.mouse.wheel(0, 300)
    page.wait_for_function("document.querySelector('.md-header').classList.contains('md-header--shadow')")


def test_table_of_contents_follows_the_section_being_read(watched_page, base_url):
    page = watched_page.page
    open_page(page, base_url)
    toc = ".md-sidebar--secondary [data-md-component=toc] a.md-nav__link"
    hashes = page.eval_on_selector_all(toc, "links => links.map(a => a.hash)")
    assert len(hashes) >= 4
    assert page.locator(f"{toc}.md-nav__link--active").count() == 0
    page.evaluate("history.replaceState({mark: 1}, '')")
    entries = page.evaluate("history.length")

    # The visitor scrolls to the third section: it is active, the two above it are passed.
    target = hashes[2]
    page.mouse.wheel(0, page.evaluate(f"document.getElementById({target[1:]!r}).getBoundingClientRect().top - 60"))
    page.wait_for_function(f"location.hash === {target!r}")
    active = page.eval_on_selector_all(f"{toc}.md-nav__link--active", "links => links.map(a => a.hash)")
    passed = page.eval_on_selector_all(f"{toc}.md-nav__link--passed", "links => links.map(a => a.hash)")
    assert active == [target]
    assert passed == hashes[:3]
    # The address follows without new history entries, and keeps navigation.js's state.
    assert page.evaluate("history.length") == entries
    assert page.evaluate("history.state && history.state.mark") == 1

    # Back at the top: no section, no fragment.
    page.mouse.wheel(0, -5000)
    page.wait_for_function("location.hash === '' && !location.href.includes('#')")
    assert page.locator(f"{toc}.md-nav__link--active").count() == 0


def test_back_to_top_appears_when_scrolling_up_and_goes_to_the_top(watched_page, base_url):
    page = watched_page.page
    open_page(page, base_url, width=390, height=844)
    top = page.locator(".md-top")
    assert top.get_attribute("tabindex") == "-1"  # hidden: not in the tab order either
    page.mouse.wheel(0, 2000)
    page.wait_for_function("scrollY > 1500")
    page.wait_for_timeout(100)
    assert page.evaluate("document.querySelector('.md-top').hidden")
    page.mouse.wheel(0, -300)
    page.wait_for_function("!document.querySelector('.md-top').hidden")
    assert top.get_attribute("tabindex") is None
    top.click()
    page.wait_for_function("scrollY === 0 && document.querySelector('.md-top').hidden")
    assert top.get_attribute("tabindex") == "-1"
    page.wait_for_function("location.hash === ''")


def test_left_sidebar_scrolls_on_its_own_and_stays_above_the_footer(watched_page, base_url):
    page = watched_page.page
    open_page(page, base_url, "bouwstenen/netwerk-en-beleid/")
    wrap = ".md-sidebar--primary .md-sidebar__scrollwrap"
    size = page.eval_on_selector(wrap, "w => [w.clientHeight, w.scrollHeight]")
    assert size[0] <= 768 - 48  # below the header, within the viewport
    assert size[1] > size[0]  # the navigation is longer: it scrolls in its own box
    box = page.locator(wrap).bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.wheel(0, 300)
    page.wait_for_function(f"document.querySelector({wrap!r}).scrollTop > 0")

    # Halfway down the page it stays in view below the header; at the bottom it ends above the footer.
    page.evaluate("scrollTo(0, document.documentElement.scrollHeight / 2)")
    page.wait_for_timeout(100)
    assert page.locator(".md-sidebar--primary").bounding_box()["y"] == 48
    page.evaluate("scrollTo(0, document.documentElement.scrollHeight)")
    page.wait_for_timeout(100)
    sidebar = page.locator(".md-sidebar--primary").bounding_box()
    footer = page.locator(".md-footer").bounding_box()
    assert sidebar["y"] + sidebar["height"] <= footer["y"] + 1


def test_the_current_page_link_is_in_view_in_the_left_sidebar(watched_page, base_url):
    page = watched_page.page
    open_page(page, base_url, "ouderbetrokkenheid/vve/literatuur/", height=600)
    wrap = page.locator(".md-sidebar--primary .md-sidebar__scrollwrap").bounding_box()
    link = page.locator(".md-sidebar--primary a.md-nav__link--active").bounding_box()
    assert wrap["y"] <= link["y"] and link["y"] + link["height"] <= wrap["y"] + wrap["height"]


def test_keys_go_to_the_next_and_previous_page(watched_page, base_url):
    page = watched_page.page
    open_page(page, base_url)
    page.evaluate("window.samePage = true")
    page.keyboard.press("n")
    page.wait_for_url(re.compile(r"bouwstenen/activiteiten/$"))
    page.wait_for_function("document.querySelector('h1').textContent.includes('Activiteiten')")
    page.keyboard.press(",")
    page.wait_for_url(re.compile(r"bouwstenen/leesplan/$"))
    page.wait_for_function("document.querySelector('h1').textContent.includes('mediaplan')")
    assert page.evaluate("window.samePage") is True  # instant navigation took them

    # Typed in a field, the letters are text.
    page.wait_for_selector("[data-md-component=container][data-mounted]")
    page.locator(".md-search__input").focus()
    page.keyboard.type("n.")
    page.wait_for_timeout(300)
    assert page.url.endswith(LONG)


def test_enter_opens_and_closes_a_navigation_section(watched_page, base_url):
    page = watched_page.page
    open_page(page, base_url)
    label = page.locator('.md-sidebar--primary label.md-nav__link[tabindex="0"]').first
    toggle = label.get_attribute("for")
    nav = page.locator(f'nav[aria-labelledby="{label.get_attribute("id")}"]')
    expanded = nav.get_attribute("aria-expanded")
    label.focus()
    page.keyboard.press("Enter")
    checked = "false" if expanded == "true" else "true"
    page.wait_for_function(f"document.getElementById({toggle!r}).checked === {checked}")
    assert nav.get_attribute("aria-expanded") != expanded
