"""The built pages of the two cost calculators: prerendered, with sources, checked date, quote and nav."""
import json

import pytest
from bs4 import BeautifulSoup

import calculators

PAGES = {"exploitatie": "rekenhulpen/exploitatie/index.html", "ouderprogramma": "rekenhulpen/ouderprogramma/index.html"}


def soup(site_dir, page):
    return BeautifulSoup((site_dir / page).read_text(encoding="utf-8"), "html.parser")


@pytest.mark.parametrize("calculator_id", sorted(PAGES))
def test_page_is_prerendered_with_sources_and_checked_date(site_dir, calculator_id):
    page = soup(site_dir, PAGES[calculator_id])
    form = page.select_one(f'form[data-calculator="{calculator_id}"][data-state="prerendered"]')
    answer = calculators.run(calculator_id, {})
    for key, item in answer["result"].items():
        assert form.select_one(f'[data-result-key="{key}"]').get_text(strip=True) == item["value"]
    calculator = calculators.REGISTRY[calculator_id]
    assert f"gecontroleerd op {calculator.checked}" in form.get_text(" ", strip=True)
    sources = form.select(".rekenhulp__hint [data-bron]")
    assert len(sources) == len(calculator.fields)
    assert form.select(".rekenhulp__hint [data-bron=assumption]")  # assumptions are marked
    assert not form.has_attr("data-answer")  # the page carries its answer as markup only
    assert form.select_one("[data-offerte] [data-action=download]") is not None
    assert len(page.select("form details[data-group]")) == len(calculator.groups)


def test_pages_are_in_the_nav_and_the_index(site_dir):
    index = soup(site_dir, "rekenhulpen/index.html")
    content = index.select_one("article")
    links = {a["href"] for a in content.select("a[href]")}
    assert {"exploitatie/", "ouderprogramma/"} <= links
    nav = {a.get("href") for a in index.select("nav.md-nav a[href]")}
    assert "exploitatie/" in nav and "ouderprogramma/" in nav


def test_exploitatie_page_cites_the_norms(site_dir):
    text = " ".join(soup(site_dir, PAGES["exploitatie"]).select_one("article").get_text(" ").split())
    assert "minstens 3 jaar" in text
    assert "minimaal 5 boeken per leerling" in text
