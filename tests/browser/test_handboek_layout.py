"""Layouts of the handbook chapters that live in CSS: the roles comparison is a table on wide
screens and cards on a phone (and a table on paper); the figures are drawn and readable."""
import pytest

from tests.helpers import print_media

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(("width", "table", "cards"), [(1280, True, False), (390, False, True)])
def test_roles_comparison_switches_between_table_and_cards(watched_page, base_url, width, table, cards):
    page = watched_page.page
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(base_url + "handboek/doorontwikkeling/")
    assert page.locator(".rollen__tabel table").is_visible() is table
    assert page.locator(".rollen__kaart").first.is_visible() is cards
    # Whichever is shown fits the screen: no sideways scrolling on a phone.
    shown = ".rollen__tabel" if table else ".rollen__kaarten"
    assert page.locator(shown).bounding_box()["width"] <= width


def test_roles_comparison_prints_as_a_table(watched_page, base_url):
    page = watched_page.page
    page.set_viewport_size({"width": 390, "height": 900})
    page.goto(base_url + "handboek/doorontwikkeling/")
    print_media(page)
    assert page.locator(".rollen__tabel table").is_visible()
    assert page.locator(".rollen__kaart").first.is_hidden()


def test_figures_are_drawn_side_by_side_where_there_is_room(watched_page, base_url):
    page = watched_page.page
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(base_url + "handboek/inleiding/")
    svg = page.locator("figure.kwaliteitscyclus svg").bounding_box()
    assert svg["width"] > 300 and svg["height"] > 200
    parts = [page.locator(f".doorgaande-lijn li >> nth={i}").bounding_box() for i in range(2)]
    assert parts[0]["y"] == parts[1]["y"] and parts[0]["x"] < parts[1]["x"]
    page.goto(base_url + "handboek/starten/")
    branches = [page.locator(f".stroom__tak >> nth={i}").bounding_box() for i in range(2)]
    assert branches[0]["y"] == branches[1]["y"] and branches[0]["x"] < branches[1]["x"]
