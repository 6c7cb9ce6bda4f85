"""The quote view of the cost calculators as the templates render it: the document to send and the
appendix, each part filled from the answer, every redrawn part carrying data-quote."""
import pytest
from bs4 import BeautifulSoup

import calculators
from macros import rekenhulpen


def render_form(renderer, calculator_id, payload=None):
    context = rekenhulpen.form_context(calculator_id)
    if payload is not None:
        context["answer"] = calculators.run(calculator_id, payload)
    html = renderer.render("rekenhulp.html", page_url="rekenhulpen/x/", **context)
    return BeautifulSoup(html, "html.parser").select_one(f'form[data-calculator="{calculator_id}"]')


def texts(nodes):
    return [node.get_text(" ", strip=True) for node in nodes]


def check_tables(container, tables):
    nodes = container.select("table.offerte__tabel")
    assert [t["data-table"] for t in nodes] == [t["id"] for t in tables]
    for node, data in zip(nodes, tables, strict=True):
        assert node.caption.get_text(strip=True) == data["title"]
        assert [th.get_text(strip=True) for th in node.thead.select("th")] == data["columns"]
        assert all(th["scope"] == "col" for th in node.thead.select("th"))
        body = [[cell.get_text(strip=True) for cell in tr.select("th, td")] for tr in node.tbody.select("tr")]
        assert body == [[c.strip() for c in row] for row in data["rows"]]
        assert all(tr.th["scope"] == "row" for tr in node.tbody.select("tr"))
        region = node.parent
        assert region["role"] == "region" and region["tabindex"] == "0" and region["aria-label"] == data["title"]


@pytest.mark.parametrize("calculator_id", ["exploitatie", "ouderprogramma"])
def test_quote_section_follows_the_result(renderer, calculator_id):
    form = render_form(renderer, calculator_id)
    section = form.select_one("[data-offerte]")
    assert section.find_parent(attrs={"data-calculator-result": True}) is None  # not in the live region
    answer = calculators.run(calculator_id, {})
    quote = answer["quote"]
    assert section.select_one('[data-quote="title"]').get_text(strip=True) == quote["title"]
    assert section.select_one("[data-action=download]")["data-filename"] == answer["csv_filename"]
    assert section.select_one("[data-action=print]")["type"] == "button"
    assert not section.select("[name]")  # no inputs: the calculator script reads every [name]
    check_tables(section.select_one('[data-quote="tables"]'), quote["tables"])
    check_tables(section.select_one('[data-quote="appendix"]'), quote["appendix"])
    inputs = [dd.get_text(strip=True) for dd in section.select('[data-quote="inputs"] dd')]
    assert inputs == [value for _, value in quote["inputs"]]
    assert texts(section.select('[data-quote="details"] dd')) == [value for _, value in quote["details"]]


def test_the_document_has_sender_recipient_offer_terms_and_signatures(renderer):
    payload = {"naam_bibliotheek": "Bibliotheek Zeeland", "adres_bibliotheek": "Kousteensedijk 7\n4331 JE Middelburg",
               "naam_school": "Stichting Archipel", "offertedatum": "1-3-2027"}
    section = render_form(renderer, "exploitatie", payload).select_one("[data-offerte]")
    document = section.select_one(".offerte__document")
    assert texts(document.select('[data-quote="sender"] .offerte__regel')) == [
        "Bibliotheek Zeeland", "Kousteensedijk 7", "4331 JE Middelburg"]
    assert texts(document.select('[data-quote="recipient"] .offerte__regel')) == ["Stichting Archipel"]
    assert len(document.select('[data-quote="offer"] li')) == 5
    assert "geldig tot 31 maart 2027" in document.select_one('[data-quote="terms"]').get_text()
    assert texts(document.select(".offerte__partij")) == ["Namens Bibliotheek Zeeland", "Namens Stichting Archipel"]
    assert "Bruto maandsalaris" not in document.get_text()  # the internal build-up is in the appendix only
    assert "Bruto maandsalaris" in section.select_one(".offerte__bijlage").get_text()
    assert section.select_one("[data-print-appendix-toggle]")["type"] == "checkbox"


def test_text_from_visitors_stays_text(renderer):
    form = render_form(renderer, "exploitatie", {"naam_school": "<script>alert(1)</script>"})
    assert form.find("script") is None
    assert "<script>alert(1)</script>" in form.select_one('[data-quote="recipient"]').get_text()


def test_calculators_without_quote_have_no_quote_section(renderer):
    assert render_form(renderer, "collectie").select_one("[data-offerte]") is None
