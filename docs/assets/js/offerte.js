// Quote view of the cost calculators: redraws the quote section from every new answer of the
// calculator (the "rekenhulp:uitkomst" event of rekenhulp.js), offers the CSV that Python wrote
// (answer.csv) as a download, and prints. All text comes from the answer or the template.

function element(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function pairs(list, rows) {
  list.replaceChildren(...rows.map(([label, value]) => {
    const row = element("div");
    row.append(element("dt", {}, label), element("dd", {}, value));
    return row;
  }));
}

function row(cells) {
  const tr = element("tr");
  cells.forEach((cell, index) => tr.append(index === 0 ? element("th", { scope: "row" }, cell) : element("td", {}, cell)));
  return tr;
}

function table(data) {
  const wrap = element("div", { class: "offerte__tabel-rand", role: "region", tabindex: "0", "aria-label": data.title });
  const tableNode = element("table", { class: "offerte__tabel", "data-table": data.id });
  const head = element("thead");
  const headRow = element("tr");
  for (const column of data.columns) headRow.append(element("th", { scope: "col" }, column));
  head.append(headRow);
  const body = element("tbody");
  body.append(...data.rows.map(row));
  tableNode.append(element("caption", {}, data.title), head, body);
  if (data.total.length) {
    const foot = element("tfoot");
    foot.append(row(data.total));
    tableNode.append(foot);
  }
  wrap.append(tableNode);
  return [wrap, ...data.notes.map((note) => element("p", { class: "offerte__noot" }, note))];
}

function draw(section, answer) {
  const download = section.querySelector("[data-csv-download]");
  if (!answer.ok || !answer.quote) {
    section.setAttribute("data-stale", "true");
    if (download) download.disabled = true;
    return;
  }
  section.removeAttribute("data-stale");
  if (download) {
    download.disabled = false;
    download.dataset.filename = answer.csv_filename;
  }
  const quote = answer.quote;
  section.querySelector("[data-offerte-title]").textContent = quote.title;
  pairs(section.querySelector("[data-offerte-details]"), quote.details);
  pairs(section.querySelector("[data-offerte-inputs]"), quote.inputs);
  section.querySelector("[data-offerte-tables]").replaceChildren(...quote.tables.flatMap(table));
  section.querySelector("[data-offerte-note]").textContent = quote.note;
}

function currentAnswer(form) {
  try {
    return JSON.parse(form.dataset.answer || "null");
  } catch {
    return null;
  }
}

function downloadCsv(form, button) {
  const answer = currentAnswer(form);
  if (!answer || !answer.ok || !answer.csv) return;
  // answer.csv starts with U+FEFF; the Blob stores it as the UTF-8 byte order mark Excel needs.
  const blob = new Blob([answer.csv], { type: "text/csv;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const link = element("a", { href: url, download: button.dataset.filename || answer.csv_filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const mounted = new WeakSet();

function mount() {
  for (const section of document.querySelectorAll("[data-offerte]")) {
    const form = section.closest("form");
    if (!form || mounted.has(form)) continue;
    mounted.add(form);
    if (form.dataset.state === "ready") draw(section, currentAnswer(form) || {});
    form.addEventListener("rekenhulp:uitkomst", (event) => draw(section, event.detail));
    section.querySelector("[data-csv-download]")?.addEventListener("click", (event) => downloadCsv(form, event.currentTarget));
    section.querySelector("[data-print]")?.addEventListener("click", () => window.print());
  }
}

if (typeof document$ !== "undefined") {
  document$.subscribe(mount); // Material: after the first load and every instant navigation
} else {
  mount();
}
