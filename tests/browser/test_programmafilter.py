"""The programme filter in headless Chromium: the script reveals the form; an age range (overlap,
both ends inclusive), the NJi checkbox and the setting hide exactly the rows that do not match;
the filter is kept in the query string and shown again after Back; a link with the query opens
filtered; the table fits a laptop's content column and reads as cards on a phone; nothing leaves
127.0.0.1, and axe-core finds no violations on the page."""
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from tests.conftest import PageWatch, axe_violations
from tests.helpers import print_media

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
PROGRAMMES = yaml.safe_load((ROOT / "data" / "programmas.yml").read_text(encoding="utf-8"))["programmas"]
ALL = [p["id"] for p in PROGRAMMES]
PAGE = "ouderbetrokkenheid/programmas/"
READY = '[data-filter][data-state="ready"]'
LAPTOP = {"width": 1366, "height": 768}
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}


def expected(setting=None, van=None, tot=None, nji=False):
    """The ids that should stay visible, computed from the data: 'beide' counts for thuis and groep;
    an age range matches a programme whose own range overlaps it, both ends inclusive; any
    recognition level other than 'niet-vermeld' counts as recognised by the NJi."""
    keep = []
    for p in PROGRAMMES:
        if setting and not (p["setting"] == setting or (p["setting"] == "beide" and setting in ("thuis", "groep"))):
            continue
        if nji and p["erkenning"] == "niet-vermeld":
            continue
        if van is not None or tot is not None:
            if "leeftijd_van" not in p:
                continue
            if tot is not None and p["leeftijd_van"] > tot:
                continue
            if van is not None and p["leeftijd_tot"] < van:
                continue
        keep.append(p["id"])
    return keep


def visible(page):
    return page.eval_on_selector_all("table.programmas-tabel tbody tr",
                                     "rows => rows.filter(r => !r.hidden).map(r => r.dataset.programma)")


def form_state(page):
    return page.evaluate("""() => { const f = document.querySelector("form[data-filter-form]").elements;
        return {van: f.leeftijd_van.value, tot: f.leeftijd_tot.value, nji: f.nji.checked,
                setting: f.setting.value}; }""")


def query(page):
    return {key: values[0] for key, values in parse_qs(urlsplit(page.url).query).items()}


def status(page):
    return page.text_content("[data-filter] [data-status]")


def choose(page, van="", tot="", nji=False, setting=""):
    page.select_option("select[name=leeftijd_van]", van)
    page.select_option("select[name=leeftijd_tot]", tot)
    page.set_checked("input[name=nji]", nji)
    page.select_option("select[name=setting]", setting)


@pytest.fixture
def overview(watched_page, base_url):
    page = watched_page.page
    page.set_viewport_size(LAPTOP)
    page.goto(base_url + PAGE)
    page.wait_for_selector(READY)
    return page


def test_form_appears_and_all_rows_show_at_first(overview):
    assert overview.is_visible("form[data-filter-form]")
    assert visible(overview) == ALL
    assert f"{len(ALL)} van de {len(ALL)}" in status(overview)
    assert query(overview) == {}


def test_filter_by_setting_hides_the_right_rows(overview):
    overview.select_option("select[name=setting]", "groep")
    shown = expected(setting="groep")
    assert visible(overview) == shown
    assert "thuis-in-taal" in shown and "verteltassen" in shown and "voorleesexpress" not in shown
    overview.select_option("select[name=setting]", "thuis")
    assert visible(overview) == expected(setting="thuis")
    assert f"{len(expected(setting='thuis'))} van de {len(ALL)}" in status(overview)


@pytest.mark.parametrize(("van", "tot"), [
    (2, 4),    # Instapje (1-2) touches the lower end, VVE Thuis (3-6) overlaps the upper one
    (1, 1),    # only Instapje
    (6, 6),    # VVE Thuis ends at 6: included
    (7, 8),    # VoorleesExpress ends at 8, Voor jou en je kind runs to 12
    (9, 12),   # only Voor jou en je kind
    (3, None), # from 3 up: Instapje (1-2) drops out
    (None, 1), # up to 1: only Instapje
])
def test_age_range_matches_programmes_whose_range_overlaps_it(overview, van, tot):
    choose(overview, van=str(van or ""), tot=str(tot or ""))
    shown = expected(van=van, tot=tot)
    assert visible(overview) == shown
    # The programmes without an age in the source drop out, and the page says so.
    without_age = [p["id"] for p in PROGRAMMES if "leeftijd_van" not in p]
    assert not set(without_age) & set(shown)
    assert f"{len(shown)} van de {len(ALL)}" in status(overview)
    assert f"{len(without_age)} programma's vallen weg omdat de bron er geen leeftijd bij noemt" in status(overview)


def test_age_range_boundaries_are_inclusive(overview):
    choose(overview, van="2", tot="4")
    assert {"instapje", "opstapje", "vve-thuis"} <= set(visible(overview))
    choose(overview, van="3", tot="3")
    assert "instapje" not in visible(overview) and "opstapje" in visible(overview)
    choose(overview, van="8", tot="8")
    assert visible(overview) == ["voorleesexpress", "voor-jou-en-je-kind"]


def test_from_above_to_moves_the_other_end_along(overview):
    choose(overview, van="2", tot="4")
    overview.select_option("select[name=leeftijd_van]", "6")
    assert form_state(overview)["tot"] == "6"
    overview.select_option("select[name=leeftijd_tot]", "3")
    assert form_state(overview)["van"] == "3"
    assert visible(overview) == expected(van=3, tot=3)


def test_nji_checkbox_keeps_every_recognised_programme(overview):
    overview.check("input[name=nji]")
    shown = expected(nji=True)
    assert visible(overview) == shown
    assert set(shown) == {p["id"] for p in PROGRAMMES if p["erkenning"] != "niet-vermeld"}
    assert {"vve-thuis", "instapje", "opstapje", "voorleesexpress"} == set(shown)  # both levels count
    # The reviewer's question: NJi-recognised programmes for toddlers (2 to 4 years).
    choose(overview, van="2", tot="4", nji=True)
    assert visible(overview) == expected(van=2, tot=4, nji=True)
    choose(overview, van="5", tot="5", nji=True)
    assert visible(overview) == ["vve-thuis", "voorleesexpress"]
    overview.uncheck("input[name=nji]")
    assert visible(overview) == expected(van=5, tot=5)


def test_filters_combine_and_reset_shows_all(overview):
    choose(overview, van="3", tot="3", setting="thuis")
    assert visible(overview) == expected(setting="thuis", van=3, tot=3)
    overview.check("input[name=nji]")
    assert visible(overview) == expected(setting="thuis", van=3, tot=3, nji=True)
    choose(overview, van="1", tot="1", setting="groep")
    assert expected(setting="groep", van=1, tot=1) == [] and visible(overview) == []
    assert status(overview).startswith("Geen")
    overview.click("form[data-filter-form] button[type=reset]")
    overview.wait_for_function(
        f"document.querySelectorAll('table.programmas-tabel tbody tr:not([hidden])').length === {len(ALL)}")
    assert visible(overview) == ALL
    overview.wait_for_function("location.search === ''")
    assert form_state(overview) == {"van": "", "tot": "", "nji": False, "setting": ""}


def test_filter_state_is_kept_in_the_address_next_to_other_parameters(watched_page, base_url):
    page = watched_page.page
    page.goto(base_url + PAGE + "?h=voorlezen")  # Material's search highlight parameter stays
    page.wait_for_selector(READY)
    entries = page.evaluate("history.length")
    choose(page, van="2", tot="4", nji=True, setting="thuis")
    assert query(page) == {"h": "voorlezen", "leeftijd_van": "2", "leeftijd_tot": "4", "nji": "erkend",
                           "setting": "thuis"}
    page.select_option("select[name=setting]", "")
    page.uncheck("input[name=nji]")
    assert query(page) == {"h": "voorlezen", "leeftijd_van": "2", "leeftijd_tot": "4"}
    assert page.evaluate("history.length") == entries  # replaced, not added: Back leaves the page


def test_a_link_with_the_filter_query_opens_filtered(watched_page, base_url):
    page = watched_page.page
    page.goto(base_url + PAGE + "?leeftijd_van=2&leeftijd_tot=4&nji=erkend")
    page.wait_for_selector(READY)
    assert form_state(page) == {"van": "2", "tot": "4", "nji": True, "setting": ""}
    assert visible(page) == expected(van=2, tot=4, nji=True)
    assert f"{len(expected(van=2, tot=4, nji=True))} van de {len(ALL)}" in status(page)
    # Values that are no choice of the form are ignored (and leave the address); a reversed range is put in order.
    page.goto(base_url + PAGE + "?leeftijd_van=7&leeftijd_tot=3&setting=overal&nji=ja")
    page.wait_for_selector(READY)
    assert form_state(page) == {"van": "7", "tot": "7", "nji": False, "setting": ""}
    assert visible(page) == expected(van=7, tot=7)
    assert query(page) == {"leeftijd_van": "7", "leeftijd_tot": "7"}


def check_shown_again(page, van, tot, nji):
    page.wait_for_selector(READY)
    page.wait_for_function(f"document.querySelector('[data-filter] [data-status]').textContent.startsWith("
                           f"'{len(expected(van=van, tot=tot, nji=nji))} van de')")
    assert form_state(page) == {"van": str(van), "tot": str(tot), "nji": nji, "setting": ""}
    assert visible(page) == expected(van=van, tot=tot, nji=nji)
    assert query(page) == {"leeftijd_van": str(van), "leeftijd_tot": str(tot), **({"nji": "erkend"} if nji else {})}


def test_back_from_a_programme_page_by_instant_navigation_shows_the_filter_again(watched_page, base_url):
    page = watched_page.page
    page.goto(base_url + PAGE)
    page.wait_for_selector(READY)
    page.evaluate("window.__zelfdeDocument = true")
    choose(page, van="3", tot="3")
    page.click("tr[data-programma=vve-thuis] th a")
    page.wait_for_url("**/programmas/vve-thuis/**")
    assert page.evaluate("window.__zelfdeDocument === true")  # Material's instant navigation
    page.go_back()
    page.wait_for_url("**/programmas/?**")
    check_shown_again(page, 3, 3, False)
    assert page.evaluate("window.__zelfdeDocument === true")


def test_back_from_a_programme_page_after_a_full_page_load_shows_the_filter_again(watched_page, base_url):
    page = watched_page.page
    page.goto(base_url + PAGE)
    page.wait_for_selector(READY)
    choose(page, van="2", tot="4", nji=True)
    page.goto(base_url + PAGE + "opstapje/")  # a real page load, as from another site or a bookmark
    page.go_back()
    check_shown_again(page, 2, 4, True)
    page.reload()
    check_shown_again(page, 2, 4, True)
    # A page the browser restores from its back/forward cache is set from its address again.
    page.evaluate("""() => { history.replaceState(history.state, "", "?leeftijd_van=5&leeftijd_tot=5");
                             window.dispatchEvent(new PageTransitionEvent("pageshow", {persisted: true})); }""")
    check_shown_again(page, 5, 5, False)


def test_table_fits_the_content_column_of_a_laptop(overview):
    box = overview.evaluate("""() => {
        const wrap = document.querySelector(".programmafilter__tabel");
        const table = wrap.querySelector("table");
        const cells = [...table.querySelectorAll("th, td")];
        const singleWordLinks = [...table.querySelectorAll("tbody th a")]
          .filter(a => !/\\s/.test(a.textContent.trim()));
        return {
          column: document.querySelector("article.md-content__inner").clientWidth,
          wrap: wrap.clientWidth, scroll: wrap.scrollWidth, table: table.getBoundingClientRect().width,
          overflowing: cells.filter(c => c.scrollWidth > c.clientWidth + 1).map(c => c.textContent.trim().slice(0, 30)),
          broken: singleWordLinks.filter(a => a.getClientRects().length > 1).map(a => a.textContent),
          headerShown: getComputedStyle(table.querySelector("thead")).position !== "absolute",
        };
    }""")
    assert box["column"] <= 700  # the 1366 px laptop's content column, between the two sidebars
    assert box["scroll"] <= box["wrap"] and box["table"] <= box["wrap"] + 1
    assert box["overflowing"] == []
    assert box["broken"] == []  # "VoorleesExpress" is not broken in the middle
    assert box["headerShown"]


def test_phone_shows_every_programme_as_a_card_without_cut_off_content(chromium, site_dir, base_url):
    context = chromium.new_context(locale="nl-NL", **PHONE)
    watch = PageWatch(context.new_page())
    page = watch.page
    page.goto(base_url + PAGE + "?leeftijd_van=2&leeftijd_tot=4")
    page.wait_for_selector(READY)
    box = page.evaluate("""() => {
        const wrap = document.querySelector(".programmafilter__tabel");
        const right = wrap.getBoundingClientRect().right;
        const rows = [...wrap.querySelectorAll("tbody tr:not([hidden])")];
        const parts = [...wrap.querySelectorAll("tbody tr:not([hidden]) :is(th, td, a, p)")];
        return {
          scroll: wrap.scrollWidth, wrap: wrap.clientWidth, page: document.documentElement.scrollWidth,
          cutOff: parts.filter(e => e.getBoundingClientRect().right > right + 1).length,
          cards: rows.map(r => getComputedStyle(r).display),
          label: getComputedStyle(rows[0].querySelector("td[data-label]"), "::before").content,
          headerHidden: getComputedStyle(wrap.querySelector("thead")).position === "absolute",
        };
    }""")
    assert box["scroll"] <= box["wrap"] and box["page"] <= 390
    assert box["cutOff"] == 0
    assert box["cards"] == ["block"] * len(expected(van=2, tot=4))
    assert "Leeftijd" in box["label"]
    assert box["headerHidden"]
    # The hidden rows stay hidden as cards too.
    assert visible(page) == expected(van=2, tot=4)
    assert page.locator("tr[data-programma=digitale-prentenboeken]").is_hidden()
    context.close()
    assert watch.foreign_requests() == [] and watch.console_errors == []


def test_a_filtered_printout_says_it_is_filtered(overview):
    choose(overview, van="2", tot="4")
    print_media(overview)
    assert overview.locator(".programmafilter__velden").is_hidden()
    assert overview.locator("form[data-filter-form] button[type=reset]").is_hidden()
    assert overview.locator("[data-filter] [data-status]").is_visible()
    assert f"{len(expected(van=2, tot=4))} van de {len(ALL)}" in status(overview)


def test_without_javascript_the_whole_table_is_there(chromium, site_dir, base_url):
    context = chromium.new_context(java_script_enabled=False, viewport=LAPTOP)
    page = context.new_page()
    page.goto(base_url + PAGE + "?leeftijd_van=2&leeftijd_tot=4")
    assert page.locator("form[data-filter-form]").is_hidden()
    assert page.locator("table.programmas-tabel tbody tr:visible").count() == len(ALL)
    wrap = page.evaluate("(() => { const w = document.querySelector('.programmafilter__tabel');"
                         " return [w.scrollWidth, w.clientWidth]; })()")
    assert wrap[0] <= wrap[1]
    context.close()


@pytest.mark.parametrize(("scheme", "device"), [("light", "laptop"), ("dark", "laptop"), ("light", "phone")])
def test_no_axe_violations_on_the_programme_table_page(chromium, site_dir, base_url, scheme, device):
    options = PHONE if device == "phone" else {"viewport": LAPTOP}
    context = chromium.new_context(locale="nl-NL", color_scheme=scheme, **options)
    page = context.new_page()
    page.goto(base_url + PAGE + "?leeftijd_van=2&leeftijd_tot=4&nji=erkend")
    page.wait_for_selector(READY)
    expected_scheme = "slate" if scheme == "dark" else "default"
    assert page.get_attribute("body", "data-md-color-scheme") == expected_scheme
    page.select_option("select[name=setting]", "thuis")
    assert axe_violations(page) == []
    context.close()


def test_filter_mounts_after_instant_navigation(watched_page, base_url):
    page = watched_page.page
    page.goto(base_url + "ouderbetrokkenheid/vve/wat-werkt/")
    page.evaluate("window.__zelfdePagina = true")
    page.locator("article a[href$='/ouderbetrokkenheid/programmas/']").first.click()
    page.wait_for_selector(READY)
    assert page.evaluate("window.__zelfdePagina === true")  # no full page load: Material's instant navigation
    page.select_option("select[name=setting]", "groep")
    assert visible(page) == expected(setting="groep")
