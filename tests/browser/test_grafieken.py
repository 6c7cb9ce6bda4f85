"""Charts in headless Chromium: typing a value redraws them to Python's new numbers (SVG and table),
a bad value marks them stale, axe finds nothing in either palette, and they print only with the
appendix. Uses the session's warm Pyodide (no cold start needed)."""
from __future__ import annotations

import pytest

import calculators
from tests.helpers import axe_violations, palette, print_media

pytestmark = pytest.mark.browser

PAGE = "rekenhulpen/exploitatie/"
READY = 'form[data-calculator="{}"][data-state="ready"]'
TIMEOUT = 90_000

# What a figure shows, read back from the DOM in the shape of the chart's view.
READ_FIGURE = """figure => {
  const attr = (node, name) => node.getAttribute(name);
  const svg = figure.querySelector("svg[data-chart-svg]");
  const cells = (tr) => [...tr.querySelectorAll("th, td")].map((c) => c.textContent);
  return {
    title: figure.querySelector("figcaption").textContent,
    legend: [...figure.querySelectorAll("[data-chart-legend] li")].map((li) =>
      [li.querySelector("[data-series]").dataset.series, li.textContent]),
    height: attr(svg, "height"),
    ticks: [...svg.querySelectorAll("[data-chart-grid] > g")].map((g) => {
      const line = g.querySelector("line"), text = g.querySelector("text");
      return [g.dataset.tick, attr(line, "x1"), attr(line, "y1"), attr(line, "y2"), attr(text, "x"),
              attr(text, "y"), attr(text, "text-anchor"), text.textContent];
    }),
    bars: [...svg.querySelectorAll("[data-chart-bars] > g")].map((g) => {
      const [label, value] = g.querySelectorAll("text");
      return [label.textContent, value.textContent, attr(label, "y"),
              [...g.querySelectorAll("rect")].map((r) =>
                [r.dataset.series, attr(r, "x"), attr(r, "width"), attr(r, "y"), attr(r, "height")])];
    }),
    table: {
      columns: [...figure.querySelectorAll("table thead th")].map((th) => th.textContent),
      rows: [...figure.querySelectorAll("table tbody tr")].map(cells),
      total: cells(figure.querySelector("table tfoot tr")),
    },
  };
}"""


def expected_figure(chart: dict) -> dict:
    """The same shape, from Python's view, with the units the templates and grafieken.js write."""
    axis = chart["axis"]
    return {
        "title": chart["title"],
        "legend": [[s["key"], s["label"]] for s in chart["series"]] if chart["legend"] else [],
        "height": f"{chart['height']}em",
        "ticks": [[t["number"], f"{t['x']}%", f"{axis['top']}em", f"{axis['bottom']}em", f"{t['x']}%",
                   f"{axis['label_y']}em", t["anchor"], t["label"]] for t in axis["ticks"]],
        "bars": [[b["label"], b["value"], f"{b['label_y']}em",
                  [[s["series"], f"{s['x']}%", f"{s['width']}%", f"{b['y']}em", f"{b['height']}em"]
                   for s in b["segments"]]] for b in chart["bars"]],
        "table": chart["table"],
    }


def figures(page) -> dict:
    return {f.get_attribute("data-chart"): f.evaluate(READ_FIGURE) for f in page.locator("figure[data-chart]").all()}


def look_at_charts(page):
    """Scroll to the charts, as a visitor does: Python computes them only when they are (nearly) in view."""
    page.locator("[data-charts]").scroll_into_view_if_needed()


def test_charts_out_of_view_wait_until_they_are_in_view_or_printed(warm):
    page = warm.open(PAGE)
    page.evaluate("window.scrollTo(0, 0)")
    before = figures(page)
    page.fill('input[name="looptijd"]', "4")
    page.wait_for_selector(READY.format("exploitatie"), timeout=TIMEOUT)
    page.wait_for_timeout(300)  # time enough for Python, had it been asked
    assert page.locator("[data-charts][data-stale]").count() == 1 and figures(page) == before
    look_at_charts(page)
    page.wait_for_selector("[data-charts]:not([data-stale])", timeout=TIMEOUT)
    answer = calculators.run("exploitatie", {"looptijd": "4"})
    assert figures(page) == {c["id"]: expected_figure(c) for c in answer["charts"]}
    # Chosen for the printout (the appendix), they follow every answer, also out of view.
    page.check("[data-print-appendix-toggle]")
    page.evaluate("window.scrollTo(0, 0)")
    page.fill('input[name="looptijd"]', "2")
    page.wait_for_function(
        "document.querySelectorAll('[data-chart=\"per-jaar-per-partij\"] [data-chart-bars] > g').length === 2",
        timeout=TIMEOUT)
    page.uncheck("[data-print-appendix-toggle]")


def test_prerendered_charts_are_pythons(warm):
    page = warm.open(PAGE)
    want = {c["id"]: expected_figure(c) for c in calculators.run("exploitatie", {})["charts"]}
    assert figures(page) == want


def test_typing_a_value_redraws_the_charts_and_their_tables(warm):
    page = warm.open(PAGE)
    page.click('[data-chart="per-jaar-per-partij"] summary')  # an opened table stays open
    page.fill('input[name="looptijd"]', "5")
    page.fill('input[name="aandeel_bibliotheek"]', "50")
    page.fill('input[name="aandeel_school"]', "30")
    page.fill('input[name="aandeel_gemeente"]', "20")
    answer = calculators.run("exploitatie", {"looptijd": "5", "aandeel_bibliotheek": "50", "aandeel_school": "30",
                                             "aandeel_gemeente": "20"})
    look_at_charts(page)
    first_party = answer["charts"][0]["table"]["rows"][0][1]
    page.wait_for_function(
        """([n, text]) => {
             const figure = document.querySelector('[data-chart="per-jaar-per-partij"]');
             return figure.querySelectorAll('[data-chart-bars] > g').length === n
               && figure.querySelector('tbody td')?.textContent === text;
           }""",
        arg=[5, first_party], timeout=TIMEOUT)
    page.wait_for_selector(READY.format("exploitatie"), timeout=TIMEOUT)
    assert figures(page) == {c["id"]: expected_figure(c) for c in answer["charts"]}
    assert page.locator('[data-chart="per-jaar-per-partij"] details').evaluate("d => d.open")
    # The table for screen readers is the same as the chart: a year's parts and its total.
    year_1 = page.locator('[data-chart="per-jaar-per-partij"] tbody tr').first.locator("th, td").all_text_contents()
    bar_1 = answer["charts"][0]["bars"][0]
    assert year_1 == [bar_1["label"], *(s["value"] for s in bar_1["segments"]), bar_1["value"]]


def test_a_bad_value_marks_the_charts_stale_until_it_is_fixed(warm):
    page = warm.open(PAGE)
    before = figures(page)
    page.fill('input[name="looptijd"]', "drie")
    page.wait_for_selector("[data-charts][data-stale]", timeout=TIMEOUT)
    assert figures(page) == before  # the last good charts stay, marked
    page.fill('input[name="looptijd"]', "2")
    page.wait_for_selector(READY.format("exploitatie"), timeout=TIMEOUT)
    look_at_charts(page)
    page.wait_for_selector("[data-charts]:not([data-stale])", timeout=TIMEOUT)
    page.wait_for_function(
        "document.querySelectorAll('[data-chart=\"per-jaar-per-partij\"] [data-chart-bars] > g').length === 2",
        timeout=TIMEOUT)


def test_programme_chart_follows_the_choice(warm):
    page = warm.open("rekenhulpen/ouderprogramma/")
    page.fill('input[name="gezinnen"]', "12")
    answer = calculators.run("ouderprogramma", {"gezinnen": "12"})
    look_at_charts(page)
    page.wait_for_function(
        "(text) => document.querySelector('[data-chart=\"per-post\"] tfoot td')?.textContent === text",
        arg=answer["charts"][0]["table"]["total"][1], timeout=TIMEOUT)
    assert figures(page) == {c["id"]: expected_figure(c) for c in answer["charts"]}


CONTRAST = """() => {
  const rgb = (text) => text.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map((v) => v / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
    .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const page = rgb(getComputedStyle(document.body).backgroundColor);
  const fills = [...document.querySelectorAll(".grafieken__patronen .grafiek__patroon"),
                 ...document.querySelectorAll('[data-chart-bars] rect[data-series="bibliotheek"]'),
                 ...document.querySelectorAll('[data-chart-bars] rect[data-series="kosten"]')];
  return fills.map((node) => [node.dataset.series, ratio(rgb(getComputedStyle(node).fill), page)]);
}"""


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_charts_pass_axe_and_their_bars_stand_out_in_both_palettes(warm, scheme):
    page = warm.open(PAGE + "?looptijd=4")
    look_at_charts(page)
    page.wait_for_function(
        "document.querySelectorAll('[data-chart=\"per-jaar-per-partij\"] [data-chart-bars] > g').length === 4",
        timeout=TIMEOUT)
    with palette(page, scheme):
        for summary in page.locator("[data-charts] summary").all():
            summary.click()  # audit the tables too
        assert axe_violations(page, within="[data-charts]") == []
        ratios = page.evaluate(CONTRAST)
        assert {series for series, _ in ratios} == {"bibliotheek", "school", "gemeente", "kosten"}
        assert all(ratio >= 3 for _, ratio in ratios), ratios  # WCAG 1.4.11, graphical objects


def test_charts_print_only_with_the_appendix(warm):
    page = warm.open(PAGE)
    print_media(page)
    assert not page.locator("[data-charts]").is_visible()
    page.evaluate("document.querySelector('form.rekenhulp').setAttribute('data-print-appendix', '')")
    try:
        assert page.locator("[data-charts] figure svg").first.is_visible()
        assert not page.locator("[data-charts] details").first.is_visible()  # the quote has the amounts
    finally:
        page.evaluate("document.querySelector('form.rekenhulp').removeAttribute('data-print-appendix')")
