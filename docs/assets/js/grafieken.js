// The charts of a calculator (computed by calculators/charts.py, asked for with charts_json): they are
// far below the form, so Python computes them only when they are in or near view, or when they will
// be printed (the appendix is chosen); until then they are marked stale. Python computes every
// position; this module only places it, with the markup of the page's <template>s
// (templates/rekenhulp-grafiek.html).
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
function drawCharts(form, section, answer) {
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

// The form's charts follow its calculations: follow(values) with each calculation's inputs; ask(values)
// is Python's charts_json as a promise (its answer has the errors when the inputs have). Returns null
// when the form has no charts.
export function mountCharts(form, ask) {
  const section = form.querySelector("[data-charts]");
  if (!section) return null;
  const appendix = form.querySelector("[data-print-appendix-toggle]");
  let waiting = null; // the inputs of the latest calculation, while its charts are not asked for yet
  let near = false;
  let asked = 0; // only the newest question's charts are drawn
  const update = () => {
    if (!waiting || !(near || appendix?.checked)) return;
    const values = waiting;
    const question = ++asked;
    waiting = null;
    ask(values).then((answer) => {
      if (question === asked && form.isConnected) drawCharts(form, section, answer);
    }, () => {
      if (question === asked) waiting = values; // asked again when they come into view again
    });
  };
  new IntersectionObserver(([entry]) => {
    near = entry.isIntersecting;
    update();
  }, { rootMargin: "100% 0px" }).observe(section);
  appendix?.addEventListener("change", update);
  return {
    follow(values) {
      asked++; // charts still on their way are out of date
      section.setAttribute("data-stale", "true");
      waiting = values;
      update();
    },
  };
}
