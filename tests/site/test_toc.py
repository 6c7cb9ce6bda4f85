"""Every h2 and h3 of a built page, those that templates render included, is in the page's table of
contents (Material's nav.md-nav--secondary) under its id. Not the page's own: headings in a <template>
(the script inserts copies) and those of the printed quote (data-toc="off", inside .offerte__document)."""
from __future__ import annotations

from bs4 import BeautifulSoup


def contents_problems(html: str, page: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    article = soup.select_one("article.md-content__inner")
    toc = [a["href"][1:] for a in soup.select("nav.md-nav--secondary a.md-nav__link[href^='#']")]
    problems = []
    for heading in article.find_all(["h2", "h3"]):
        if heading.find_parent("template"):
            continue
        text = heading.get_text(" ", strip=True)
        if heading.find_parent(attrs={"data-toc": "off"}):
            if not heading.find_parent(class_="offerte__document"):
                problems.append(f"{page}: '{text}' staat buiten de inhoudsopgave (data-toc=\"off\").")
            continue
        if not heading.get("id"):
            problems.append(f"{page}: '{text}' heeft geen id.")
        elif heading["id"] not in toc:
            problems.append(f"{page}: '{text}' (#{heading['id']}) ontbreekt in de inhoudsopgave.")
    for target in toc:
        found = soup.find(id=target)
        if found is None or found.name not in ("h2", "h3"):
            problems.append(f"{page}: de inhoudsopgave wijst naar #{target}, en dat is geen kop.")
    return problems


def test_every_heading_of_every_page_is_in_its_contents(site_dir, built_pages):
    problems = [p for page in built_pages
                for p in contents_problems((site_dir / page).read_text(encoding="utf-8"), page)]
    assert problems == []


def test_headings_that_templates_render_are_there_with_their_own_ids(site_dir):
    """The pages whose headings come from macros: ids from the data, not from the heading's text."""
    def toc(page):
        soup = BeautifulSoup((site_dir / page).read_text(encoding="utf-8"), "html.parser")
        return [a["href"][1:] for a in soup.select("nav.md-nav--secondary a.md-nav__link")]

    assert toc("bouwstenen/leesplan/index.html")[:2] == ["leesplan-beschrijving", "leesplan-good-practice"]
    assert "startroute-orientatie-kop" in toc("handboek/starten/index.html")
    assert "kaart-monitor" in toc("bouwstenen/index.html")
    assert toc("rekenhulpen/exploitatie/index.html")[:5] == [
        "exploitatie-uitkomst-kop", "exploitatie-grafieken-kop", "exploitatie-offerte-kop",
        "exploitatie-bijlage-kop", "scenarios-exploitatie-kop"]


def test_headings_of_the_script_and_of_the_printed_quote_stay_out(site_dir):
    soup = BeautifulSoup((site_dir / "rekenhulpen/exploitatie/index.html").read_text(encoding="utf-8"),
                         "html.parser")
    for heading in soup.select("template h2, template h3, .offerte__document h3, .offerte__document h4"):
        assert heading.get("id") is None and heading.find(class_="headerlink") is None


def test_the_check_finds_a_missing_heading():
    """Negative control on a small page."""
    page = ('<nav class="md-nav md-nav--secondary"><a class="md-nav__link" href="#a">A</a>'
            '<a class="md-nav__link" href="#weg">Weg</a></nav><article class="md-content__inner">'
            '<h2 id="a">A</h2><div><h3 id="b">B</h3><h3>C</h3></div><template><h2>Script</h2></template>'
            '<section data-toc="off"><h3>Uit</h3></section></article>')
    assert contents_problems(page, "p") == [
        "p: 'B' (#b) ontbreekt in de inhoudsopgave.",
        "p: 'C' heeft geen id.",
        "p: 'Uit' staat buiten de inhoudsopgave (data-toc=\"off\").",
        "p: de inhoudsopgave wijst naar #weg, en dat is geen kop.",
    ]
