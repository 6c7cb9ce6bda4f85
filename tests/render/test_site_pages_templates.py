"""Templates of the glossary, the publications on "Over deze site" and the contact route, rendered
with sample data: structure, relative links, and `<script>` from YAML stays text."""
import pytest
from bs4 import BeautifulSoup

from macros.site import repository_url

SCRIPT = "<script>alert('x')</script>"


PUBLICATIE = {"id": "proef", "titel": "Proefgids " + SCRIPT}


def test_glossary(renderer):
    groups = [("afkorting", [{"id": "poi", "term": "POI", "soort": "afkorting", "betekenis": "prov. " + SCRIPT,
                              "vormen": ["POI's"], "uitleg": "Adviseert.", "bronnen": ["proef"],
                              "herkomst": {"aanvulling": "voluit van deze site " + SCRIPT}}]),
              ("begrip", [{"id": "dbos", "term": "dBos", "soort": "begrip", "betekenis": "de Bibliotheek op school",
                           "bronnen": []}])]
    html = renderer.render("begrippen.html", page_url="begrippen/", groups=groups, publicaties={"proef": PUBLICATIE})
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("script") is None and SCRIPT in soup.get_text()
    assert [h.get_text() for h in soup.find_all("h2")] == ["Afkortingen", "Begrippen"]
    terms = soup.select("dt[data-begrip]")
    assert [t["id"] for t in terms] == ["poi", "dbos"]
    assert "POI's" in terms[0].get_text()
    assert soup.select_one("dd a")["href"] == "../over/#proef"
    meaning = soup.select_one("[data-begrip=poi] + dd [data-bron]")  # the meaning is the site's
    assert meaning["data-bron-deel"] == "betekenis"
    assert meaning.get_text().endswith("voluit van deze site " + SCRIPT)
    own = soup.select_one("[data-begrip=dbos] + dd [data-bron]")  # in no source: the site's own
    assert own["data-bron"] == "assumption"
    assert own.get_text().startswith("Aanvulling van deze site: gangbare afkorting")


def test_publications(renderer, site):
    items = [{"id": "proef", "titel": "Proefgids " + SCRIPT, "uitgever_naam": "De POI", "jaar": "2013",
              "inhoud": "Over " + SCRIPT, "link": "https://example.org/gids",
              "paginas": [{"pagina": "bouwstenen/index.md", "titel": "Bouwstenen"}]},
             {"id": "zonder", "titel": "Zonder link", "uitgever_naam": "niet vermeld", "jaar": "niet vermeld",
              "inhoud": "Iets.", "paginas": [{"pagina": "ouderbetrokkenheid/index.md", "titel": "Ouders"}]}]
    soup = BeautifulSoup(renderer.render("publicaties.html", page_url="over/", items=items), "html.parser")
    assert soup.find("script") is None and soup.get_text().count(SCRIPT) == 2
    sections = soup.select("section.publicatie")
    assert [s.h3["id"] for s in sections] == ["proef", "zonder"]
    poi = next(b for b in site.glossary if b["term"] == "POI")
    assert sections[0].select_one("abbr")["title"] == poi["betekenis"]
    assert sections[0].select_one("a.print-no-url")["href"] == "https://example.org/gids"
    assert sections[0].select("ul a")[0]["href"] == "../bouwstenen/"
    assert "geen link in de bron" in sections[1].get_text()


@pytest.mark.parametrize("site_url,expected", [
    ("https://voorbeeld.github.io/handboek/", "repository"),
    ("http://127.0.0.1:8000/handboek/", "placeholder"),
])
def test_contact_route(renderer, site_url, expected):
    html = renderer.render("contact.html", page_url="contact/", repo=repository_url(site_url))
    soup = BeautifulSoup(html, "html.parser")
    route = soup.select_one("[data-contact]")
    assert route["data-contact"] == expected
    links = [a["href"] for a in route.find_all("a")]
    if expected == "repository":
        assert links == ["https://github.com/voorbeeld/handboek/issues", "https://github.com/voorbeeld/handboek/issues/new"]
    else:
        assert links == [] and "Nog in te vullen door de beheerders" in route.get_text()
