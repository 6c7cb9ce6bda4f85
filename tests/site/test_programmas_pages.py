"""The programme overview in the real build: every programme in data has its own page and a row
in the table, and the static HTML (no JavaScript) holds the complete table."""
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[2]
PROGRAMMES = yaml.safe_load((ROOT / "data" / "programmas.yml").read_text(encoding="utf-8"))["programmas"]
OVERVIEW = "ouderbetrokkenheid/programmas/index.html"


def soup(site_dir, page):
    return BeautifulSoup((site_dir / page).read_text(encoding="utf-8"), "html.parser")


@pytest.fixture(scope="module")
def overview(site_dir):
    return soup(site_dir, OVERVIEW)


def test_every_programme_has_a_row_in_the_static_table(overview):
    rows = overview.select("table.programmas-tabel tbody tr")
    assert [r["data-programma"] for r in rows] == [p["id"] for p in PROGRAMMES]
    assert not any(r.has_attr("hidden") for r in rows)
    for row, programme in zip(rows, PROGRAMMES, strict=False):
        assert " ".join(row.th.get_text(" ").split()).startswith(programme["naam"])
        assert len(row.find_all("td")) == 4
        assert all(td.get_text(strip=True) for td in row.find_all("td"))
        # Goal, target group and duration: each stated, or said to be not mentioned.
        assert [p["data-over"] for p in row.select("td [data-over]")] == ["doel", "doelgroep", "duur"]
        assert all(p.get_text(strip=True).split(":", 1)[1].strip() for p in row.select("td [data-over]"))


def test_table_cells_carry_age_and_recognition_as_text(overview):
    row = overview.select_one('tr[data-programma="voorleesexpress"]')
    text = row.get_text(" ", strip=True)
    assert "2 tot en met 8 jaar" in text
    assert "effectief volgens eerste aanwijzingen" in text
    assert "wekelijks, twintig weken" in text


@pytest.mark.parametrize("programme", PROGRAMMES, ids=lambda p: p["id"])
def test_every_programme_has_its_own_page_linked_from_the_table(site_dir, overview, programme):
    page_path = f"ouderbetrokkenheid/programmas/{programme['id']}/index.html"
    assert (site_dir / page_path).exists()
    page = soup(site_dir, page_path)
    assert " ".join(page.h1.get_text(" ").split()).startswith(programme["naam"])
    assert page.select_one(f'[data-programma="{programme["id"]}"]') is not None
    link = overview.select_one(f'tr[data-programma="{programme["id"]}"] th a')
    assert link["href"] == f"{programme['id']}/"


def test_programme_pages_link_to_the_vve_guide_and_the_bouwsteen(site_dir):
    page = soup(site_dir, "ouderbetrokkenheid/programmas/voorleesexpress/index.html")
    hrefs = [a["href"] for a in page.select("ul.programma__verder a")]
    assert "../#programma-voorleesexpress" in hrefs
    for href in hrefs:
        if href.startswith("../../"):
            page_dir = site_dir / "ouderbetrokkenheid/programmas/voorleesexpress"
            target = (page_dir / href.split("#")[0] / "index.html").resolve()
            assert target.exists(), href
    assert any("bouwstenen" in h and "activiteiten" in h for h in hrefs)
    assert any("rekenhulpen/ouderprogramma/" in h for h in hrefs)


def test_thuis_in_taal_page_shows_its_seven_steps(site_dir):
    page = soup(site_dir, "ouderbetrokkenheid/programmas/thuis-in-taal/index.html")
    steps = page.select('[data-stappenplan="thuis-in-taal"] li.stappenplan__stap')
    assert len(steps) == 7
    assert "Ken de taalomgeving thuis" in steps[0].get_text()
    assert len(page.select('[data-stroom="thuis-in-taal"] li[data-stap]')) == 7  # the flow figure


def test_programme_and_vve_pages_are_built(site_dir):
    """The overview, a page per programme and the seven chapters of the vve guide (links: test_links.py)."""
    assert len(list((site_dir / "ouderbetrokkenheid" / "programmas").rglob("index.html"))) == len(PROGRAMMES) + 1
    assert len(list((site_dir / "ouderbetrokkenheid" / "vve").rglob("index.html"))) == 7
