"""The built site: a page per bouwsteen with its good practices and challenges as text (so search finds
them), the overview, glossary tooltips on pages, the glossary page, and the site-wide pages."""
import json
import re
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from markupsafe import escape

from macros.text import fill

ROOT = Path(__file__).resolve().parents[2]
DATA = yaml.safe_load((ROOT / "data" / "bouwstenen.yml").read_text(encoding="utf-8"))
BEGRIPPEN = yaml.safe_load((ROOT / "data" / "begrippen.yml").read_text(encoding="utf-8"))["begrippen"]
IDS = [b["id"] for b in DATA["bouwstenen"]]


def soup(site_dir, page):
    return BeautifulSoup((site_dir / page).read_text(encoding="utf-8"), "html.parser")


def tidy(text: str) -> str:
    """Whitespace collapsed; no space before punctuation or after an opening bracket (inline elements
    such as <abbr> get a separator from get_text)."""
    text = " ".join(text.split())
    text = re.sub(r"\s+([,.;:!?)'’]|-\S)", r"\1", text)
    return re.sub(r"\(\s+", "(", text)


def plain(text) -> str:
    """Text as a reader sees it: placeholders filled in, whitespace collapsed."""
    return tidy(BeautifulSoup(fill(str(escape(text)), {}), "html.parser").get_text())


def page_text(site_dir, page) -> str:
    return tidy(soup(site_dir, page).select_one("article.md-content__inner").get_text(" "))


@pytest.mark.parametrize("bouwsteen", DATA["bouwstenen"], ids=IDS)
def test_each_bouwsteen_page_has_its_content_as_text(site_dir, bouwsteen):
    page = f"bouwstenen/{bouwsteen['id']}/index.html"
    assert (site_dir / page).exists()
    text = page_text(site_dir, page)
    assert soup(site_dir, page).h1.get_text().strip().startswith(bouwsteen["titel"])
    for alinea in bouwsteen["beschrijving"]:
        assert plain(alinea) in text
    for punt in bouwsteen["good_practice"]:
        assert plain(punt) in text
    for groep in bouwsteen["uitdagingen"]:
        for punt in groep["punten"]:
            assert plain(punt) in text
    for oplossing in bouwsteen["oplossingen"]:
        assert plain(oplossing["titel"]) in text
    for relatie in bouwsteen["relaties"]:
        assert soup(site_dir, page).select_one(f'.bouwsteen__relaties a[href="../{relatie["bouwsteen"]}/"]')


def test_search_index_holds_good_practices_and_challenges(site_dir):
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    collectie = " ".join(d["text"] for d in index["docs"] if d["location"].startswith("bouwstenen/leesomgeving"))
    assert "stickeren" in collectie  # a challenge of the Bibliotheek
    assert "mee naar huis" in collectie  # a good practice


def test_norms_come_from_calculators(site_dir):
    from calculators.norms import NORMS
    from calculators.numbers_nl import format_number

    text = page_text(site_dir, "bouwstenen/leesomgeving-en-collectie/index.html")
    low, high = (format_number(NORMS[k].value) for k in ("boeken_per_leerling_min", "boeken_per_leerling_optimaal"))
    assert f"minimaal {low} en optimaal {high} boeken per leerling" in text
    assert f"Sinds {int(NORMS['afkoop_leenrecht_sinds'].value)} betaalt het ministerie van" in text


def test_overview_cards_link_to_every_page(site_dir):
    page = soup(site_dir, "bouwstenen/index.html")
    cards = page.select("li.bouwsteen-kaart")
    assert [c["data-bouwsteen"] for c in cards] == IDS
    assert [c.select_one("h3 a")["href"] for c in cards] == [f"{i}/" for i in IDS]


def test_cross_links_to_other_sections(site_dir):
    exploitatie = soup(site_dir, "bouwstenen/exploitatie/index.html")
    assert exploitatie.select_one('[data-zie-ook="rekenhulpen/index.md"]')["href"] == "../../rekenhulpen/"
    link = exploitatie.select_one('[data-zie-ook="rekenhulpen/exploitatie.md"]')
    assert link["href"] == "../../rekenhulpen/exploitatie/"
    activiteiten = soup(site_dir, "bouwstenen/activiteiten/index.html")
    link = activiteiten.select_one('[data-zie-ook="ouderbetrokkenheid/index.md"]')
    assert link["href"] == "../../ouderbetrokkenheid/" and link.get_text() == "Activiteiten voor ouders"
    for bouwsteen in DATA["bouwstenen"]:
        page = soup(site_dir, f"bouwstenen/{bouwsteen['id']}/index.html")
        for z in bouwsteen.get("zie_ook", []):
            assert (ROOT / "docs" / z["pagina"]).exists()
            links = page.select(f'[data-zie-ook="{z["pagina"]}"]')
            assert links
            if "anker" in z:
                link = next(a for a in links if a["href"].endswith("#" + z["anker"]))
                target = (site_dir / "bouwstenen" / bouwsteen["id"] / link["href"].split("#")[0]).resolve()
                built = BeautifulSoup((target / "index.html").read_text(encoding="utf-8"), "html.parser")
                assert built.find(id=z["anker"]), (bouwsteen["id"], z["anker"])


def test_abbreviation_tooltips_on_pages(site_dir, built_pages):
    meanings = {}
    for b in BEGRIPPEN:
        if b.get("tooltip", True):
            for form in [b["term"], *b.get("vormen", [])]:
                meanings[form] = b["betekenis"]
    seen = set()
    for page in built_pages:
        for abbr in soup(site_dir, page).select("article abbr[title]"):
            assert abbr["title"] == meanings[abbr.get_text()], (page, abbr)
            seen.add(abbr.get_text())
    assert {"POI", "OAB", "leesconsulent", "po"} <= seen
    # From Markdown text (abbr extension) and from data text (the template filter).
    assert soup(site_dir, "over/index.html").select_one('article p abbr[title]')
    assert soup(site_dir, "bouwstenen/netwerk-en-beleid/index.html").select_one('.bouwsteen__uitdagingen abbr[title]')


def test_glossary_page_lists_every_term(site_dir):
    page = soup(site_dir, "begrippen/index.html")
    terms = page.select("dt[data-begrip]")
    assert sorted(t["data-begrip"] for t in terms) == sorted(b["id"] for b in BEGRIPPEN)
    text = tidy(page.get_text(" "))
    for b in BEGRIPPEN:
        assert tidy(b["betekenis"]) in text


def test_site_pages_and_nav(site_dir):
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    last = config["nav"][-1]
    assert list(last) == ["Over deze site"]
    pages = [next(iter(e.values())) for e in last["Over deze site"]]
    assert pages == ["over.md", "begrippen.md", "privacy.md", "toegankelijkheid.md", "contact.md"]
    over = soup(site_dir, "over/index.html")
    assert len(over.select("section.publicatie")) == 5
    assert "localStorage" in page_text(site_dir, "privacy/index.html")
    statement = page_text(site_dir, "toegankelijkheid/index.html")
    for heading in ("Status", "Wat we testen", "Bekende beperkingen", "Contact"):
        assert heading in statement
    assert soup(site_dir, "contact/index.html").select_one("[data-contact]")


def test_start_page_sends_each_group_somewhere(site_dir):
    page = soup(site_dir, "index.html")
    cards = page.select(".grid.cards > ul > li")
    titles = [c.strong.get_text() for c in cards]
    assert titles == ["Leesconsulent van de Bibliotheek", "Onderwijsmanager of educatiemanager",
                      "Leescoördinator op school", "Beleidsmedewerker van een gemeente", "Kinderopvang en vve",
                      "School met nieuwkomers"]
    for card in cards:
        for a in card.select("a[href]"):
            target = a["href"].split("#")[0]
            assert (site_dir / target / "index.html").exists() or (site_dir / target).is_file(), target
