// The charts of a calculator answer (answer.charts, computed by calculators/charts.py): redrawn from
// every answer by drawCharts, called from rekenhulp.js. Python computes every position; this module
// only places it, with the markup of the page's <template>s (templates/rekenhulp-grafiek.html).
// Units as in charts.py: x and width in percent of the chart's width, y and height in em.
import { fill, fillSvg, setAttributes } from "./lib/dom.js";

const pct = (value) => `${value}%`;
const em = (value) => `${value}em`;

function tick(form, data, axis) {
  const node = fillSvg(form, "chart-tick", { label: data.label });
  node.dataset.tick = data.number;
  setAttributes(node.querySelector("line"), { x1: pct(data.x), x2: pct(data.x), y1: em(axis.top), y2: em(axis.bottom) });
  setAttributes(node.querySelector("text"), { x: pct(data.x), y: em(axis.label_y), "text-anchor": data.anchor });
  return node;
}

function bar(form, data) {
  const node = fillSvg(form, "chart-bar", { label: data.label, value: data.value });
  for (const text of node.querySelectorAll("text")) text.setAttribute("y", em(data.label_y));
  node.append(...data.segments.map((segment) => setAttributes(fillSvg(form, "chart-segment"), {
    "data-series": segment.series, x: pct(segment.x), width: pct(segment.width), y: em(data.y), height: em(data.height),
  })));
  return node;
}

function legendItem(form, series) {
  const item = fill(form, "chart-legend-item", { label: series.label });
  item.querySelector("[data-series]").dataset.series = series.key;
  return item;
}

function row(form, cells) {
  const tr = fill(form, "chart-row", { head: cells[0] });
  tr.append(...cells.slice(1).map((value) => fill(form, "chart-cell", { value })));
  return tr;
}

function drawChart(form, figure, chart) {
  figure.querySelector("[data-slot=title]").textContent = chart.title;
  const legend = figure.querySelector("[data-chart-legend]");
  legend.hidden = !chart.legend;
  legend.replaceChildren(...(chart.legend ? chart.series.map((series) => legendItem(form, series)) : []));
  const svg = figure.querySelector("[data-chart-svg]");
  svg.setAttribute("height", em(chart.height));
  svg.querySelector("[data-chart-grid]").replaceChildren(...chart.axis.ticks.map((t) => tick(form, t, chart.axis)));
  svg.querySelector("[data-chart-bars]").replaceChildren(...chart.bars.map((b) => bar(form, b)));
  // The table keeps its place (and an opened <details> stays open): only its content changes.
  figure.querySelector("[data-chart-region]").setAttribute("aria-label", chart.title);
  const table = figure.querySelector("[data-chart-table]");
  table.querySelector("[data-slot=caption]").textContent = chart.title;
  table.querySelector("thead tr").replaceChildren(...chart.table.columns.map((value) => fill(form, "chart-column", { value })));
  table.querySelector("tbody").replaceChildren(...chart.table.rows.map((cells) => row(form, cells)));
  table.querySelector("tfoot").replaceChildren(row(form, chart.table.total));
}

// Redraw the charts of the form from an answer; an answer that is not ok leaves them as they were,
// marked stale (like the result).
export function drawCharts(form, answer) {
  const section = form.querySelector("[data-charts]");
  if (!section) return;
  if (!answer.ok || !answer.charts) {
    section.setAttribute("data-stale", "true");
    return;
  }
  section.removeAttribute("data-stale");
  for (const chart of answer.charts) {
    const figure = section.querySelector(`[data-chart="${CSS.escape(chart.id)}"]`);
    if (figure) drawChart(form, figure, chart);
  }
}
