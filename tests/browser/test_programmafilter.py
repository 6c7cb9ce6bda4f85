"""The programme filter in headless Chromium: the script reveals the form, choosing a setting or an
age hides exactly the rows that do not match, reset shows all again, nothing leaves 127.0.0.1, and
axe-core finds no violations on the page."""
from pathlib import Path

import pytest
import yaml

from tests.conftest import axe_violations

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
PROGRAMMES = yaml.safe_load((ROOT / "data" / "programmas.yml").read_text(encoding="utf-8"))["programmas"]
ALL = [p["id"] for p in PROGRAMMES]


def expected(setting=None, age=None):
    """The ids that should stay visible, computed from the data (beide counts for thuis and groep)."""
    keep = []
    for p in PROGRAMMES:
        if setting and not (p["setting"] == setting or (p["setting"] == "beide" and setting in ("thuis", "groep"))):
            continue
        if age is not None and not ("leeftijd_van" in p and p["leeftijd_van"] <= age <= p["leeftijd_tot"]):
            continue
        keep.append(p["id"])
    return keep


def visible(page):
    return page.eval_on_selector_all("table.programmas-tabel tbody tr",
                                     "rows => rows.filter(r => !r.hidden).map(r => r.dataset.programma)")


@pytest.fixture
def overview(watched_page, base_url):
    page = watched_page.page
    page.goto(base_url + "ouderbetrokkenheid/programmas/")
    page.wait_for_selector("form[data-filter-form]:not([hidden])")
    return page


def test_form_appears_and_all_rows_show_at_first(overview):
    assert visible(overview) == ALL
    status = overview.text_content("[data-status]")
    assert f"{len(ALL)} van de {len(ALL)}" in status


def test_filter_by_setting_hides_the_right_rows(overview):
    overview.select_option("select[name=setting]", "groep")
    shown = expected(setting="groep")
    assert visible(overview) == shown
    assert "thuis-in-taal" in shown and "verteltassen" in shown and "voorleesexpress" not in shown
    overview.select_option("select[name=setting]", "thuis")
    assert visible(overview) == expected(setting="thuis")
    count = overview.text_content("[data-status]")
    assert f"{len(expected(setting='thuis'))} van de {len(ALL)}" in count


def test_filter_by_age_hides_the_right_rows(overview):
    overview.select_option("select[name=leeftijd]", "1")
    assert visible(overview) == expected(age=1) == ["instapje"]
    overview.select_option("select[name=leeftijd]", "7")
    assert visible(overview) == expected(age=7)
    assert set(expected(age=7)) == {"voorleesexpress", "voor-jou-en-je-kind"}


def test_filters_combine_and_reset_shows_all(overview):
    overview.select_option("select[name=leeftijd]", "3")
    overview.select_option("select[name=setting]", "thuis")
    assert visible(overview) == expected(setting="thuis", age=3)
    overview.select_option("select[name=erkenning]", "goed-onderbouwd")
    assert visible(overview) == [i for i in expected(setting="thuis", age=3)
                                 if next(p for p in PROGRAMMES if p["id"] == i)["erkenning"] == "goed-onderbouwd"]
    overview.select_option("select[name=leeftijd]", "1")
    overview.select_option("select[name=setting]", "groep")
    assert expected(setting="groep", age=1) == [] and visible(overview) == []
    assert overview.text_content("[data-status]").startswith("Geen")
    overview.click("form[data-filter-form] button[type=reset]")
    overview.wait_for_function(
        f"document.querySelectorAll('table.programmas-tabel tbody tr:not([hidden])').length === {len(ALL)}")
    assert visible(overview) == ALL


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_axe_violations_on_the_programme_table_page(watched_page, base_url, scheme):
    page = watched_page.page
    page.emulate_media(color_scheme=scheme)
    page.goto(base_url + "ouderbetrokkenheid/programmas/")
    page.wait_for_selector("form[data-filter-form]:not([hidden])")
    expected_scheme = "slate" if scheme == "dark" else "default"
    assert page.get_attribute("body", "data-md-color-scheme") == expected_scheme
    page.select_option("select[name=setting]", "groep")
    assert axe_violations(page) == []


def test_filter_mounts_after_instant_navigation(watched_page, base_url):
    page = watched_page.page
    page.goto(base_url + "ouderbetrokkenheid/vve/wat-werkt/")
    page.evaluate("window.__zelfdePagina = true")
    page.locator("article a[href$='/ouderbetrokkenheid/programmas/']").first.click()
    page.wait_for_selector("form[data-filter-form]:not([hidden])")
    assert page.evaluate("window.__zelfdePagina === true")  # no full page load: Material's instant navigation
    page.select_option("select[name=setting]", "groep")
    assert visible(page) == expected(setting="groep")
