// Scenarios of a calculator (templates/rekenhulp-scenarios.html): the visitor's inputs saved under a
// name on this device only (localStorage; nothing is sent anywhere), listed per calculator, opened
// (in the form, or as a link with the values in its query string), renamed, deleted, compared side
// by side and carried to another computer as a JSON file. Python compares (calculators.compare_json,
// through the form's controller, form.rekenhulp) and words every number; all visible text comes from
// the page (data-msg-* and <template>s).
import { fill } from "./lib/dom.js";
import { download } from "./lib/download.js";

// One document holds every scenario of every calculator, in storage and in an exported file alike:
// {"formaat": "handboek-scenario's", "versie": 1, "scenario's": [{naam, rekenhulp, waarden, bewaard}]}
const STORAGE_KEY = "handboek:scenario's";
const FORMAT = "handboek-scenario's";
const VERSION = 1;
const LIST = "scenario's";
const FILE_NAME = "handboek-scenarios.json";
const MAX_FILE_BYTES = 2_000_000;
const MAX_NAME = 100;

// ---- The document: made, and checked before anything from outside is kept ----

function documentOf(scenarios) {
  return { formaat: FORMAT, versie: VERSION, [LIST]: scenarios };
}

const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);

// {scenarios} when the document is sound, else {problem, naam}: the key of the message to show.
// `calculatorIds` (a Set) limits the calculators a scenario may belong to.
function check(data, calculatorIds) {
  if (!isObject(data) || data.formaat !== FORMAT || !Array.isArray(data[LIST])) return { problem: "ImportFormat" };
  if (data.versie !== VERSION) return { problem: "ImportVersion" };
  const scenarios = [];
  for (const item of data[LIST]) {
    const naam = isObject(item) && typeof item.naam === "string" ? item.naam.trim() : "";
    if (!naam || naam.length > MAX_NAME) return { problem: "ImportName" };
    if (typeof item.rekenhulp !== "string" || !calculatorIds.has(item.rekenhulp)) {
      return { problem: "ImportCalculator", naam };
    }
    if (!isObject(item.waarden) || !Object.values(item.waarden).every((value) => typeof value === "string")) {
      return { problem: "ImportValues", naam };
    }
    if (typeof item.bewaard !== "string" || !item.bewaard.trim()) return { problem: "ImportSaved", naam };
    scenarios.push({ naam, rekenhulp: item.rekenhulp, waarden: { ...item.waarden }, bewaard: item.bewaard });
  }
  return { scenarios };
}

// `naam`, or `naam (2)`, `naam (3)`, ... when a scenario of that calculator already has the name.
function freeName(scenarios, calculatorId, naam) {
  const taken = new Set(scenarios.filter((s) => s.rekenhulp === calculatorId).map((s) => s.naam));
  if (!taken.has(naam)) return naam;
  let number = 2;
  while (taken.has(`${naam} (${number})`)) number += 1;
  return `${naam} (${number})`;
}

// ---- Storage: localStorage when the browser allows it, else only in memory for this visit ----

const store = {
  works: null,
  memory: [],

  probe() {
    if (this.works === null) {
      try {
        window.localStorage.setItem(STORAGE_KEY + ":probe", "1");
        window.localStorage.removeItem(STORAGE_KEY + ":probe");
        this.works = true;
      } catch {
        this.works = false;
      }
    }
    return this.works;
  },

  // Every stored scenario. What is stored was checked when it came in; a calculator that a later
  // version of the site no longer has keeps its scenarios (they are written back unchanged).
  read() {
    if (!this.probe()) return this.memory.map((s) => ({ ...s }));
    try {
      const data = JSON.parse(window.localStorage.getItem(STORAGE_KEY) || "null");
      if (!data) return [];
      const ids = new Set((data[LIST] || []).map((s) => s?.rekenhulp).filter((id) => typeof id === "string"));
      return check(data, ids).scenarios || [];
    } catch {
      return [];
    }
  },

  write(scenarios) {
    this.memory = scenarios.map((s) => ({ ...s }));
    if (!this.probe()) return;
    try {
      if (scenarios.length) window.localStorage.setItem(STORAGE_KEY, JSON.stringify(documentOf(scenarios)));
      else window.localStorage.removeItem(STORAGE_KEY);
    } catch {
      this.works = false; // full or refused: keep them in memory for this visit, and say so
    }
  },
};

// ---- One section per calculator page ----

const mounted = new Set();

function say(template, values = {}) {
  return template.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
}

class Scenarios {
  constructor(section, controller) {
    this.section = section;
    this.controller = controller;
    this.id = section.dataset.scenarios;
    this.calculatorIds = new Set(section.dataset.calculators.split(" ").filter(Boolean));
    this.msg = section.dataset;
    this.status = section.querySelector("[data-status]");
    this.list = section.querySelector("[data-scenarios-list]");
    this.nameInput = section.querySelector("[data-scenario-name]");
    this.importInput = section.querySelector("[data-scenarios-import]");
    this.importMessage = section.querySelector("[data-import-message]");
    this.comparison = section.querySelector("[data-scenarios-comparison]");
    this.selected = new Set();
    this.nextId = 1;

    section.addEventListener("click", (event) => this.clicked(event));
    section.addEventListener("keydown", (event) => this.keyed(event));
    this.list.addEventListener("change", (event) => this.chose(event));
    this.importInput.addEventListener("change", () => this.importFile());
    section.hidden = false;
    this.draw();
    if (this.mine().length) section.querySelector("[data-scenarios-panel]").open = true;
    if (!store.probe()) this.say(this.msg.msgNoStorage);
  }

  mine(scenarios = store.read()) {
    return scenarios.filter((s) => s.rekenhulp === this.id);
  }

  say(text) {
    this.status.textContent = text;
  }

  // ---- The list ----

  draw() {
    const mine = this.mine();
    const names = new Set(mine.map((s) => s.naam));
    for (const naam of this.selected) if (!names.has(naam)) this.selected.delete(naam);
    this.list.replaceChildren(...mine.map((scenario) => this.item(scenario)));
    this.section.querySelector("[data-scenarios-empty]").hidden = mine.length > 0;
    this.list.hidden = mine.length === 0;
    this.section.querySelector("[data-scenarios-compare-actions]").hidden = mine.length < 2;
    if (!this.nameInput.value.trim() || this.nameInput.dataset.suggested === this.nameInput.value) {
      this.nameInput.value = this.suggestedName(mine);
      this.nameInput.dataset.suggested = this.nameInput.value;
    }
  }

  // "Scenario 3" for the third scenario of this calculator, or the next number that is free.
  suggestedName(mine) {
    const taken = new Set(mine.map((s) => s.naam));
    let number = mine.length + 1;
    while (taken.has(say(this.msg.msgDefaultName, { nummer: number }))) number += 1;
    return say(this.msg.msgDefaultName, { nummer: number });
  }

  item(scenario) {
    const saved = new Date(scenario.bewaard);
    const datum = Number.isNaN(saved.getTime())
      ? scenario.bewaard
      : saved.toLocaleString(document.documentElement.lang || undefined, { dateStyle: "medium", timeStyle: "short" });
    const li = fill(this.section, "scenario-item", {
      naam: scenario.naam, datum, "naam-open": scenario.naam, "naam-hernoemen": scenario.naam,
      "naam-verwijderen": scenario.naam,
    });
    li.dataset.naam = scenario.naam;
    const box = li.querySelector("[data-select]");
    box.id = `${this.section.id}-keuze-${this.nextId++}`;
    box.checked = this.selected.has(scenario.naam);
    li.querySelector("label").htmlFor = box.id;
    li.querySelector("[data-action=open]").href = this.link(scenario.waarden);
    return li;
  }

  // The scenario's own link: this page with its values in the query string (DESIGN.md §5).
  link(waarden) {
    const url = new URL(location.pathname, location.href);
    for (const [name, value] of Object.entries(waarden)) url.searchParams.set(name, value);
    return url.href;
  }

  find(naam) {
    return this.mine().find((s) => s.naam === naam);
  }

  chose(event) {
    const box = event.target.closest("[data-select]");
    if (!box) return;
    const naam = box.closest("[data-naam]").dataset.naam;
    if (box.checked) this.selected.add(naam);
    else this.selected.delete(naam);
  }

  clicked(event) {
    const target = event.target.closest("[data-action]");
    if (!target || !this.section.contains(target)) return;
    const naam = target.closest("[data-naam]")?.dataset.naam;
    const action = target.dataset.action;
    if (action === "open") {
      // A plain click opens the scenario in this form; with a modifier the browser opens the link.
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      event.stopPropagation(); // not instant navigation: the form takes the values as they are
      this.open(naam);
    } else if (action === "save") this.save();
    else if (action === "rename") this.startRename(target.closest("[data-naam]"));
    else if (action === "rename-save") this.finishRename(target.closest("[data-naam]"));
    else if (action === "rename-cancel") this.cancelRename(target.closest("[data-naam]"));
    else if (action === "delete") this.remove(naam);
    else if (action === "compare") this.compare();
    else if (action === "export") this.exportAll();
    else if (action === "clear") this.clearAll();
  }

  keyed(event) {
    if (event.target === this.nameInput && event.key === "Enter") {
      event.preventDefault();
      this.save();
    } else if (event.target.closest(".scenarios__hernoem") && event.target.matches("input")) {
      const li = event.target.closest("[data-naam]");
      if (event.key === "Enter") {
        event.preventDefault();
        this.finishRename(li);
      } else if (event.key === "Escape") {
        event.preventDefault();
        this.cancelRename(li);
      }
    }
  }

  // ---- Save, open, rename, delete ----

  save() {
    const all = store.read();
    const wanted = this.nameInput.value.trim().slice(0, MAX_NAME) || this.suggestedName(this.mine(all));
    const naam = freeName(all, this.id, wanted);
    all.push({ naam, rekenhulp: this.id, waarden: this.controller.values(), bewaard: new Date().toISOString() });
    store.write(all);
    this.nameInput.value = "";
    this.changed(false);
    this.say([say(this.msg.msgSaved, { naam }), store.works ? "" : this.msg.msgNoStorage].join(" ").trim());
  }

  open(naam) {
    const scenario = this.find(naam);
    if (!scenario) return;
    this.controller.apply(this.complete(scenario.waarden));
    this.say(say(this.msg.msgOpened, { naam }));
    const first = this.controller.fields().find((input) => input.type !== "hidden");
    this.controller.form.scrollIntoView({ block: "start" });
    first?.focus({ preventScroll: true });
  }

  // Every field of the form: the scenario's value, or the field's default when it has none.
  complete(waarden) {
    const values = {};
    for (const input of this.controller.fields()) {
      if (Object.hasOwn(waarden, input.name)) values[input.name] = waarden[input.name];
      else if (input.tagName === "SELECT") {
        values[input.name] = [...input.options].find((option) => option.defaultSelected)?.value ?? input.value;
      } else values[input.name] = input.defaultValue;
    }
    return values;
  }

  startRename(li) {
    if (li.querySelector(".scenarios__hernoem")) return;
    const editor = fill(this.section, "scenario-rename");
    const input = editor.querySelector("input");
    input.id = `${this.section.id}-nieuwe-naam-${this.nextId++}`;
    editor.querySelector("label").htmlFor = input.id;
    const error = editor.querySelector("[data-slot=fout]");
    error.id = `${input.id}-fout`;
    input.setAttribute("aria-describedby", error.id);
    input.value = li.dataset.naam;
    li.append(editor);
    input.focus();
    input.select();
  }

  cancelRename(li) {
    li.querySelector(".scenarios__hernoem")?.remove();
    li.querySelector("[data-action=rename]").focus();
  }

  finishRename(li) {
    const input = li.querySelector(".scenarios__hernoem input");
    const error = li.querySelector(".scenarios__hernoem [data-slot=fout]");
    const naam = input.value.trim().slice(0, MAX_NAME);
    const all = store.read();
    let problem = "";
    if (!naam) problem = this.msg.msgNameEmpty;
    else if (naam !== li.dataset.naam && all.some((s) => s.rekenhulp === this.id && s.naam === naam)) {
      problem = say(this.msg.msgNameExists, { naam });
    }
    if (problem) {
      error.textContent = problem;
      input.setAttribute("aria-invalid", "true");
      input.focus();
      return;
    }
    const scenario = all.find((s) => s.rekenhulp === this.id && s.naam === li.dataset.naam);
    if (scenario) scenario.naam = naam;
    if (this.selected.delete(li.dataset.naam)) this.selected.add(naam);
    store.write(all);
    this.changed();
    this.say(say(this.msg.msgRenamed, { naam }));
    this.list.querySelector(`[data-naam="${CSS.escape(naam)}"] [data-action=rename]`)?.focus();
  }

  remove(naam) {
    const items = [...this.list.children];
    const index = items.findIndex((li) => li.dataset.naam === naam);
    store.write(store.read().filter((s) => !(s.rekenhulp === this.id && s.naam === naam)));
    this.changed();
    this.say(say(this.msg.msgDeleted, { naam }));
    // Focus stays in the list: on the next scenario, or the one before, or the name field.
    const rest = [...this.list.children];
    const next = rest[Math.min(index, rest.length - 1)];
    (next?.querySelector("[data-select]") || this.nameInput).focus();
  }

  // The stored scenarios changed: redraw the list, and drop a comparison that may name a scenario
  // that was renamed or is no longer there.
  changed(dropComparison = true) {
    this.draw();
    if (dropComparison) this.comparison.replaceChildren();
  }

  // ---- Compare ----

  async compare() {
    const chosen = this.mine().filter((s) => this.selected.has(s.naam));
    this.say(this.msg.msgComparing);
    let answer;
    try {
      answer = await this.controller.compare(chosen.map(({ naam, waarden }) => ({ naam, waarden })));
    } catch {
      this.say(this.msg.msgNotReady);
      return;
    }
    if (!answer.ok) {
      this.comparison.replaceChildren();
      this.say(Object.values(answer.errors).join(" "));
      return;
    }
    this.comparison.replaceChildren(this.table(answer));
    this.say(this.msg.msgCompared);
    this.comparison.querySelector("h3").focus();
  }

  table(answer) {
    const root = this.section;
    const view = fill(root, "scenario-comparison");
    const problems = view.querySelector("[data-slot=problemen]");
    problems.append(...answer.scenarios.filter((s) => !s.ok).map((s) => fill(root, "scenario-problem", { text: s.message })));
    if (!problems.children.length) problems.remove();

    const results = view.querySelector("[data-table=uitkomsten]");
    results.querySelector("thead tr").append(...answer.scenarios.map((s) => fill(root, "scenario-column", { naam: s.name })));
    results.tBodies[0].append(...answer.rows.map((row) => {
      const tr = fill(root, "scenario-row", { label: row.label });
      tr.dataset.key = row.key;
      tr.dataset.kind = row.kind;
      tr.append(...row.values.map((value, index) => fill(root, "scenario-cell", {
        label: row.labels[index] && row.labels[index] !== row.label ? row.labels[index] : "",
        waarde: value,
        verschil: row.differences[index],
      })));
      return tr;
    }));

    const inputs = view.querySelector("[data-table=invoer]");
    if (!answer.inputs.length) view.querySelector("[data-inputs]").remove();
    inputs.querySelector("thead tr").append(...answer.scenarios.map((s) => fill(root, "scenario-column", { naam: s.name })));
    inputs.tBodies[0].append(...answer.inputs.map((row) => {
      const tr = fill(root, "scenario-row", { label: row.label });
      tr.dataset.field = row.field;
      tr.append(...row.values.map((value, index) => {
        const td = fill(root, "scenario-cell", { waarde: value });
        if (row.changed[index]) {
          td.dataset.changed = "true";
          td.append(fill(root, "scenario-changed"));
        }
        return td;
      }));
      return tr;
    }));
    return view;
  }

  // ---- Export, import, clear all ----

  exportAll() {
    const all = store.read();
    if (!all.length) {
      this.say(this.msg.msgNothingToExport);
      return;
    }
    download(FILE_NAME, JSON.stringify(documentOf(all), null, 2) + "\n", "application/json");
    this.say(this.msg.msgExported);
  }

  async importFile() {
    const file = this.importInput.files?.[0];
    if (!file) return;
    const { scenarios, problem, naam } = await this.read(file);
    this.importInput.value = ""; // the same file can be chosen again
    if (problem) {
      this.tellImport(say(this.msg["msg" + problem], { naam }), true);
      return;
    }
    const all = store.read();
    const here = [];
    const elsewhere = [];
    for (const scenario of scenarios) {
      scenario.naam = freeName(all, scenario.rekenhulp, scenario.naam);
      all.push(scenario);
      (scenario.rekenhulp === this.id ? here : elsewhere).push(scenario.naam);
    }
    store.write(all);
    this.changed();
    const lines = [];
    if (here.length) lines.push(say(this.msg.msgImportDone, { namen: here.join(", ") }));
    if (elsewhere.length) lines.push(say(this.msg.msgImportElsewhere, { namen: elsewhere.join(", ") }));
    if (!store.works) lines.push(this.msg.msgNoStorage);
    this.tellImport(lines.join(" "), false);
  }

  // {scenarios} checked, or {problem, naam}; nothing is kept yet.
  async read(file) {
    if (file.size > MAX_FILE_BYTES) return { problem: "ImportTooBig" };
    let data;
    try {
      data = JSON.parse(await file.text());
    } catch {
      return { problem: "ImportUnreadable" };
    }
    const result = check(data, this.calculatorIds);
    if (result.problem) return result;
    if (!result.scenarios.length) return { problem: "ImportEmpty" };
    return result;
  }

  tellImport(text, isError) {
    this.importMessage.textContent = text;
    if (isError) {
      this.importMessage.dataset.kind = "fout";
      this.importInput.setAttribute("aria-invalid", "true");
    } else {
      delete this.importMessage.dataset.kind;
      this.importInput.removeAttribute("aria-invalid");
    }
  }

  clearAll() {
    if (!window.confirm(this.msg.msgConfirmClear)) {
      this.say(this.msg.msgNotCleared);
      return;
    }
    store.write([]);
    this.selected.clear();
    this.comparison.replaceChildren();
    this.changed();
    this.say(this.msg.msgCleared);
  }
}

// Another tab of this site changed the scenarios: show the new list.
window.addEventListener("storage", (event) => {
  if (event.key !== STORAGE_KEY && event.key !== null) return;
  for (const instance of mounted) {
    if (instance.section.isConnected) instance.draw();
    else mounted.delete(instance);
  }
});

export function mount(section) {
  const form = document.querySelector(`form[data-calculator="${section.dataset.scenarios}"]`);
  if (!form?.rekenhulp) return; // without the calculator there is nothing to save or compare
  mounted.add(new Scenarios(section, form.rekenhulp));
}
