"""The browser the tests drive: Chromium without the address bar's suggestion list, which it would
otherwise open in a process of its own for every page (see args_for_tests in tests/helpers.py)."""
import pytest

from tests.helpers import OMNIBOX_POPUP

pytestmark = pytest.mark.browser


def test_a_new_page_opens_no_address_bar_list_beside_it(chromium, site_dir, base_url):
    """No chrome://omnibox-popup beside the page (a Chromium that renamed its feature would bring it back,
    and with it 0.4 s of processor time per page)."""
    session = chromium.new_browser_cdp_session()
    context = chromium.new_context()
    page = context.new_page()
    page.goto(base_url)
    urls = [target["url"] for target in session.send("Target.getTargets")["targetInfos"]]
    context.close()
    assert base_url in urls
    assert [url for url in urls if "omnibox" in url] == []


def test_playwrights_own_list_of_features_switched_off_is_kept(chromium):
    """Chromium keeps only the last --disable-features: the one launched with extends Playwright's."""
    switched_off = [arg for arg in chromium.args if arg.startswith("--disable-features=")]
    assert len(switched_off) == 1
    names = switched_off[0].split("=", 1)[1].split(",")
    assert names[-len(OMNIBOX_POPUP):] == OMNIBOX_POPUP
    assert len(names) > len(OMNIBOX_POPUP), "Playwright's own list was not found"
