// Filter for the programme table (templates/programmas-tabel.html). The table is complete without
// JavaScript; this module reveals the filter form and hides the rows that do not match. All text
// comes from data-* attributes of the container (data/teksten.yml), none is written here.

// A row with setting "beide" (home and group) matches the filters "thuis" and "groep" too.
const SETTING_MATCHES = {
  thuis: ["thuis", "beide"],
  groep: ["groep", "beide"],
  beide: ["beide"],
  "niet-vermeld": ["niet-vermeld"],
};

function rowMatches(row, { leeftijd, erkenning, setting }) {
  if (erkenning && row.erkenning !== erkenning) return false;
  if (setting && !(SETTING_MATCHES[setting] || [setting]).includes(row.setting)) return false;
  if (leeftijd !== "" && leeftijd !== undefined) {
    if (row.leeftijdVan === undefined || row.leeftijdTot === undefined) return false;
    const age = Number(leeftijd);
    if (age < Number(row.leeftijdVan) || age > Number(row.leeftijdTot)) return false;
  }
  return true;
}

function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
}

export function mount(container) {
  const form = container.querySelector("[data-filter-form]");
  const status = container.querySelector("[data-status]");
  const rows = Array.from(container.querySelectorAll("tbody tr[data-programma]"));
  if (!form || !rows.length) return;

  const apply = () => {
    const choice = {
      leeftijd: form.elements.leeftijd.value,
      erkenning: form.elements.erkenning.value,
      setting: form.elements.setting.value,
    };
    let shown = 0;
    for (const row of rows) {
      const match = rowMatches(row.dataset, choice);
      row.hidden = !match;
      if (match) shown += 1;
    }
    container.dataset.visible = String(shown);
    status.textContent = shown
      ? fill(container.dataset.msgCount || "", { getoond: shown, totaal: rows.length })
      : container.dataset.msgNone || "";
  };

  form.addEventListener("change", apply);
  form.addEventListener("submit", (event) => event.preventDefault());
  // "reset" fires before the fields are reset: apply on the next turn.
  form.addEventListener("reset", () => setTimeout(apply, 0));
  form.hidden = false;
  apply();
}
