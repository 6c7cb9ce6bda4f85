"""The calculator form as the macro renders it: the browser contract of DESIGN.md §5."""
from decimal import Decimal
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup

import calculators
from calculators import engine
from calculators.fields import COUNT, Field, Group, Source
from macros import rekenhulpen

RUNTIME = {"hash": "abc123", "wheel_dir": "assets/py/abc123/", "pyodide_dir": "assets/pyodide/1.0/"}


def render(renderer, calculator_id, page_url="rekenhulpen/x/"):
    html = renderer.render("rekenhulp.html", page_url=page_url, runtime=RUNTIME,
                           **rekenhulpen.form_context(calculator_id))
    return BeautifulSoup(html, "html.parser")


@pytest.mark.parametrize("calculator_id", sorted(calculators.REGISTRY))
def test_form_contract(renderer, calculator_id):
    soup = render(renderer, calculator_id)
    form = soup.select_one(f'form[data-calculator="{calculator_id}"]')
    assert form["data-state"] == "prerendered"
    assert form.has_attr("novalidate")
    assert form["data-runtime"] == "../../assets/py/abc123/"  # relative: the site lives under a sub-path
    assert form.select_one("[data-error-summary]").get_text(strip=True) == ""
    result = form.select_one("[data-calculator-result]")
    assert result["aria-live"] == "polite"
    answer = calculators.run(calculator_id, {})
    for key, item in answer["result"].items():
        assert result.select_one(f'[data-result-key="{key}"]').get_text(strip=True) == item["value"]
    module = calculators.REGISTRY[calculator_id]
    for f in module.FIELDS:
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
    soup = render(renderer, "collectie")
    hint = soup.select_one("#rh-collectie-huidige_collectie-hint").get_text(" ", strip=True)
    assert "bron:" in hint and "aanname" in hint
    assert soup.select_one("#rh-collectie-prijs_per_boek-hint a")["href"].startswith("https://")


def test_fieldsets_follow_groups(renderer):
    soup = render(renderer, "collectie")
    legends = [legend.get_text(strip=True) for legend in soup.select("fieldset legend")]
    assert legends == [g.legend for g in calculators.REGISTRY["collectie"].GROUPS]


def test_text_from_code_is_escaped(renderer, monkeypatch):
    """Negative control: markup in a label, hint or source stays text."""
    evil = "<script>alert(1)</script>"
    module = SimpleNamespace(
        FIELDS=(Field(name="n", label=evil, hint=evil, kind=COUNT, default="1", group="g",
                      source=Source(evil), minimum=Decimal(0)),),
        GROUPS=(Group("g", evil),),
        calculate=lambda values: engine.Outcome(results={"x": {"label": evil, "value": evil, "number": "1"}},
                                                explanation=[evil]),
    )
    monkeypatch.setitem(calculators.REGISTRY, "proef", module)
    soup = render(renderer, "proef")
    assert soup.find("script") is None
    assert evil in soup.select_one("legend").get_text()
    assert evil in soup.select_one('[data-result-key="x"]').get_text()
