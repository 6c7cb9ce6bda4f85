"""The bouwsteen templates rendered with sample data: structure, links relative to the page,
norm placeholders filled in from calculators/norms.py, and text from YAML always escaped."""
import pytest
from bs4 import BeautifulSoup

from calculators.norms import NORMS
from calculators.numbers_nl import format_number
from macros.bouwstenen import missing_parts
from macros.text import dutch_list

SCRIPT = "<script>alert('x')</script>"

HERKOMST = {"publicatie": "handboek-po", "sectie": "hoofdstuk 1, De Bibliotheek op school"}
SOORTEN = [{"id": "samenwerking", "titel": "Samen", "uitleg": "Met de school.", "herkomst": HERKOMST},
           {"id": "bibliotheek", "titel": "Zelf", "uitleg": "Door de Bibliotheek.", "herkomst": HERKOMST}]
PARTIJEN = {"school": "De school", "bibliotheek": "De Bibliotheek"}


def sample(**extra):
    b = {
        "id": "proef", "titel": "Proefsteen " + SCRIPT, "soort": "samenwerking", "kort": "Kort " + SCRIPT,
        "herkomst": {"publicatie": "handboek-po", "sectie": "hoofdstuk 3, Proefsteen " + SCRIPT},
        "beschrijving": ["Eerste alinea " + SCRIPT, "Tweede alinea."],
        "good_practice": ["Minstens {norm:looptijd_overeenkomst_min} samenwerken.", "Goed " + SCRIPT],
        "relaties": [{"bouwsteen": "ander", "toelichting": "Hangt samen " + SCRIPT}],
        "uitdagingen": [{"partij": "school", "punten": ["heeft geen tijd " + SCRIPT, "belt de POI niet"]},
                        {"partij": "bibliotheek", "punten": ["heeft te weinig mensen"]}],
        "oplossingen": [{"titel": "Praat " + SCRIPT, "uitleg": "Vroeg."}, {"titel": "Alleen een kop"}],
        "bronnen": [{"titel": "Toolkit Proef", "url": "https://example.org/toolkit",
                     "onderdelen": [{"titel": "Folder " + SCRIPT}]},
                    {"titel": "Zonder link"}],
    }
    b.update(extra)
    return b


ANDER = {"id": "ander", "titel": "Andere steen", "soort": "bibliotheek", "kort": "Anders.", "relaties": [],
         "herkomst": {"publicatie": "handboek-po", "sectie": "hoofdstuk 3, Andere steen"},
         "beschrijving": ["Iets."], "good_practice": [], "uitdagingen": [], "oplossingen": [], "bronnen": []}


def render_one(renderer, b, zie_ook=(), page_url="bouwstenen/proef/"):
    index = {b["id"]: b, "ander": ANDER}
    html = renderer.render("bouwsteen.html", page_url=page_url, b=b, index=index, partijen=PARTIJEN,
                           soort=SOORTEN[0], zie_ook=list(zie_ook), ontbreekt=missing_parts(b))
    return BeautifulSoup(html, "html.parser")


def test_sections_and_content(renderer):
    soup = render_one(renderer, sample())
    article = soup.select_one('article.bouwsteen[data-bouwsteen="proef"]')
    headings = [h.get_text(strip=True) for h in article.find_all("h2")]
    assert headings == ["Wat houdt deze bouwsteen in?", "Good practice", "Samenhang met andere bouwstenen",
                        "Bekende uitdagingen", "Mogelijke oplossingen", "Nuttige bronnen"]
    assert [li.get_text(" ", strip=True) for li in article.select(".bouwsteen__good-practice li")][0] == \
        f"Minstens {format_number(NORMS['looptijd_overeenkomst_min'].value)} jaar samenwerken."
    # Under each heading: where the bouwsteen comes from, its label linked to the publication on "Over deze site".
    for heading in article.find_all("h2"):
        line = heading.find_next_sibling()
        assert line["data-bron"] == "publication" and not line.has_attr("data-bron-deel")
        assert " ".join(line.get_text().split()) == (
            "Bron: Handboek de Bibliotheek op school po, hoofdstuk 3, Proefsteen " + SCRIPT)
        assert line.select_one("a.herkomst__label")["href"] == "../../over/#handboek-po"
    parties = [h.get_text(strip=True) for h in article.select("h3[data-partij]")]
    assert parties == ["De school", "De Bibliotheek"]
    assert len(article.select(".bouwsteen__uitdagingen li")) == 3
    assert article.select(".bouwsteen__oplossingen li")[1].get_text(strip=True) == "Alleen een kop"


def test_relations_link_to_the_other_page_relative_to_this_page(renderer):
    soup = render_one(renderer, sample())
    link = soup.select_one(".bouwsteen__relaties a.bouwsteen-link")
    assert link["href"] == "../ander/"
    assert link.get_text() == "Andere steen"


def test_sources_with_and_without_link(renderer):
    soup = render_one(renderer, sample())
    items = soup.select(".bouwsteen__bronnen > li")
    assert items[0].a["href"] == "https://example.org/toolkit"
    assert items[1].a is None and items[1].get_text(strip=True) == "Zonder link"


def test_empty_parts_have_no_section_and_one_line_names_them(renderer):
    soup = render_one(renderer, dict(ANDER))
    assert [h.get_text() for h in soup.select("h2")] == ["Wat houdt deze bouwsteen in?",
                                                          "Samenhang met andere bouwstenen"]
    empty = soup.select(".bouwsteen__leeg")
    assert len(empty) == 1
    assert empty[0].find_parent("section").h2.get_text() == "Wat houdt deze bouwsteen in?"
    assert empty[0].get_text() == ("Het handboek beschrijft deze bouwsteen kort. Het noemt hierbij geen good "
                                   "practices, bekende uitdagingen, mogelijke oplossingen en nuttige bronnen.")


def test_a_full_bouwsteen_has_no_line_about_missing_parts(renderer):
    soup = render_one(renderer, sample())
    assert soup.select(".bouwsteen__leeg") == []
    assert soup.select(".bouwsteen__good-practice")


def test_cross_links_are_relative(renderer):
    zie_ook = [{"titel": "Voor ouders", "pagina": "ouderbetrokkenheid/index.md", "uitleg": "Thuis lezen."}]
    soup = render_one(renderer, sample(), zie_ook=zie_ook)
    link = soup.select_one("[data-zie-ook]")
    assert link["href"] == "../../ouderbetrokkenheid/"
    assert render_one(renderer, sample()).select_one("[data-zie-ook]") is None


def test_script_in_yaml_stays_text(renderer):
    soup = render_one(renderer, sample(), zie_ook=[
        {"titel": "X " + SCRIPT, "pagina": "a.md", "uitleg": SCRIPT}])
    assert soup.find("script") is None
    assert soup.get_text().count(SCRIPT) >= 8


def test_overview_cards_link_to_pages(renderer):
    b = sample()
    html = renderer.render("bouwstenen-overzicht.html", page_url="bouwstenen/",
                           groups=[(SOORTEN[0], [b]), (SOORTEN[1], [ANDER])], index={"proef": b, "ander": ANDER})
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("script") is None
    cards = soup.select("li.bouwsteen-kaart")
    assert [c["data-bouwsteen"] for c in cards] == ["proef", "ander"]
    assert cards[0].select_one("h3 a")["href"] == "proef/"
    assert cards[0].select_one(".bouwsteen-kaart__relaties a")["href"] == "ander/"
    assert [h.get_text() for h in soup.find_all("h2")] == ["Samen", "Zelf"]


def test_link_template_from_another_section(renderer):
    html = renderer.render("bouwsteen-link.html", page_url="handboek/starten/", b=ANDER)
    a = BeautifulSoup(html, "html.parser").a
    assert a["href"] == "../../bouwstenen/ander/" and a.get_text() == "Andere steen"


def test_unknown_norm_in_a_placeholder_fails(renderer):
    with pytest.raises(LookupError, match="Onbekende norm 'bestaat_niet'"):
        renderer.env.filters["tekst"]("{norm:bestaat_niet}")


def test_abbreviations_in_data_text_get_a_tooltip(renderer, site):
    soup = render_one(renderer, sample())
    abbr = soup.select_one(".bouwsteen__uitdagingen abbr")
    poi = next(b for b in site.glossary if b["term"] == "POI")
    assert abbr.get_text() == "POI" and abbr["title"] == poi["betekenis"]


@pytest.mark.parametrize("names, joined", [([], ""), (["a"], "a"), (["a", "b"], "a en b"),
                                           (["a", "b", "c"], "a, b en c")])
def test_dutch_list(names, joined):
    assert dutch_list(names) == joined
