"""The quote view of the cost calculators as the templates render it."""
import pytest
from bs4 import BeautifulSoup

import calculators
from macros import rekenhulpen


@pytest.mark.parametrize("calculator_id", ["exploitatie", "ouderprogramma"])
def test_quote_section_follows_the_result(renderer, calculator_id):
    html = renderer.render("rekenhulp.html", page_url="rekenhulpen/x/",
                           **rekenhulpen.form_context(calculator_id))
    form = BeautifulSoup(html, "html.parser").select_one(f'form[data-calculator="{calculator_id}"]')
    section = form.select_one("[data-offerte]")
    assert section is not None
    assert section.find_parent(attrs={"data-calculator-result": True}) is None  # not in the live region
    answer = calculators.run(calculator_id, {})
    quote = answer["quote"]
    assert section.select_one("[data-offerte-title]").get_text(strip=True) == quote["title"]
    assert section.select_one("[data-action=download]")["data-filename"] == answer["csv_filename"]
    assert section.select_one("[data-action=download]")["type"] == "button"
    assert section.select_one("[data-action=print]")["type"] == "button"
    assert not section.select("[name]")  # no inputs: the calculator script reads every [name]
    tables = section.select("table.offerte__tabel")
    assert [t["data-table"] for t in tables] == [t["id"] for t in quote["tables"]]
    for node, data in zip(tables, quote["tables"], strict=False):
        assert node.caption.get_text(strip=True) == data["title"]
        assert [th.get_text(strip=True) for th in node.thead.select("th")] == data["columns"]
        assert all(th["scope"] == "col" for th in node.thead.select("th"))
        body = [[cell.get_text(strip=True) for cell in tr.select("th, td")] for tr in node.tbody.select("tr")]
        assert body == [[c.strip() for c in row] for row in data["rows"]]
        assert all(tr.th["scope"] == "row" for tr in node.tbody.select("tr"))
        region = node.parent
        assert region["role"] == "region" and region["tabindex"] == "0" and region["aria-label"] == data["title"]
    inputs = [dd.get_text(strip=True) for dd in section.select("[data-offerte-inputs] dd")]
    assert inputs == [value for _, value in quote["inputs"]]
    assert "schatting" in section.select_one("[data-offerte-note]").get_text()


def test_text_from_visitors_stays_text(renderer):
    answer = calculators.run("exploitatie", {"naam_school": "<script>alert(1)</script>"})
    html = renderer.render("rekenhulp-offerte.html", page_url="rekenhulpen/exploitatie/", answer=answer,
                           cid="exploitatie", texts=rekenhulpen.form_context("exploitatie")["texts"])
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("script") is None
    assert "<script>alert(1)</script>" in soup.select_one("[data-offerte-details]").get_text()


def test_calculators_without_quote_have_no_quote_section(renderer):
    html = renderer.render("rekenhulp.html", page_url="rekenhulpen/x/",
                           **rekenhulpen.form_context("collectie"))
    assert BeautifulSoup(html, "html.parser").select_one("[data-offerte]") is None
