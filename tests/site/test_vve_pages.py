"""The pages of the vve guide in the real build: every chapter exists, the shared Epstein list is
used, the four groups show their tips, every literature reference points at an existing entry, and
facts bound to a date show that date."""
from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[2]
CHAPTERS = ["", "wat-is-ouderbetrokkenheid/", "afstemmen-op-ouders/", "gemeentebrede-aanpak/", "wat-werkt/",
            "competenties/", "literatuur/"]
BASE = "ouderbetrokkenheid/vve/"


def soup(site_dir, url):
    return BeautifulSoup((site_dir / url / "index.html").read_text(encoding="utf-8"), "html.parser")


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_every_chapter_is_built_with_a_title(site_dir, chapter):
    page = soup(site_dir, BASE + chapter)
    assert page.h1 is not None and page.h1.get_text(strip=True)


def test_what_is_parent_involvement_uses_the_shared_epstein_list(site_dir):
    page = soup(site_dir, BASE + "wat-is-ouderbetrokkenheid/")
    assert len(page.select("[data-vormen-ouderbetrokkenheid] li[data-vorm]")) == 6


def test_four_groups_of_parents_show_their_lists(site_dir):
    page = soup(site_dir, BASE + "afstemmen-op-ouders/")
    groups = yaml.safe_load((ROOT / "data" / "oudergroepen.yml").read_text(encoding="utf-8"))["groepen"]
    for group in groups:
        block = page.select_one(f'[data-vve-lijsten="{group["id"]}"]')
        assert block is not None, group["id"]
        shown = len(block.select(".vve-lijst__punten > li"))
        assert shown == sum(len(lijst["punten"]) for lijst in group["lijsten"])


def test_every_literature_reference_points_at_an_entry(site_dir):
    literature = soup(site_dir, BASE + "literatuur/")
    anchors = {li["id"] for li in literature.select("ul.literatuur > li")}
    checked = 0
    for chapter in CHAPTERS:
        url = BASE + chapter
        for a in soup(site_dir, url).select("a.literatuur-verwijzing, .vve-lijst__bronnen a"):
            target = urljoin("/" + url, a["href"])
            path, _, anchor = target.partition("#")
            assert path == "/" + BASE + "literatuur/", a["href"]
            assert anchor in anchors, a["href"]
            checked += 1
    assert checked >= 15


def test_dated_fact_shows_its_date(site_dir):
    page = soup(site_dir, BASE + "gemeentebrede-aanpak/")
    assert "eind 2024" in page.get_text(" ").lower()


def test_vve_pages_and_programme_pages_link_to_each_other(site_dir):
    works = soup(site_dir, BASE + "wat-werkt/")
    hrefs = {a["href"] for a in works.select("article a")}
    for programme in ("instapje", "opstapje", "vve-thuis", "voorleesexpress"):
        assert f"../../programmas/{programme}/" in hrefs
    assert "../../programmas/" in hrefs
    programme = soup(site_dir, "ouderbetrokkenheid/programmas/opstapje/")
    assert "../../vve/wat-werkt/" in {a["href"] for a in programme.select("article a")}


def test_guide_start_page_links_to_the_bouwsteen_and_the_other_parent_pages(site_dir):
    hrefs = {a["href"] for a in soup(site_dir, BASE).select("article a")}
    assert "../../bouwstenen/activiteiten/" in hrefs
    assert {"../bibliotheken/", "../kinderopvang/", "../programmas/"} <= hrefs
    assert "../../rekenhulpen/ouderprogramma/" in hrefs
