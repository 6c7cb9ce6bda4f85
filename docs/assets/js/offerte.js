// The quote view of the cost calculators: redrawn from every new answer (drawQuote, called by
// rekenhulp.js), with the CSV that Python wrote (answer.csv) as a download. The markup comes from the
// page's <template>s (templates/rekenhulp-offerte.html), the text from the answer.
import { fill } from "./lib/dom.js";
import { download } from "./lib/download.js";

function pairs(root, list, rows) {
  list.replaceChildren(...rows.map(([label, value]) => fill(root, "pair", { label, value })));
}

function row(root, cells) {
  const tr = fill(root, "quote-row", { head: cells[0] });
  tr.append(...cells.slice(1).map((value) => fill(root, "quote-cell", { value })));
  return tr;
}

function table(root, data) {
  const wrap = fill(root, "quote-table", { caption: data.title });
  wrap.setAttribute("aria-label", data.title);
  wrap.querySelector("table").dataset.table = data.id;
  wrap.querySelector("thead tr").append(...data.columns.map((value) => fill(root, "quote-column", { value })));
  wrap.querySelector("tbody").append(...data.rows.map((cells) => row(root, cells)));
  const foot = wrap.querySelector("tfoot");
  if (data.total.length) foot.replaceChildren(row(root, data.total));
  else foot.remove();
  return [wrap, ...data.notes.map((value) => fill(root, "quote-note", { value }))];
}

export function drawQuote(section, answer) {
  const root = section.closest("form");
  const button = section.querySelector("[data-action=download]");
  if (!answer.ok || !answer.quote) {
    section.setAttribute("data-stale", "true");
    button.disabled = true;
    return;
  }
  section.removeAttribute("data-stale");
  button.disabled = false;
  button.dataset.filename = answer.csv_filename;
  const quote = answer.quote;
  section.querySelector("[data-offerte-title]").textContent = quote.title;
  pairs(root, section.querySelector("[data-offerte-details]"), quote.details);
  pairs(root, section.querySelector("[data-offerte-inputs]"), quote.inputs);
  section.querySelector("[data-offerte-tables]").replaceChildren(...quote.tables.flatMap((t) => table(root, t)));
  section.querySelector("[data-offerte-note]").textContent = quote.note;
}

export function mountQuote(section, currentAnswer) {
  // answer.csv starts with U+FEFF; the Blob stores it as the UTF-8 byte order mark Excel needs.
  section.querySelector("[data-action=download]").addEventListener("click", (event) => {
    const answer = currentAnswer();
    if (answer?.ok && answer.csv) download(event.currentTarget.dataset.filename, answer.csv, "text/csv;charset=utf-8");
  });
}
