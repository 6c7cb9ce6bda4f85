"""The charts section as the templates render it: the prerendered SVG and table are the answer's charts
(calculators.run(id, {})["charts"]), outside the live region, with text escaped."""
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup

import calculators
from calculators.charts import Series, stacked
from macros import rekenhulpen


def rendered_form(renderer, calculator_id):
    html = renderer.render("rekenhulp.html", page_url="rekenhulpen/x/", **rekenhulpen.form_context(calculator_id))
    return BeautifulSoup(html, "html.parser").select_one(f'form[data-calculator="{calculator_id}"]')


def assert_figure_shows(figure, chart):
    """Every position and text of the rendered figure is the chart view's."""
    assert figure["data-chart"] == chart["id"]
    assert figure.figcaption.get_text(strip=True) == chart["title"]
    legend = figure.select_one("[data-chart-legend]")
    assert legend.has_attr("hidden") is not chart["legend"]
    if chart["legend"]:
        assert [(li.select_one("[data-series]")["data-series"], li.get_text(strip=True))
                for li in legend.select("li")] == [(s["key"], s["label"]) for s in chart["series"]]
    svg = figure.select_one("svg[data-chart-svg]")
    assert svg["aria-hidden"] == "true" and svg["height"] == f"{chart['height']}em"
    axis = chart["axis"]
    ticks = svg.select("[data-chart-grid] > g")
    assert [(g["data-tick"], g.line["x1"], g.line["y2"], g.find("text")["x"], g.find("text")["y"],
             g.find("text")["text-anchor"], g.find("text").get_text()) for g in ticks] == [
        (t["number"], f"{t['x']}%", f"{axis['bottom']}em", f"{t['x']}%", f"{axis['label_y']}em", t["anchor"],
         t["label"]) for t in axis["ticks"]]
    bars = svg.select("[data-chart-bars] > g")
    assert len(bars) == len(chart["bars"])
    for g, bar in zip(bars, chart["bars"], strict=True):
        label, value = g.select("text")
        assert (label.get_text(), value.get_text()) == (bar["label"], bar["value"])
        assert label["y"] == value["y"] == f"{bar['label_y']}em"
        assert [(r["data-series"], r["x"], r["width"], r["y"], r["height"]) for r in g.select("rect")] == [
            (s["series"], f"{s['x']}%", f"{s['width']}%", f"{bar['y']}em", f"{bar['height']}em")
            for s in bar["segments"]]
    table = figure.select_one("table[data-chart-table]")
    assert table.caption.get_text(strip=True) == chart["title"]
    assert [th.get_text(strip=True) for th in table.thead.select("th")] == chart["table"]["columns"]
    assert all(th["scope"] == "col" for th in table.thead.select("th"))
    assert [[c.get_text(strip=True) for c in tr.select("th, td")] for tr in table.tbody.select("tr")] == \
        chart["table"]["rows"]
    assert [c.get_text(strip=True) for c in table.tfoot.select("th, td")] == chart["table"]["total"]
    assert all(tr.th["scope"] == "row" for tr in table.select("tbody tr, tfoot tr"))
    region = table.find_parent(attrs={"data-chart-region": True})
    assert region["role"] == "region" and region["tabindex"] == "0" and region["aria-label"] == chart["title"]
    assert region.find_parent("details").summary.get_text(strip=True)


@pytest.mark.parametrize("calculator_id", ["exploitatie", "ouderprogramma"])
def test_prerendered_charts_are_the_answers_charts(renderer, calculator_id):
    form = rendered_form(renderer, calculator_id)
    section = form.select_one("[data-charts]")
    assert section is not None
    assert section.find_parent(attrs={"data-calculator-result": True}) is None  # not in the live region
    assert section.find_previous_sibling(attrs={"data-calculator-result": True}) is not None  # after it
    heading = section.find("h2")
    assert section["aria-labelledby"] == heading["id"] and heading.get_text(strip=True)
    assert not section.select("[name]")  # no inputs: the calculator script reads every [name]
    charts = calculators.run(calculator_id, {})["charts"]
    figures = section.select("figure[data-chart]")
    assert len(figures) == len(charts) > 0
    for figure, chart in zip(figures, charts, strict=True):
        assert_figure_shows(figure, chart)
    # The fills that are not colour alone, once per page.
    assert {p["id"] for p in section.select("pattern")} == {"grafiek-patroon-school", "grafiek-patroon-gemeente"}


@pytest.mark.parametrize("calculator_id", ["exploitatie", "ouderprogramma"])
def test_the_script_gets_a_template_for_each_piece(renderer, calculator_id):
    form = rendered_form(renderer, calculator_id)
    templates = {t["data-template"]: t for t in form.select("template[data-template]")}
    for name in ("chart-tick", "chart-bar", "chart-segment"):  # SVG pieces: wrapped so they parse as SVG
        piece = templates[name].find("svg")
        assert piece is not None and len(piece.find_all(recursive=False)) == 1, name
    for name in ("chart-legend-item", "chart-column", "chart-row", "chart-cell"):
        assert name in templates
    assert templates["chart-bar"].select('[data-slot="label"]') and templates["chart-bar"].select('[data-slot="value"]')


def test_calculators_without_charts_have_no_charts_section(renderer):
    form = rendered_form(renderer, "collectie")
    assert form.select_one("[data-charts]") is None
    assert form.select_one('template[data-template^="chart-"]') is None


def test_chart_text_stays_text(renderer):
    evil = "<script>alert(1)</script>"
    chart = stacked("x", f"Titel {evil}", evil, [Series("kosten", evil)], [(evil, [Decimal(1)])])
    html = renderer.render("rekenhulp-grafieken.html", page_url="rekenhulpen/x/", cid="x",
                           answer={"charts": [chart.view()]})
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("script") is None
    figure = soup.select_one("figure[data-chart]")
    assert figure.figcaption.get_text() == f"Titel {evil}"
    assert figure.select_one("[data-chart-bars] text").get_text() == evil
    assert figure.select_one("table thead th").get_text() == evil
    assert_figure_shows(figure, chart.view())
