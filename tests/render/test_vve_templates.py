"""The templates of the vve guide pages rendered with sample data: lists with lead-ins, numbered
when order matters, references linked to the literature page, and YAML text always escaped."""
from bs4 import BeautifulSoup

from macros.ouders import LITERATURE_PAGE

SCRIPT = "<script>alert('x')</script>"
REFERENCES = {
    "auteur-2020": {"id": "auteur-2020", "auteurs": "Auteur & Ander " + SCRIPT, "jaar": 2020, "genoemd_bij": "x"},
    "organisatie": {"id": "organisatie", "auteurs": "Organisatie", "titel": "Titel " + SCRIPT,
                    "url": "https://example.org/t", "genoemd_bij": "hoofdstuk 1 " + SCRIPT},
}
LISTS = [
    {"id": "drempels", "titel": "Drempels " + SCRIPT, "intro": "Vier " + SCRIPT, "genummerd": True,
     "punten": [{"kop": "Kop " + SCRIPT, "tekst": "uitleg " + SCRIPT}, {"tekst": "zonder kop"}],
     "slot": "Slot " + SCRIPT, "bronnen": ["auteur-2020", "organisatie"],
     "links": [{"titel": "Link " + SCRIPT, "url": "https://example.org/l"}]},
    {"id": "tips", "titel": "Tips", "punten": [{"tekst": "een tip"}]},
]


def lists(renderer, links=()):
    html = renderer.render("vve-lijsten.html", page_url="ouderbetrokkenheid/vve/afstemmen-op-ouders/",
                           lijsten=LISTS, links=list(links), prefix="groep", references=REFERENCES,
                           literature_page=LITERATURE_PAGE)
    return html, BeautifulSoup(html, "html.parser")


def test_lists_are_numbered_only_when_order_matters(renderer):
    _, soup = lists(renderer)
    first, second = soup.select(".vve-lijst")
    assert first["id"] == "groep-drempels" and second["id"] == "groep-tips"
    assert first.select_one(".vve-lijst__punten").name == "ol"
    assert second.select_one(".vve-lijst__punten").name == "ul"
    items = first.select(".vve-lijst__punten li")
    assert items[0].strong.get_text() == "Kop " + SCRIPT and items[1].strong is None


def test_references_link_to_the_literature_page_anchor(renderer):
    _, soup = lists(renderer)
    links = soup.select(".vve-lijst__bronnen a")
    assert [a["href"] for a in links] == ["../literatuur/#bron-auteur-2020", "../literatuur/#bron-organisatie"]
    assert links[0].get_text() == "Auteur & Ander " + SCRIPT + " (2020)"
    assert links[1].get_text() == "Organisatie"
    assert soup.select_one(".vve-lijst__bronnen").get_text().startswith("Bronnen: ")
    single = [dict(LISTS[0], bronnen=["organisatie"])]
    html = renderer.render("vve-lijsten.html", page_url="", lijsten=single, links=[], prefix="p",
                           references=REFERENCES, literature_page=LITERATURE_PAGE)
    assert BeautifulSoup(html, "html.parser").select_one(".vve-lijst__bronnen").get_text().startswith("Bron: ")


def test_group_links_follow_the_lists(renderer):
    _, soup = lists(renderer, links=[{"titel": "Sardes", "url": "https://example.org/s"}, {"titel": "Zonder adres"}])
    items = soup.select(".vve-lijsten > ul.vve-lijst__links li")
    assert items[0].a["href"] == "https://example.org/s" and items[1].a is None
    _, soup = lists(renderer)
    assert soup.select(".vve-lijsten > ul.vve-lijst__links") == []


def test_literature_list_has_anchors_titles_and_loose_links(renderer):
    literature = {"bronnen": list(REFERENCES.values()), "losse_links": ["https://example.org/los"]}
    html = renderer.render("literatuur.html", page_url="ouderbetrokkenheid/vve/literatuur/", literatuur=literature)
    soup = BeautifulSoup(html, "html.parser")
    entries = soup.select("ul.literatuur > li")
    assert [e["id"] for e in entries] == ["bron-auteur-2020", "bron-organisatie"]
    assert entries[0].cite is None and "(2020)" in entries[0].get_text()
    assert entries[1].a["href"] == "https://example.org/t" and entries[1].cite.get_text() == "Titel " + SCRIPT
    assert soup.select_one(".literatuur__losse-links a")["href"] == "https://example.org/los"
    assert soup.find("script") is None and "&lt;script&gt;" in html


def test_inline_reference_with_and_without_brackets(renderer):
    b = REFERENCES["auteur-2020"]
    plain = BeautifulSoup(renderer.render("literatuur-verwijzing.html", page_url="ouderbetrokkenheid/vve/",
                                          b=b, literature_page=LITERATURE_PAGE, haakjes=False), "html.parser")
    assert plain.a["href"] == "literatuur/#bron-auteur-2020"
    assert plain.get_text() == "Auteur & Ander " + SCRIPT + " (2020)"
    brackets = BeautifulSoup(renderer.render("literatuur-verwijzing.html", page_url="ouderbetrokkenheid/vve/",
                                             b=b, literature_page=LITERATURE_PAGE, haakjes=True), "html.parser")
    assert brackets.get_text() == "(Auteur & Ander " + SCRIPT + ", 2020)"


def test_yaml_text_is_escaped_in_the_lists(renderer):
    html, soup = lists(renderer)
    assert soup.find("script") is None
    assert html.count("&lt;script&gt;") >= 6
