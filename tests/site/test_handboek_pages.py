"""The built handbook chapters 1, 2, 4 and 5: every page is there, in the navigation, and carries
its data as page text (so search finds it). Links and anchors: tests/site/test_links.py."""
import json
import re
from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[2]
PAGES = {"inleiding": "handboek/inleiding/index.html", "starten": "handboek/starten/index.html",
         "doorontwikkeling": "handboek/doorontwikkeling/index.html", "netwerk": "handboek/netwerk/index.html"}


def load(name: str):
    return yaml.safe_load((ROOT / "data" / name).read_text(encoding="utf-8"))


def soup(site_dir, page) -> BeautifulSoup:
    return BeautifulSoup((site_dir / page).read_text(encoding="utf-8"), "html.parser")


def squash(text: str) -> str:
    """Text without any whitespace: abbreviation tooltips and line breaks do not matter."""
    return re.sub(r"\s+", "", text)


def article_text(site_dir, page) -> str:
    return squash(soup(site_dir, page).select_one("article").get_text())


@pytest.mark.parametrize("page", PAGES.values())
def test_page_is_built_and_in_the_navigation(site_dir, page):
    html = soup(site_dir, page)
    assert html.find("h1")
    nav_links = [urljoin("/" + page, a["href"]) for a in html.select("nav.md-nav--primary a[href]")]
    assert "/" + page.removesuffix("index.html") in nav_links


def test_start_chapter_has_every_list_and_the_route(site_dir):
    text = article_text(site_dir, PAGES["starten"])
    starten = load("starten.yml")
    for key in ("bouwers", "intenties", "schoolvragen", "basisbehoeften", "draagvlak"):
        for item in starten[key]:
            assert squash(item["tekst"]) in text, item["id"]
    for part in ("invoer", "opbrengst"):
        for item in starten["exploitatiemodel"][part]:
            assert squash(item["tekst"]) in text, item["id"]
    for tool in starten["gesprekstools"]:
        assert squash(tool["titel"]) in text, tool["id"]
    route = load("stappenplannen/startroute.yml")
    html = soup(site_dir, PAGES["starten"])
    assert [li["id"] for li in html.select("li.stappenplan__stap")] == [
        f"startroute-{s['id']}" for s in route["stappen"]]
    figure = html.select_one("figure[data-stroom=startroute]")
    assert [li["data-stap"] for li in figure.select("li.stroom__stap")] == [s["id"] for s in route["stappen"]]
    assert [b["data-antwoord"] for b in figure.select(".stroom__tak")] == ["ja", "nee", "ja", "nee"]
    for step in route["stappen"]:
        for question in step["vragen"]:
            assert squash(question["vraag"]) in text
            for tool in question["hulpmiddelen"]:
                assert squash(tool["titel"]) in text


def test_roles_comparison_carries_every_cell(site_dir):
    rollen = load("rollen.yml")
    html = soup(site_dir, PAGES["doorontwikkeling"])
    table = html.select_one(".rollen__tabel table")
    assert [th.get_text(strip=True) for th in table.select("thead th[scope=col]")][1:] == [
        r["naam"] for r in rollen["rollen"]]
    table_text = squash(table.get_text())
    for rol in rollen["rollen"]:
        for value in [rol["focus"], rol["insteek"], rol["profiel"]["niveau"], rol["profiel"]["bekwaamheid"],
                      *rol["activiteiten"], *(s["titel"] for s in rol["scholing"])]:
            assert squash(value) in table_text, (rol["id"], value)
    assert len(html.select(".rollen__kaart")) == len(rollen["rollen"])
    text = article_text(site_dir, PAGES["doorontwikkeling"])
    assert squash(rollen["ander_model"]["organisatie_naam"]) in text
    assert all(squash(r) in text for r in rollen["ander_model"]["rollen"])


def test_introduction_has_figures_cycle_line_and_bouwstenen(site_dir):
    html = soup(site_dir, PAGES["inleiding"])
    text = article_text(site_dir, PAGES["inleiding"])
    inleiding = load("inleiding.yml")
    for cijfer in inleiding["cijfers"]["items"]:
        assert squash(cijfer["waarde"]) in text and squash(cijfer["wat"]) in text
    assert squash(inleiding["cijfers"]["stand"]) in text
    for item in inleiding["aanbod"]:
        assert squash(item["tekst"]) in text
    assert [li["id"] for li in html.select(".doorgaande-lijn li")] == \
        [f"lijn-{o['id']}" for o in inleiding["doorgaande_lijn"]["onderdelen"]]
    cyclus = load("kwaliteitscyclus.yml")
    svg = html.select_one("figure.kwaliteitscyclus svg")
    assert [g["data-fase"] for g in svg.find_all("g")] == [f["id"] for f in cyclus["fases"]]
    for fase in cyclus["fases"]:
        assert squash(fase["uitleg"]) in text
    bouwstenen = load("bouwstenen.yml")["bouwstenen"]
    assert len(html.select(".bouwstenen-overzicht [data-bouwsteen]")) == len(bouwstenen) == 10


def test_network_is_grouped_by_level(site_dir):
    html = soup(site_dir, PAGES["netwerk"])
    partijen = load("netwerk.yml")["partijen"]
    for level in ("landelijk", "provinciaal", "lokaal"):
        group = html.select_one(f"[data-netwerk-niveau={level}]")
        assert [s["id"] for s in group.select("section.netwerk__partij")] == \
            [p["id"] for p in partijen if p["niveau"] == level]
    text = article_text(site_dir, PAGES["netwerk"])
    for partij in partijen:
        for taak in partij["taken"]:
            assert squash(taak) in text, partij["id"]


def test_search_finds_chapter_data(site_dir):
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = squash(" ".join(doc["text"] for doc in index["docs"] if doc["location"].startswith("handboek/")))
    question = load("starten.yml")["schoolvragen"][0]["tekst"]
    training = load("rollen.yml")["rollen"][2]["scholing"][2]["titel"]
    assert squash(question) in text and squash(training) in text
