// The quote view of the cost calculators: redrawn from every new answer (drawQuote, called by
// rekenhulp.js), with the CSV that Python wrote (answer.csv) as a download and the choice to print the
// appendix. The markup comes from the page's <template>s (templates/rekenhulp-offerte.html and
// rekenhulp-onderdelen.html), the text from the answer.
import { fill } from "./lib/dom.js";
import { download } from "./lib/download.js";

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

// How each part of the quote is drawn: [template, or a function giving nodes] per data-quote="PART".
const PARTS = {
  sender: (root, lines) => lines.map((value) => fill(root, "quote-line", { value })),
  recipient: (root, lines) => lines.map((value) => fill(root, "quote-line", { value })),
  details: (root, pairs) => pairs.map(([label, value]) => fill(root, "pair", { label, value })),
  intro: (root, texts) => texts.map((value) => fill(root, "quote-paragraph", { value })),
  offer: (root, texts) => texts.map((value) => fill(root, "quote-item", { value })),
  tables: (root, tables) => tables.flatMap((data) => table(root, data)),
  terms: (root, texts) => texts.map((value) => fill(root, "quote-item", { value })),
  signatures: (root, parties) => parties.map((value) => fill(root, "signature", { value })),
  appendix: (root, tables) => tables.flatMap((data) => table(root, data)),
  inputs: (root, pairs) => pairs.map(([label, value]) => fill(root, "pair", { label, value })),
};

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
  for (const container of section.querySelectorAll("[data-quote]")) {
    const part = container.dataset.quote;
    if (part in PARTS) container.replaceChildren(...PARTS[part](root, quote[part] || []));
    else container.textContent = quote[part] ?? "";
  }
}

export function mountQuote(section, requestCsv) {
  const form = section.closest("form");
  // The CSV starts with U+FEFF; the Blob stores it as the UTF-8 byte order mark Excel needs.
  section.querySelector("[data-action=download]").addEventListener("click", async () => {
    const answer = await requestCsv().catch(() => null);
    if (answer?.ok) download(answer.filename, answer.csv, "text/csv;charset=utf-8");
  });
  const appendix = section.querySelector("[data-print-appendix-toggle]");
  const toggle = () => form.toggleAttribute("data-print-appendix", appendix.checked);
  appendix?.addEventListener("change", (event) => {
    event.stopPropagation(); // not a calculator field
    toggle();
  });
  if (appendix) toggle();
}
