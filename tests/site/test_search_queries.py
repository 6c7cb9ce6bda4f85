"""The query set of tests/search_queries.yml itself (tests/browser/test_search.py runs it through the
site's search): every page it names is built, the eight queries of the UX test are in it verbatim,
and at least ten of its multi-word queries are not the title of any page."""
from bs4 import BeautifulSoup

from tests.helpers import search_queries

QUERIES = search_queries()
UX_QUERIES = ["boeken per leerling", "offerte", "VoorleesExpress", "vaders", "leesconsulent rollen", "GOAB",
              "Monitor", "samenwerkingsovereenkomst"]
KINDS = {"ux", "task", "name", "abbreviation", "word"}
READERS = {"leesconsulent", "onderwijsmanager", "leescoördinator", "beleidsmedewerker"}


def page_titles(site_dir, built_pages) -> set[str]:
    """Every page's title as a visitor sees it: the h1 and the label in the navigation (not the page's
    own table of contents, which lists its sections)."""
    titles = set()
    for page in built_pages:
        html = BeautifulSoup((site_dir / page).read_text(encoding="utf-8"), "html.parser")
        if html.h1:
            titles.add(" ".join(html.h1.get_text(" ").split()).removesuffix("¶").strip().lower())
        for label in html.select(".md-nav--primary .md-nav__link .md-ellipsis"):
            if not label.find_parent(class_="md-nav--secondary"):
                titles.add(" ".join(label.get_text(" ").split()).lower())
    return titles


def test_the_set_is_large_enough_and_well_formed():
    assert len(QUERIES) >= 25
    assert len({entry["query"].lower() for entry in QUERIES}) == len(QUERIES), "a query appears twice"
    for entry in QUERIES:
        assert set(entry) == {"query", "page", "kind", "who", "path"}, entry
        assert entry["kind"] in KINDS, entry
        assert entry["who"] in READERS, entry
        assert entry["query"] == entry["query"].strip() and entry["query"], entry


def test_the_eight_queries_of_the_ux_test_are_in_it_verbatim():
    assert [entry["query"] for entry in QUERIES if entry["kind"] == "ux"] == UX_QUERIES


def test_every_page_of_the_set_is_built(site_dir):
    missing = [entry["page"] for entry in QUERIES if not (site_dir / entry["path"] / "index.html").exists()]
    assert missing == []


def test_at_least_ten_multi_word_queries_are_not_page_titles(site_dir, built_pages):
    titles = page_titles(site_dir, built_pages)
    tasks = [entry["query"] for entry in QUERIES if entry["kind"] == "task"]
    assert [query for query in tasks if query.lower() in titles] == []
    assert len([query for query in tasks if len(query.split()) > 1]) >= 10
