"""The programme templates rendered with sample data: a complete table whose rows carry the filter
attributes, a filter form with labelled fields, a programme page with its facts, and text from YAML
always escaped."""
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from markupsafe import Markup

from macros.data import load_data
from macros.programmas import SECTION, SOURCE_PAGES, VVE_PAGES, age_options, format_age
from macros.render import Renderer

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = "<script>alert('x')</script>"

SAMPLE = [
    {"id": "thuisprogramma", "naam": "Thuis " + SCRIPT, "soort": "programma", "doel": "Voorlezen " + SCRIPT,
     "leeftijd_van": 2, "leeftijd_tot": 8, "erkenning": "effectief-eerste-aanwijzingen", "setting": "thuis",
     "doelgroep": "Gezinnen", "duur": "twintig weken", "intensiteit": "wekelijks",
     "beschrijving": ["Een vrijwilliger " + SCRIPT],
     "onderzoek": [{"tekst": "Effect op verhaalbegrip " + SCRIPT, "bron": "Auteur (2019)"}, {"tekst": "Zonder bron."}],
     "citaat": "Praktisch " + SCRIPT, "citaat_bron": "Een commissie",
     "links": [{"titel": "Site " + SCRIPT, "url": "https://example.org/p"}, {"titel": "Alleen titel"}],
     "genoemd_in": ["handreiking-vve", "bibliotheken"]},
    {"id": "groepsaanpak", "naam": "Groep", "soort": "aanpak", "leeftijd_van": 2.5, "leeftijd_tot": 4,
     "erkenning": "goed-onderbouwd", "setting": "beide", "genoemd_in": ["handreiking-vve"]},
    {"id": "onbekend", "naam": "Onbekend", "soort": "project", "erkenning": "niet-vermeld",
     "setting": "niet-vermeld", "genoemd_in": ["bibliotheken"]},
]


@pytest.fixture(scope="module")
def renderer():
    vocabulary = load_data(ROOT / "data", ROOT / "schemas")["teksten"]
    return Renderer(ROOT / "templates", vocabulary)


def table(renderer, programmes=SAMPLE):
    html = renderer.render("programmas-tabel.html", page_url=SECTION, programmes=programmes,
                           ages={p["id"]: (format_age(p.get("leeftijd_van")), format_age(p.get("leeftijd_tot")))
                                 for p in programmes},
                           age_options=age_options(programmes), section=SECTION)
    return html, BeautifulSoup(html, "html.parser")


def page(renderer, p=SAMPLE[0], **extra):
    context = {"age": (format_age(p.get("leeftijd_van")), format_age(p.get("leeftijd_tot"))), "plan_parts": [],
               "section": SECTION, "vve_pages": VVE_PAGES, "source_pages": SOURCE_PAGES, "calculator": False, "bouwsteen": ""}
    context.update(extra)
    html = renderer.render("programma.html", page_url=SECTION + p["id"] + "/", p=p, **context)
    return html, BeautifulSoup(html, "html.parser")


def test_table_has_one_row_per_programme_with_filter_attributes(renderer):
    _, soup = table(renderer)
    rows = soup.select("table.programmas-tabel tbody tr")
    assert [r["data-programma"] for r in rows] == ["thuisprogramma", "groepsaanpak", "onbekend"]
    first, second, third = rows
    assert (first["data-leeftijd-van"], first["data-leeftijd-tot"]) == ("2", "8")
    assert (second["data-leeftijd-van"], second["data-leeftijd-tot"]) == ("2.5", "4")
    assert "data-leeftijd-van" not in third.attrs and "data-leeftijd-tot" not in third.attrs
    assert [r["data-setting"] for r in rows] == ["thuis", "beide", "niet-vermeld"]
    assert [r["data-erkenning"] for r in rows] == ["effectief-eerste-aanwijzingen", "goed-onderbouwd", "niet-vermeld"]


def test_all_content_is_in_the_cell_text(renderer):
    _, soup = table(renderer)
    headers = [th.get_text(strip=True) for th in soup.select("thead th")]
    assert headers == ["Programma", "Doel", "Leeftijd", "Erkenning NJi", "Waar", "Doelgroep", "Duur en intensiteit"]
    assert all(th["scope"] == "col" for th in soup.select("thead th"))
    first, second, third = soup.select("tbody tr")
    cells = [c.get_text(" ", strip=True) for c in first.find_all(["th", "td"])]
    assert cells[2] == "2 tot en met 8 jaar"
    assert cells[3] == "effectief volgens eerste aanwijzingen"
    assert cells[4] == "thuis"
    assert cells[6] == "wekelijks, twintig weken"
    assert second.find_all("td")[1].get_text(strip=True) == "2,5 tot en met 4 jaar"
    assert second.find_all("td")[3].get_text(strip=True) == "thuis en op de groep of school"
    assert [td.get_text(strip=True) for td in third.find_all("td")] == ["niet vermeld"] * 6
    assert first.th["scope"] == "row"
    assert soup.caption is not None and soup.caption.get_text(strip=True)


def test_names_link_to_the_programme_pages_relative_to_the_overview(renderer):
    _, soup = table(renderer)
    assert [a["href"] for a in soup.select("tbody th a")] == ["thuisprogramma/", "groepsaanpak/", "onbekend/"]


def test_filter_form_is_hidden_until_the_script_enables_it_and_every_field_has_a_label(renderer):
    _, soup = table(renderer)
    form = soup.select_one("form[data-programmafilter-form]")
    assert form.has_attr("hidden")
    selects = form.find_all("select")
    assert [s["name"] for s in selects] == ["leeftijd", "erkenning", "setting"]
    for select in selects:
        assert soup.find("label", attrs={"for": select["id"]}).get_text(strip=True)
    ages = [o["value"] for o in soup.select("select[name=leeftijd] option")]
    assert ages == ["", "2", "3", "4", "5", "6", "7", "8"]
    assert [o["value"] for o in soup.select("select[name=setting] option")] == ["", "thuis", "groep", "beide", "niet-vermeld"]
    status = soup.select_one("[data-programmafilter-telling]")
    assert status["aria-live"] == "polite"
    container = soup.select_one("[data-programmafilter]")
    assert "{getoond}" in container["data-telling"] and "{totaal}" in container["data-telling"]
    assert container["data-geen"]


def test_yaml_text_is_escaped_in_the_table(renderer):
    html, soup = table(renderer)
    assert soup.find("script") is None
    assert "&lt;script&gt;" in html
    assert SCRIPT in soup.select_one("tbody tr").get_text()


def test_programme_page_shows_facts_research_quote_and_links(renderer):
    _, soup = page(renderer)
    facts = dict(zip([dt.get_text(strip=True) for dt in soup.select("dl.programma__kenmerken dt")],
                     [dd.get_text(" ", strip=True) for dd in soup.select("dl.programma__kenmerken dd")]))
    assert facts["Leeftijd"] == "2 tot en met 8 jaar"
    assert facts["Duur"] == "twintig weken" and facts["Hoe vaak"] == "wekelijks"
    assert facts["Waar"] == "thuis"
    assert "vve" in facts["Genoemd in"] and "bibliotheken" in facts["Genoemd in"]
    sources = soup.select("dl.programma__kenmerken dd a")
    assert [a["href"] for a in sources] == ["../../vve/", "../../bibliotheken/"]
    research = soup.select("ul.programma__onderzoek li")
    assert research[0].cite.get_text() == "Auteur (2019)" and research[1].cite is None
    assert research[0].select_one(".programma__bron").get_text() == "Bron: Auteur (2019)"
    assert soup.select_one("blockquote q").get_text() == "Praktisch " + SCRIPT
    links = soup.select("ul.programma__links li")
    assert links[0].a["href"] == "https://example.org/p"
    assert links[1].a is None and "geen webadres" in links[1].get_text()


def test_programme_page_links_back_and_to_the_calculator_only_when_it_exists(renderer):
    _, soup = page(renderer)
    hrefs = [a["href"] for a in soup.select("ul.programma__verder a")]
    assert hrefs[0] == "../#programma-thuisprogramma"
    assert "../../vve/wat-werkt/" in hrefs
    assert not any("rekenhulpen/ouderprogramma" in h for h in hrefs)
    _, soup = page(renderer, calculator=True, bouwsteen=Markup('<a href="../../../bouwstenen/activiteiten/">Activiteiten</a>'))
    hrefs = [a["href"] for a in soup.select("ul.programma__verder a")]
    assert "../../../rekenhulpen/ouderprogramma/" in hrefs
    assert "../../../bouwstenen/activiteiten/" in hrefs


def test_programme_page_without_optional_fields_says_not_mentioned(renderer):
    _, soup = page(renderer, p=SAMPLE[2])
    facts = {dt.get_text(strip=True): dd.get_text(strip=True)
             for dt, dd in zip(soup.select("dl dt"), soup.select("dl dd"))}
    assert facts["Leeftijd"] == "niet vermeld" and facts["Doelgroep"] == "niet vermeld"
    assert "Duur" not in facts
    assert soup.select_one("#onderzoek") is None and soup.select_one("#meer-informatie") is None


def test_step_plan_parts_are_placed_under_their_heading(renderer):
    _, soup = page(renderer, plan_parts=[Markup('<figure class="stroom"></figure>'), Markup('<div class="stappenplan"></div>')])
    heading = soup.select_one("h2#stappen")
    assert heading is not None
    assert heading.find_next_sibling().name == "figure"
    _, soup = page(renderer)
    assert soup.select_one("h2#stappen") is None


def test_yaml_text_is_escaped_on_the_programme_page(renderer):
    html, soup = page(renderer)
    assert soup.find("script") is None
    assert html.count("&lt;script&gt;") >= 5
