"""Where content comes from, on the built pages: every <h2> section of every page of the handbook
and of the part on parent involvement has exactly one origin line of its own ([data-bron] without
data-bron-deel), each origin line starts with one of the three labels, and the printed quote has
none. A line about a part of a section (data-bron-deel: one row, a step's goal) comes on top."""
from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup, Tag

from calculators.texts import ORIGIN_LABELS

SECTIONS = ("handboek/", "bouwstenen/", "ouderbetrokkenheid/")
LABELS = set(ORIGIN_LABELS.values())


def origin_problems(html: str, page: str) -> list[str]:
    """What is wrong with the origin lines of one built page (every <h2> section must have one)."""
    article = BeautifulSoup(html, "html.parser").select_one("article.md-content__inner")
    problems = [f"{page}: '{text(line)[:50]}' begint niet met een van de drie labels."
                for line in article.select("[data-bron]") if label(line) not in LABELS]
    for heading, lines in sections(article):
        own = [line for line in lines if not line.has_attr("data-bron-deel")]
        if len(own) != 1:
            problems.append(f"{page}: '{heading.get_text(' ', strip=True).rstrip('¶').strip()}' heeft "
                            f"{len(own)} herkomstregels, niet 1.")
    return problems


def text(line: Tag) -> str:
    return " ".join(line.get_text("").split())


def label(line: Tag) -> str:
    return text(line).split(":", 1)[0]


def sections(article: Tag) -> list[tuple[Tag, list[Tag]]]:
    """Each <h2> (not in a <template>) with the origin lines that follow it, up to the next <h2>."""
    found: list[tuple[Tag, list[Tag]]] = []
    for element in article.find_all(True):
        if element.find_parent("template") is not None:
            continue
        if element.name == "h2":
            found.append((element, []))
        elif element.has_attr("data-bron") and found:
            found[-1][1].append(element)
    return found


def test_every_section_of_the_handbook_and_the_parent_pages_says_where_it_comes_from(site_dir, built_pages):
    pages = [page for page in built_pages if page.startswith(SECTIONS)]
    assert len(pages) >= 40
    problems = [p for page in pages for p in origin_problems((site_dir / page).read_text(encoding="utf-8"), page)]
    assert problems == []


@pytest.mark.parametrize("page,heading,expected", [
    ("bouwstenen/leesomgeving-en-collectie/index.html", "leesomgeving-en-collectie-good-practice",
     "Bron: Handboek de Bibliotheek op school po, hoofdstuk 3, Leesomgeving & Collectie"),
    ("ouderbetrokkenheid/bibliotheken/index.html", "vijf-redenen-om-samen-te-investeren-in-lezen-thuis",
     "Bron: Werk maken van ouderbetrokkenheid bij lezen, Vijf goede redenen om samen te investeren in de "
     "leesopvoeding thuis"),
    ("ouderbetrokkenheid/index.html", "voor-de-kinderopvang", "Aanvulling van deze site: een wegwijzer"),
    ("handboek/starten/index.html", "de-startroute", "Bron: Handboek de Bibliotheek op school po, hoofdstuk 2, Stappen"),
])
def test_the_line_under_a_heading(site_dir, page, heading, expected):
    soup = BeautifulSoup((site_dir / page).read_text(encoding="utf-8"), "html.parser")
    line = next(lines for h, lines in sections(soup.select_one("article")) if h.get("id") == heading)
    own = next(line for line in line if not line.has_attr("data-bron-deel"))
    assert text(own).startswith(expected)


def test_labels_link_to_the_publication_or_to_the_explanation(site_dir):
    soup = BeautifulSoup((site_dir / "handboek/netwerk/index.html").read_text(encoding="utf-8"), "html.parser")
    assert {a["href"] for a in soup.select("[data-bron=publication] a.herkomst__label")} == {"../../over/#handboek-po"}
    over = BeautifulSoup((site_dir / "over/index.html").read_text(encoding="utf-8"), "html.parser")
    assert over.find(id="herkomst") is not None and over.find(id="handboek-po") is not None
    programme = BeautifulSoup((site_dir / "ouderbetrokkenheid/programmas/voor-jou-en-je-kind/index.html")
                              .read_text(encoding="utf-8"), "html.parser")
    assert programme.select_one("[data-bron=assumption] a.herkomst__label")["href"] == "../../../over/#herkomst"


def test_the_sites_own_additions_say_how_they_were_derived(site_dir):
    def parts(page: str) -> dict[str, list[str]]:
        soup = BeautifulSoup((site_dir / page).read_text(encoding="utf-8"), "html.parser")
        found: dict[str, list[str]] = {}
        for line in soup.select("article [data-bron-deel]"):
            found.setdefault(line["data-bron-deel"], []).append(text(line))
        return found

    roles = parts("handboek/doorontwikkeling/index.html")["bouwstenen"]
    assert roles == ["Aanvulling van deze site: deze rij staat niet in de tabel van het handboek; de site koppelt "
                     "elke rol aan de bouwstenen die bij haar activiteiten en scholing horen."]
    route = parts("handboek/starten/index.html")
    assert len(route["doel"]) == 4 and len(route["keuze"]) == 2
    assert len(parts("handboek/inleiding/index.html")["fase"]) == 4
    assert parts("ouderbetrokkenheid/kinderopvang/index.html")["hulpvragen"][0].startswith(
        "Aanvulling van deze site: vragen afgeleid uit het doel van de stap")
    assert parts("ouderbetrokkenheid/nieuwkomers/index.html")["namen"]
    assert parts("ouderbetrokkenheid/vve/wat-is-ouderbetrokkenheid/index.html")["naam"]
    assert parts("ouderbetrokkenheid/programmas/voor-jou-en-je-kind/index.html")["leeftijd"]
    glossary = parts("begrippen/index.html")
    assert len(glossary["betekenis"]) == 8 and glossary["begrip"]


def test_the_printed_quote_has_no_origin_lines(site_dir):
    for page in ("rekenhulpen/exploitatie/index.html", "rekenhulpen/ouderprogramma/index.html"):
        soup = BeautifulSoup((site_dir / page).read_text(encoding="utf-8"), "html.parser")
        quote = soup.select_one("[data-offerte]")
        assert quote is not None and quote.select("[data-bron]") == []


def test_every_field_of_a_calculator_shows_its_default_the_same_way(site_dir):
    soup = BeautifulSoup((site_dir / "rekenhulpen/exploitatie/index.html").read_text(encoding="utf-8"),
                         "html.parser")
    fields = soup.select("form [data-field]")
    lines = [field.select_one(".rekenhulp__hint [data-bron]") for field in fields]
    assert fields and all(lines)
    assert {label(line) for line in lines} <= LABELS and len({line["data-bron"] for line in lines}) == 3


def test_the_check_finds_a_missing_and_a_double_origin():
    """Negative control on a small page."""
    page = ('<article class="md-content__inner"><h2>Een</h2><p class="herkomst" data-bron="publication">Bron: X</p>'
            '<h2>Twee</h2><p>Tekst</p><p data-bron="assumption" data-bron-deel="rij">Aanvulling van deze site: y</p>'
            '<h2>Drie</h2><p data-bron="publication">Bron: X</p><div><p data-bron="outside">Elders: Z</p></div>'
            '<template><h2>Script</h2></template></article>')
    assert origin_problems(page, "p") == [
        "p: 'Elders: Z' begint niet met een van de drie labels.",
        "p: 'Twee' heeft 0 herkomstregels, niet 1.",
        "p: 'Drie' heeft 2 herkomstregels, niet 1.",
    ]
    assert re.match(r"^p: ", origin_problems(page, "p")[0])
