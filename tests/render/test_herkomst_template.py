"""The one origin line (templates/herkomst.html, through herkomst-regel.html as the pages' macro
herkomst() renders it): its three labels from calculators/texts.py, the label linked to "Over deze
site", the publication's short title, a calculator's Source shown alike, and text from YAML escaped."""
from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from calculators.model import Source, assumption
from calculators.texts import ORIGIN_LABELS
from macros.data import origin_problems
from tests.helpers import ROOT

SCRIPT = "<script>alert('x')</script>"
PAGE = "ouderbetrokkenheid/vve/wat-werkt/"


def line(renderer, origin, page_url=PAGE):
    html = renderer.render("herkomst-regel.html", page_url=page_url, origin=origin)
    found = BeautifulSoup(html, "html.parser").select("[data-bron]")
    assert len(found) == 1, html
    return found[0]


def text(element) -> str:
    return " ".join(element.get_text().split())


def test_the_renderer_has_one_global_with_the_labels(renderer):
    assert renderer.env.globals["herkomst"].labels is ORIGIN_LABELS


def test_a_publication_is_cited_by_its_short_title_and_heading(renderer):
    origin = {"publicatie": "ouderbetrokkenheid-bibliotheken", "sectie": "Reden 4. " + SCRIPT}
    p = line(renderer, origin)
    assert p.name == "p" and p["class"] == ["herkomst"] and p["data-bron"] == "publication"
    assert not p.has_attr("data-bron-deel")
    assert text(p) == "Bron: Werk maken van ouderbetrokkenheid bij lezen, Reden 4. " + SCRIPT
    assert p.cite.get_text() == "Werk maken van ouderbetrokkenheid bij lezen"  # kort, not the whole title
    assert p.select_one("a.herkomst__label")["href"] == "../../../over/#ouderbetrokkenheid-bibliotheken"
    assert p.find("script") is None


@pytest.mark.parametrize("origin,kind,expected", [
    ({"buiten": "CBS, Statline (2023)", "url": "https://www.cbs.nl/"}, "outside",
     "Bron buiten de vijf publicaties: CBS, Statline (2023)"),
    ({"aanvulling": "afgeleid uit de vragen van de fase."}, "assumption",
     "Aanvulling van deze site: afgeleid uit de vragen van de fase."),
])
def test_an_outside_source_and_the_sites_own_addition(renderer, origin, kind, expected):
    p = line(renderer, origin)
    assert p["data-bron"] == kind and text(p) == expected
    assert p.select_one("a.herkomst__label")["href"] == "../../../over/#herkomst"  # the explanation of the labels
    assert p.cite is None
    if "url" in origin:
        assert p.select("a")[-1]["href"] == origin["url"]


@pytest.mark.parametrize("source,kind,anchor", [
    (Source("Handboek de Bibliotheek op school po, hoofdstuk 3, Monitor", publication="handboek-po"),
     "publication", "handboek-po"),
    (Source("CBS", url="https://www.cbs.nl/", year="2023"), "outside", "herkomst"),
    (assumption("een openbaar cijfer is niet gevonden"), "assumption", "herkomst"),
])
def test_a_calculators_source_in_the_same_line(renderer, source, kind, anchor):
    template = renderer.env.from_string('{% import "herkomst.html" as h with context %}'
                                        '<p>{{ h.regel(source, element="span", deel="standaardwaarde") }}</p>')
    span = BeautifulSoup(template.render(page_url="rekenhulpen/collectie/", source=source), "html.parser").span
    assert span["data-bron"] == kind and span["data-bron-deel"] == "standaardwaarde"
    assert text(span).startswith(ORIGIN_LABELS[kind] + ": " + source.text)
    assert span.select_one("a.herkomst__label")["href"] == f"../../over/#{anchor}"
    assert ("(2023)" in text(span)) == bool(source.year)


def test_glossary_terms_in_an_origin_get_their_tooltip(renderer, site):
    p = line(renderer, {"aanvulling": "de POI noemt het zo."})
    poi = next(b for b in site.glossary if b["term"] == "POI")
    assert p.select_one("abbr")["title"] == poi["betekenis"]


def test_a_page_cites_through_the_same_checks_as_data():
    """herkomst() in docs/ checks its arguments as load_data checks a herkomst in data/."""
    ids = ["handboek-po", "handreiking-vve"]
    assert origin_problems({"publicatie": "handboek-po", "sectie": "hoofdstuk 2, Stappen"}, "docs/x.md",
                           ROOT / "schemas", ids) == []
    assert origin_problems({"publicatie": "handboek", "sectie": "hoofdstuk 2"}, "docs/handboek/starten.md",
                           ROOT / "schemas", ids) == [
        "docs/handboek/starten.md › herkomst › publicatie: 'handboek' bestaat niet in data/publicaties; kies een "
        "bestaand id."]
    assert origin_problems({"aanvulling": "x", "url": "https://example.org"}, "docs/x.md", ROOT / "schemas",
                           ids) == [
        "docs/x.md › herkomst: geef publicatie én sectie (een van de vijf publicaties), of buiten (een andere bron, "
        "eventueel met url), of aanvulling (wat deze site toevoegt en hoe), en niet meer dan één daarvan."]
