"""The pages of the section Ouderbetrokkenheid in the real build (start page, libraries, childcare,
newcomers): data rendered as page text (so search finds it), the shared Epstein list, the
worksheet, the cross-links, and the navigation. Links and anchors: tests/site/test_links.py."""
import json
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[2]
SECTION = "ouderbetrokkenheid/"
PAGES = ["index.html", "bibliotheken/index.html", "kinderopvang/index.html", "nieuwkomers/index.html"]


def soup(site_dir, page):
    return BeautifulSoup((site_dir / page).read_text(encoding="utf-8"), "html.parser")


def article(site_dir, page):
    return soup(site_dir, SECTION + page).select_one("article")


def data(name):
    return yaml.safe_load((ROOT / "data" / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("page", PAGES)
def test_pages_are_built(site_dir, page):
    assert (site_dir / SECTION / page).exists()


def test_nav_has_the_section_between_bibliotheek_op_school_and_rekenhulpen():
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    titles = [next(iter(entry)) if isinstance(entry, dict) else entry for entry in config["nav"]]
    i = titles.index("Ouderbetrokkenheid")
    assert titles[i - 1] == "De Bibliotheek op school" and titles[i + 1] == "Rekenhulpen"
    section = json.dumps(config["nav"][i])
    for page in ("index.md", "bibliotheken.md", "kinderopvang.md", "nieuwkomers.md"):
        assert f"ouderbetrokkenheid/{page}" in section


def test_epstein_list_is_the_same_on_the_talk_page_and_the_start_page(site_dir):
    names = [v["naam"] for v in data("vormen-ouderbetrokkenheid.yml")["vormen"]]
    for page in ("nieuwkomers/index.html", "index.html"):
        items = article(site_dir, page).select("[data-vormen-ouderbetrokkenheid] li[data-vorm]")
        assert [li.strong.get_text() for li in items] == names


def test_start_page_addresses_the_four_user_groups(site_dir):
    headings = [h.get_text(" ", strip=True) for h in article(site_dir, "index.html").select("h2")]
    for group in ("leesconsulent", "onderwijsmanager", "kinderopvang", "beleidsmedewerker"):
        assert any(group in h.lower() for h in headings), group


def test_library_page_shows_figures_steps_funding_examples_and_contacts(site_dir):
    text = article(site_dir, "bibliotheken/index.html").get_text(" ", strip=True)
    for figure in ("5 keer zo groot", "1,5 keer zo groot", "10%"):
        assert figure in text
    page = article(site_dir, "bibliotheken/index.html")
    assert len(page.select('[data-stappenplan="bibliotheek-vijf-stappen"] li.stappenplan__stap')) == 5
    assert page.select_one('[data-stroom="bibliotheek-vijf-stappen"]') is not None
    info = data("ouders-bibliotheken.yml")
    assert len(page.select("[data-financiering-bron]")) == len(info["financiering"])
    assert "2014" in page.select_one(".financiering__datering").get_text()
    for example in ("Helmond-Peel", "Drieluik Almere", "Den Bosch"):
        assert example in text
    assert "Sylvester Bernadetteschool" in text
    mails = {a["href"] for a in page.select('a[href^="mailto:"]')}
    assert mails == {"mailto:info@actiefouderschap.nl", "mailto:mbos@lezen.nl", "mailto:avanmontfoort@lezen.nl"}


def test_childcare_page_has_the_eight_steps_both_names_and_the_incomplete_note(site_dir):
    page = article(site_dir, "kinderopvang/index.html")
    steps = page.select('[data-stappenplan="kinderopvang-acht-stappen"] li.stappenplan__stap')
    assert len(steps) == 8
    other_names = page.select(".stappenplan__andere-naam")
    assert len(other_names) == 4
    assert "Reflecteer en evalueer / kijk terug en vooruit" in other_names[-1].get_text()
    # The source breaks off in the first of its three starting situations: the page says so in one line.
    note = page.select_one("p.kinderopvang-uitgangssituaties").get_text(" ", strip=True)
    assert "drie uitgangssituaties" in note and "alleen het begin van de eerste" in note
    assert len(page.select("[data-kinderopvang-doelen] ol li")) == 4


def test_childcare_worksheet_is_prerendered_with_a_labelled_field_per_question(site_dir):
    page = article(site_dir, "kinderopvang/index.html")
    section = page.select_one('section[data-worksheet="kinderopvang-acht-stappen"][data-state="prerendered"]')
    plan = yaml.safe_load((ROOT / "data/stappenplannen/kinderopvang-acht-stappen.yml").read_text(encoding="utf-8"))
    questions = [(s["id"], h["id"], h["vraag"]) for s in plan["stappen"] for h in s["hulpvragen"]]
    areas = section.select("textarea[data-worksheet-answer]")
    assert [a["name"] for a in areas] == [f"{s}.{h}" for s, h, _ in questions]
    for area, (_, _, vraag) in zip(areas, questions, strict=False):
        assert section.find("label", attrs={"for": area["id"]}).get_text(strip=True) == vraag
    assert "werkbladen van het stappenplan zelf staan niet in de bron" in section.select_one(
        "[data-bron-deel=hulpvragen]").get_text()
    assert "Er wordt niets verstuurd" in section.get_text()
    # Each step's questions are inside that step, right after its text.
    for step in plan["stappen"]:
        li = section.select_one(f'li.stappenplan__stap[data-stap="{step["id"]}"]')
        names = [a["name"] for a in li.select("textarea[data-worksheet-answer]")]
        assert names == [f"{step['id']}.{h['id']}" for h in step["hulpvragen"]]


def test_newcomer_page_shows_factors_corona_ways_tips_letter_and_links(site_dir):
    page = article(site_dir, "nieuwkomers/index.html")
    info = data("ouders-nieuwkomers.yml")
    assert len(page.select("[data-soort=positief] li")) == 13
    assert len(page.select("[data-soort=negatief] li")) == 4
    text = page.get_text(" ", strip=True)
    assert "Tamboto et al., 2021" in text and "Desforges & Abouchaar, 2003" in text
    assert "Batoul Lahham" in text
    assert len(page.select("[data-stimuleren] li")) == 5
    assert len(page.select("[data-praktijkvragen] [data-vraag]")) == 4
    hrefs = {a["href"] for a in page.select("ul.bronlinks a")}
    assert hrefs == {link["url"] for link in info["links"]}
    assert page.select_one("[data-brief]") is not None


def test_cross_links_between_steps_programmes_bouwsteen_and_calculator(site_dir):
    for page in ("bibliotheken/index.html", "index.html", "kinderopvang/index.html"):
        hrefs = [a["href"] for a in article(site_dir, page).select("a[href]")]
        assert any("programmas/" in h for h in hrefs), page
        assert any("bouwstenen/activiteiten/" in h for h in hrefs), page
        assert any("rekenhulpen/ouderprogramma/" in h for h in hrefs), page
    # The two step plans of the section point to each other.
    hrefs = [a["href"] for a in article(site_dir, "kinderopvang/index.html").select("a[href]")]
    assert any(h.endswith("bibliotheken/") for h in hrefs)
    hrefs = [a["href"] for a in article(site_dir, "bibliotheken/index.html").select("a[href]")]
    assert any(h.endswith("kinderopvang/") for h in hrefs)
