"""The calculator form as the macro renders it: the browser contract of DESIGN.md §5."""
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup

import calculators
from calculators.model import Calculator, Group, Source, count
from calculators.present import Rows
from macros import rekenhulpen


def render(renderer, calculator_id, page_url="rekenhulpen/x/"):
    html = renderer.render("rekenhulp.html", page_url=page_url, **rekenhulpen.form_context(calculator_id))
    return BeautifulSoup(html, "html.parser")


@pytest.mark.parametrize("calculator_id", sorted(calculators.REGISTRY))
def test_form_contract(renderer, calculator_id):
    soup = render(renderer, calculator_id)
    form = soup.select_one(f'form[data-calculator="{calculator_id}"]')
    assert form["data-state"] == "prerendered"
    assert form.has_attr("novalidate")
    key = rekenhulpen.runtime.describe()["key"]
    assert form["data-runtime"] == f"../../assets/py/{key}/"  # relative: the site lives under a sub-path
    assert form.select_one("[data-error-summary]").get_text(strip=True) == ""
    result = form.select_one("[data-calculator-result]")
    assert result["aria-live"] == "polite"
    answer = calculators.run(calculator_id, {})
    for key, item in answer["result"].items():
        assert result.select_one(f'[data-result-key="{key}"]').get_text(strip=True) == item["value"]
    for f in calculators.REGISTRY[calculator_id].fields:
        field = form.select_one(f'[name="{f.name}"]')
        assert field is not None, f.name
        error = form.select_one(f'[data-error-for="{f.name}"]')
        assert error is not None and error.get_text(strip=True) == ""
        if field.name == "input" and field.get("type") == "text":
            described = field["aria-describedby"].split()
            assert error["id"] in described
            assert form.select_one(f"#{described[0]}").get_text(" ", strip=True).startswith(f.hint[:20])
            assert field["value"] == f.default
            label = form.select_one(f'label[for="{field["id"]}"]')
            assert label.get_text(" ", strip=True).startswith(f.label)
            if f.numeric:
                assert field["inputmode"] == "decimal"


def test_default_sources_are_shown_next_to_fields(renderer):
    """Each default's origin, in the same line as every origin on the site (templates/herkomst.html)."""
    soup = render(renderer, "collectie")
    hint = soup.select_one("#rh-collectie-huidige_collectie-hint [data-bron]")
    assert hint["data-bron"] == "assumption" and hint["data-bron-deel"] == "standaardwaarde"
    line = " ".join(hint.get_text().split())
    assert line.startswith("Aanvulling van deze site: ") and "aanname" not in line
    price = soup.select_one("#rh-collectie-prijs_per_boek-hint [data-bron]")
    assert price["data-bron"] == "outside" and price.get_text().startswith("Bron buiten de vijf publicaties:")
    assert price.select("a")[-1]["href"].startswith("https://")
    norm = soup.select_one("#rh-collectie-boeken_per_leerling-hint [data-bron]")
    assert norm["data-bron"] == "publication" and norm.a["href"] == "../../over/#handboek-po"


def test_fieldsets_follow_groups(renderer):
    soup = render(renderer, "collectie")
    steps = soup.select("details[data-group]")
    assert [step.summary.get_text(strip=True) for step in steps] == [
        g.legend for g in calculators.REGISTRY["collectie"].groups]
    for step in steps:  # each step's fields are a fieldset named by the step's heading
        fieldset = step.select_one("fieldset")
        assert step.summary.select_one(f'#{fieldset["aria-labelledby"]}') is not None


def test_folded_steps_start_closed_and_the_quote_details_are_kept_on_reset(renderer):
    soup = render(renderer, "exploitatie")
    state = {step["data-group"]: step.has_attr("open") for step in soup.select("details[data-group]")}
    wide = {step["data-group"]: step.has_attr("data-open-wide") for step in soup.select("details[data-group]")}
    assert state["scholen"] and not state["uurkosten"] and not state["btw"]
    assert not wide["scholen"] and wide["leesconsulent"] and not wide["uurkosten"]  # from 45em on; folded stays shut
    assert soup.select_one('details[data-group="offerte"]').has_attr("data-keep")
    shares = soup.select_one('[data-field="aandeel_school"]')
    assert (shares["data-when-field"], shares["data-when-value"]) == ("verdeling", "procenten")
    assert soup.select_one('[data-field="leerlingen_per_school"] textarea[name="leerlingen_per_school"]')


def test_text_from_code_is_escaped(renderer, monkeypatch):
    """Negative control: markup in a label, hint or source stays text."""
    evil = "<script>alert(1)</script>"
    def present(values, result):
        rows = Rows()
        rows.text("x", evil, evil)
        return rows

    calculator = Calculator(
        id="proef", groups=(Group("g", evil),),
        fields=(count("n", label=evil, hint=evil, default="1", group="g", source=Source(evil), maximum=Decimal(9)),),
        calculate=lambda values: None, explain=lambda values, result: [evil], present=present)
    monkeypatch.setitem(calculators.REGISTRY, "proef", calculator)
    soup = render(renderer, "proef")
    assert soup.find("script") is None
    assert evil in soup.select_one("details[data-group] summary").get_text()
    assert evil in soup.select_one('[data-result-key="x"]').get_text()


def test_the_table_of_schools_is_in_the_html_for_the_defaults(renderer):
    """scholen.js takes the table over instead of building it, so the form does not move: its rows are
    the defaults', it stands after the text area it replaces, and the text area and the number of
    schools carry the mark the stylesheet hides them by (with JavaScript). Only the first list of
    schools of a form gets a table, as in the script."""
    soup = render(renderer, "exploitatie")
    field = soup.select_one('[data-field="leerlingen_per_school"]')
    textarea = field.select_one("textarea")
    table = field.select_one(".rekenhulp__scholen")
    assert textarea.has_attr("data-replaced-by-list") and textarea.find_next_sibling() is table
    rows = table.select("tbody[data-slot=rows] tr")
    assert [(r.select_one("[data-school=name]")["value"], r.select_one("[data-school=count]")["value"]) for r in rows] \
        == [("", textarea.get_text(strip=True))]
    assert rows[0].select_one("[data-school=count]")["aria-label"] == "Leerlingen 1"
    assert rows[0].select_one("[data-action=remove-school]")["aria-label"] == "School weghalen: 1"
    assert soup.select_one('[data-field="scholen"]').has_attr("data-replaced-by-list")
    assert soup.select("[data-replaced-by-list]") == [soup.select_one('[data-field="scholen"]'), textarea]
    second = soup.select_one('[data-field="huidige_collectie_per_school"]')
    assert second.has_attr("data-schools") and not second.select(".rekenhulp__scholen, [data-replaced-by-list]")
    template_row = soup.select_one('template[data-template="school-row"]')
    assert template_row is not None and "rekenhulp__scholen" not in str(soup.select("template"))


def test_a_form_without_a_list_of_schools_has_no_table(renderer):
    soup = render(renderer, "collectie")
    assert not soup.select(".rekenhulp__scholen, [data-replaced-by-list]")
