// Filter for the programme table (templates/programmas-tabel.html). The table is complete without
// JavaScript; this module reveals the filter form and hides the rows that do not match.
//
// The filter lives in the query string (keys = the form's field names; other parameters, such as
// Material's, are left alone): a link with the query opens filtered, and whenever the page is shown
// again (a reload, Back from the browser's cache or through instant navigation) the form
// is set from the address and the table follows the form. The fields have autocomplete="off", so the
// browser does not restore a value of its own that the table would not show.
//
// The filter values each row matches are data-* attributes worked out at build time; all text comes
// from data-* attributes of the container (data/teksten.yml). None is written here.

function age(text) {
  return text === undefined || text === "" ? null : Number(text);
}

// A programme matches an age range when its own range overlaps it, both ends inclusive (2 to 4
// matches a programme for 3 to 6, and one for 4 to 8). `null` is an open end. A programme whose source
// names no age drops out as soon as an age is chosen.
export function ageMatches(row, from, to) {
  if (from === null && to === null) return true;
  const own = { from: age(row.leeftijdVan), to: age(row.leeftijdTot) };
  if (own.from === null || own.to === null) return false;
  return (to === null || own.from <= to) && (from === null || own.to >= from);
}

function otherFiltersMatch(row, choice) {
  if (choice.nji && row.njiErkend === undefined) return false;
  if (choice.setting && !(row.settingMatches || "").split(" ").includes(choice.setting)) return false;
  return true;
}

function fields(form) {
  return [...form.elements].filter((field) => field.name);
}

function valueOf(field) {
  if (field.type === "checkbox") return field.checked ? field.value : "";
  return field.value;
}

function choiceOf(form) {
  const { leeftijd_van: from, leeftijd_tot: to, nji, setting } = form.elements;
  return { from: age(from.value), to: age(to.value), nji: nji.checked, setting: setting.value };
}

// "From" above "to" is no range: move the other end along with the one the visitor changed.
function keepRangeInOrder(form, changed) {
  const { leeftijd_van: from, leeftijd_tot: to } = form.elements;
  if (from.value === "" || to.value === "" || Number(from.value) <= Number(to.value)) return;
  if (changed === to) from.value = to.value;
  else to.value = from.value;
}

// The form as the address says; a value that is not one of the choices is ignored.
function readAddress(form) {
  const params = new URLSearchParams(window.location.search);
  for (const field of fields(form)) {
    const wanted = params.get(field.name) ?? "";
    if (field.type === "checkbox") {
      field.checked = wanted === field.value;
    } else if (field.options) {
      field.value = [...field.options].some((option) => option.value === wanted) ? wanted : "";
    }
  }
  keepRangeInOrder(form, null);
}

// The address as the form says; the history entry is replaced, not added (Back leaves the page).
function writeAddress(form) {
  const url = new URL(window.location.href);
  for (const field of fields(form)) {
    const value = valueOf(field);
    if (value === "") url.searchParams.delete(field.name);
    else url.searchParams.set(field.name, value);
  }
  if (url.search !== window.location.search) window.history.replaceState(window.history.state, "", url.href);
}

function fillIn(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
}

export function mount(container) {
  const form = container.querySelector("[data-filter-form]");
  const status = container.querySelector("[data-status]");
  const rows = Array.from(container.querySelectorAll("tbody tr[data-programma]"));
  if (!form || !status || !rows.length) return;
  const messages = container.dataset;

  const apply = () => {
    const choice = choiceOf(form);
    const ageChosen = choice.from !== null || choice.to !== null;
    let shown = 0;
    let withoutAge = 0;
    for (const row of rows) {
      const others = otherFiltersMatch(row.dataset, choice);
      const match = others && ageMatches(row.dataset, choice.from, choice.to);
      row.hidden = !match;
      if (match) shown += 1;
      else if (others && ageChosen && row.dataset.leeftijdVan === undefined) withoutAge += 1;
    }
    container.dataset.visible = String(shown);
    const lines = [shown ? fillIn(messages.msgCount || "", { getoond: shown, totaal: rows.length }) : messages.msgNone];
    if (withoutAge === 1) lines.push(messages.msgNoAgeOne);
    else if (withoutAge > 1) lines.push(fillIn(messages.msgNoAge || "", { aantal: withoutAge }));
    status.textContent = lines.filter(Boolean).join(" ");
  };

  // The address is the filter's one source: set the form from it, then the table from the form.
  const showAddress = () => {
    readAddress(form);
    apply();
    writeAddress(form);
  };

  form.addEventListener("change", (event) => {
    keepRangeInOrder(form, event.target);
    apply();
    writeAddress(form);
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  // "reset" fires before the fields are reset: follow on the next turn.
  form.addEventListener("reset", () => setTimeout(() => {
    apply();
    writeAddress(form);
  }, 0));

  // Back or Forward from the browser's page cache: the page keeps its scripts, so check again. The
  // listener goes when instant navigation has replaced this page's content.
  const onPageShow = (event) => {
    if (!container.isConnected) window.removeEventListener("pageshow", onPageShow);
    else if (event.persisted) showAddress();
  };
  window.addEventListener("pageshow", onPageShow);

  form.hidden = false;
  showAddress();
  container.dataset.state = "ready";
}
