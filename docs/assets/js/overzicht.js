// The short summary of a calculator's result that stays in view while the visitor types: above the
// table of contents in the right-hand column on a wide screen (however long the contents), a bar at the bottom on a phone (hidden
// while the full result itself is in view). Values that changed since the last answer are marked
// for a moment.
import { fill, setSlots } from "./lib/dom.js";

const MARK_MS = 2000;

export function mountSummary(form) {
  const summary = form.querySelector("[data-summary]");
  if (!summary) return null;
  const sidebar = document.querySelector(".md-sidebar--secondary .md-sidebar__inner");
  // Material's stylesheet shows the table of contents from this width on (unless the page hides it).
  // Asked of the media query, not of the layout: reading the layout here would make the browser lay
  // out the whole page in the middle of setting it up (about 30 ms of a phone's main thread).
  const wide = window.matchMedia("(min-width: 60em)");
  const place = () => {
    if (!form.isConnected) {
      wide.removeEventListener("change", place); // the page has gone (instant navigation)
      return;
    }
    const inSidebar = Boolean(sidebar) && wide.matches && !sidebar.closest(".md-sidebar").hidden;
    if (inSidebar && summary.parentElement !== sidebar) sidebar.prepend(summary);
    if (!inSidebar && summary.parentElement !== form) form.append(summary);
    summary.dataset.place = inSidebar ? "zijkant" : "balk";
  };
  place();
  wide.addEventListener("change", place);
  const result = form.querySelector("[data-calculator-result]");
  // To the result on this page: scroll there ourselves (instant navigation would load the page again).
  summary.querySelector("[data-to-result]").addEventListener("click", (event) => {
    event.preventDefault();
    event.stopPropagation();
    result.scrollIntoView();
  });
  if ("IntersectionObserver" in window) {
    new IntersectionObserver(([entry]) => {
      summary.toggleAttribute("data-result-in-view", entry.isIntersecting);
    }).observe(result);
  }

  const rows = summary.querySelector("[data-summary-rows]");
  const keys = JSON.parse(summary.dataset.keys);
  const mark = (value) => {
    value.dataset.changed = "true";
    clearTimeout(value.markTimer);
    value.markTimer = setTimeout(() => value.removeAttribute("data-changed"), MARK_MS);
  };

  return function update(answer) {
    summary.toggleAttribute("data-stale", !answer.ok);
    if (!answer.ok) return;
    const shown = keys.filter((key) => answer.result[key]);
    const values = [...rows.querySelectorAll("[data-summary-key]")];
    // Usually the same rows with other numbers: then only the texts that differ change.
    if (values.length === shown.length && values.every((value, i) => value.dataset.summaryKey === shown[i])) {
      values.forEach((value, i) => {
        const item = answer.result[shown[i]];
        setSlots(value.parentElement, { label: item.label });
        if (value.textContent === item.value) return;
        value.textContent = item.value;
        mark(value);
      });
      return;
    }
    const before = new Map(values.map((value) => [value.dataset.summaryKey, value.textContent]));
    rows.replaceChildren(...shown.map((key) => {
      const item = answer.result[key];
      const row = fill(form, "summary-row", { label: item.label, value: item.value });
      const value = row.querySelector("[data-summary-key]");
      value.dataset.summaryKey = key;
      if (before.has(key) && before.get(key) !== item.value) mark(value);
      return row;
    }));
  };
}
