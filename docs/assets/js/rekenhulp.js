// Calculators in the browser. The form and the result for the defaults are prerendered at build time
// (templates/rekenhulp.html); this module makes them live. One module Web Worker per visit runs
// Pyodide: this module survives instant navigation (navigation.js), so Pyodide boots once per visit.
// Contract: DESIGN.md §5. All visible text comes from the page (data-msg-* and <template>s).
import { fill, setSlots, setText } from "./lib/dom.js";
import { drawQuote, mountQuote } from "./offerte.js";
import { mountSummary } from "./overzicht.js";
import { mountSchools } from "./scholen.js";
import { mountCharts } from "./grafieken.js";
import { runtime } from "./lib/runtime.js";

const DEBOUNCE_MS = 250;
const BUSY_AFTER_MS = 150;

class Calculator {
  constructor(form) {
    this.form = form;
    this.id = form.dataset.calculator;
    this.status = form.querySelector("[data-status]");
    this.summary = form.querySelector("[data-error-summary]");
    this.result = form.querySelector("[data-calculator-result]");
    this.quote = form.querySelector("[data-offerte]");
    this.answer = null; // the prerendered answer for the defaults has no errors (the build checks it)
    this.latest = 0;
    this.timer = null;
    this.scheduled = false; // a debounced calculation is waiting
    this.actionStatus = form.querySelector("[data-action-status]");
    this.editing = null; // the group the visitor is typing in: its cross-field errors wait until they leave it
    form.rekenhulp = this;
    if (this.quote) mountQuote(this.quote, () => this.csv());
    this.charts = mountCharts(form, (values) => runtime.ask(this.id, "charts", values));
    form.addEventListener("submit", (event) => event.preventDefault());
    form.addEventListener("input", (event) => this.changed(event, true));
    form.addEventListener("change", (event) => this.changed(event, false));
    form.addEventListener("click", (event) => this.clicked(event));
    form.addEventListener("focusout", (event) => this.leftGroup(event));
    this.summary.addEventListener("click", (event) => this.jumpTo(event));
    const found = this.readQuery();
    // On a phone the form starts with only its first step open, so it fits on a few screens (the HTML
    // opens only that one). On a wider screen the stylesheet already shows the other unfolded steps
    // (data-open-wide): they are marked open now, without a change on screen.
    const wide = window.matchMedia("(min-width: 45em)").matches;
    for (const group of form.querySelectorAll("details[data-open-wide]")) {
      if (wide) group.open = true;
      group.removeAttribute("data-open-wide");
    }
    mountSchools(form);
    this.updateSummary = mountSummary(form) || (() => {});
    this.showConditions();
    if (found) this.result.setAttribute("aria-busy", "true");
    this.setState("loading");
    if (runtime.state === "failed") this.bootFailed();
    else if (runtime.state === "ready") this.started();
    else {
      runtime.waiting.add(this);
      runtime.startSoon(form);
    }
  }

  clicked(event) {
    const button = event.target.closest("button");
    if (!button) return;
    const action = button.dataset.action;
    if (action === "copy-link") this.copyLink();
    else if (action === "reset") this.askReset();
    else if (action === "reset-yes") this.reset();
    else if (action === "reset-no") this.actionStatus.replaceChildren();
    else if (action === "undo") this.undo();
    else if (action === "retry") this.retry();
    else if (action === "print") this.print();
  }

  fields() {
    return [...this.form.querySelectorAll("[name]")].filter((input) => input.name);
  }

  values() {
    return Object.fromEntries(this.fields().map((input) => [input.name, input.value]));
  }

  readQuery() {
    const params = new URLSearchParams(location.search);
    let found = false;
    for (const input of this.fields()) {
      if (params.has(input.name)) {
        input.value = params.get(input.name);
        this.syncChoices(input);
        found = true;
      }
    }
    return found;
  }

  // The address follows the inputs (a link to share). It is written in a quiet moment, and while Python
  // is working not at all: an answer arriving meanwhile would wait for it. show() and runFailed() call
  // this again when the answer is in.
  writeQueryLater() {
    this.queryStale = true;
    if (this.queryWaiting) return;
    this.queryWaiting = true;
    const write = () => {
      this.queryWaiting = false;
      if (this.form.isConnected && this.form.dataset.state !== "busy") this.writeQuery();
    };
    if ("requestIdleCallback" in globalThis) requestIdleCallback(write, { timeout: 500 });
    else setTimeout(write, 50);
  }

  // One new query string, set once (URLSearchParams of a URL rewrites the whole address at every set),
  // and the history entry only replaced when it changed.
  writeQuery() {
    this.queryStale = false;
    const params = new URLSearchParams(location.search);
    for (const input of this.fields()) params.set(input.name, input.value);
    const search = `?${params}`;
    if (search !== location.search) history.replaceState(history.state, "", search + location.hash);
  }

  // A field that matters only for one choice of another field (data-when-field) is shown only then.
  showConditions() {
    for (const field of this.form.querySelectorAll("[data-when-field]")) {
      const other = this.form.querySelector(`[name="${field.dataset.whenField}"]`);
      field.hidden = Boolean(other) && other.value !== field.dataset.whenValue;
    }
  }

  // Jumping from the error summary to a field: open its folded group and go there ourselves
  // (instant navigation would load the page again).
  jumpTo(event) {
    const link = event.target.closest("a[href*='#']");
    const target = link && this.form.querySelector(`#${CSS.escape(new URL(link.href).hash.slice(1))}`);
    if (!target) return;
    event.preventDefault();
    event.stopPropagation();
    const group = target.closest("details");
    if (group) group.open = true;
    target.focus();
  }

  // The visitor left a group: show the errors that waited for that (e.g. shares not adding up to 100).
  leftGroup(event) {
    const group = event.target.closest?.("details[data-group]");
    if (!group || group.contains(event.relatedTarget)) return;
    if (this.editing === group.dataset.group) {
      this.editing = null;
      if (this.answer) this.showErrors(this.answer.errors || {}, this.answer.deferred || []);
    }
  }

  syncChoices(hidden) {
    if (!hidden.hasAttribute("data-multichoice")) return;
    const chosen = new Set(hidden.value.split(",").map((part) => part.trim()));
    for (const box of this.form.querySelectorAll(`[data-choice-for="${hidden.name}"]`)) box.checked = chosen.has(box.value);
  }

  changed(event, debounce) {
    const box = event.target.closest("[data-choice-for]");
    if (box) {
      const hidden = this.form.querySelector(`[name="${box.dataset.choiceFor}"]`);
      const boxes = this.form.querySelectorAll(`[data-choice-for="${box.dataset.choiceFor}"]`);
      hidden.value = [...boxes].filter((b) => b.checked).map((b) => b.value).join(",");
    } else if (!event.target.name) {
      return;
    }
    this.editing = event.target.closest("details[data-group]")?.dataset.group ?? null;
    this.result.setAttribute("aria-busy", "true");
    // The shown result no longer matches the inputs: not "ready" until Python has answered.
    if (runtime.state === "ready") this.setState("busy");
    clearTimeout(this.timer);
    this.scheduled = debounce;
    if (debounce) this.timer = setTimeout(() => this.calculate(), DEBOUNCE_MS);
    else this.calculate(); // first: Python works on it while this page does the rest
    this.showConditions();
    this.writeQueryLater();
  }

  // Python is running (it has just started, or it was already when this form was mounted). The result
  // on the page was prerendered for the values in the page's HTML: while no answer has replaced it and
  // the form still holds those values (no values from a link, nothing typed, nothing the browser put
  // back), it is Python's answer already. Then only the quote is asked again, for today's date.
  started() {
    if (this.answer === null && this.asBuilt()) {
      this.result.removeAttribute("aria-busy");
      this.setState("ready");
      this.askQuote(this.values());
    } else {
      this.calculate();
    }
  }

  // Whether what Python would read (the named fields, and the boxes behind a multiple choice) is still
  // what the page's HTML holds.
  asBuilt() {
    return [...this.fields(), ...this.form.querySelectorAll("[data-choice-for]")].every((control) => {
      if (control.type === "checkbox") return control.checked === control.defaultChecked;
      if (control.type === "hidden") return true; // a multiple choice's field follows its boxes
      return control.value === htmlValue(control);
    });
  }

  calculate() {
    this.scheduled = false;
    if (!this.form.isConnected) return;
    if (runtime.state === "failed") return this.bootFailed();
    if (runtime.state !== "ready") {
      this.result.setAttribute("aria-busy", "true"); // Python is still starting: this takes a while
      runtime.waiting.add(this);
      runtime.start(this.form);
      return;
    }
    this.markBusy();
    const values = this.values();
    this.latest = runtime.run(this, values);
    this.charts?.follow(values); // asked right after, when the charts are in view
    this.askQuote(values); // then the quote, below them
  }

  // The quote is below the result and Python writes it separately, right after the answer, so the
  // answer the visitor is looking at (result and summary) comes first. data-drawing marks the form
  // while its quote is on its way or waiting for a frame (drawLater).
  askQuote(values) {
    if (!this.quote) return;
    const asked = this.latest;
    this.waiting = null; // a quote of older inputs that was not drawn yet is not drawn any more
    this.form.dataset.drawing = "true";
    this.quoteAsked = runtime.ask(this.id, "quote", values)
      .catch(() => ({ ok: false })) // the answer's own failure is shown in the status line
      .then((quote) => asked === this.latest && this.drawLater(quote));
  }

  // Printing from the button waits for the quote of the latest inputs (only a few milliseconds).
  async print() {
    await this.quoteAsked;
    this.drawNow();
    window.print();
  }

  // Waiting for Python: "busy" at once in data-state (the contract, DESIGN.md §5), but the visible mark
  // (greyed result, "bezig" in the status line) only when the answer takes longer than BUSY_AFTER_MS.
  // An answer within milliseconds (a scenario, a reset) then changes only the numbers: no flicker,
  // and a screen reader does not hear "bezig" before every answer. Typing marks at once (changed).
  markBusy() {
    this.form.dataset.state = "busy";
    clearTimeout(this.busyTimer);
    this.busyTimer = setTimeout(() => {
      this.result.setAttribute("aria-busy", "true");
      this.setState("busy");
    }, BUSY_AFTER_MS);
  }

  show(id, answer) {
    if (id !== this.latest || !this.form.isConnected) return;
    clearTimeout(this.busyTimer);
    this.answer = answer;
    this.showErrors(answer.errors || {}, answer.deferred || []);
    this.showWarnings(answer.warnings || {});
    this.showNotes(answer.notes || {});
    if (answer.ok) {
      this.showResult(answer);
      this.result.removeAttribute("data-stale");
    } else {
      this.result.setAttribute("data-stale", "true");
    }
    this.updateSummary(answer);
    if (this.scheduled) return; // the visitor typed on: this answer is already out of date
    this.result.removeAttribute("aria-busy");
    this.setState("ready", answer.ok ? "msgReady" : "msgInvalid");
    if (this.queryStale) this.writeQueryLater();
  }

  // The quote is drawn in a frame of its own. Printing draws what is still waiting first.
  drawLater(quote) {
    this.waiting = quote;
    this.drawFrame ??= requestAnimationFrame(() => this.drawNow());
  }

  drawNow() {
    cancelAnimationFrame(this.drawFrame);
    this.drawFrame = null;
    const quote = this.waiting;
    this.waiting = null;
    if (!quote || !this.form.isConnected) return;
    drawQuote(this.quote, quote);
    delete this.form.dataset.drawing;
  }

  showErrors(allErrors, deferred = []) {
    // Errors of the group being edited wait until the visitor leaves it (the running note says enough).
    const waiting = new Set(deferred.filter((name) =>
      this.form.querySelector(`[name="${name}"]`)?.closest("details[data-group]")?.dataset.group === this.editing));
    const errors = Object.fromEntries(Object.entries(allErrors).filter(([name]) => !waiting.has(name)));
    for (const { slot, name, target } of this.errorSlots()) {
      setText(slot, errors[name] || "");
      if (!target) continue;
      if (errors[name]) target.setAttribute("aria-invalid", "true");
      else if (target.hasAttribute("aria-invalid")) target.removeAttribute("aria-invalid");
      if (errors[name]) slot.closest("details").open = true; // never hide an error in a folded group
    }
    const names = Object.keys(errors).filter((name) => this.form.querySelector(`[name="${name}"]`));
    if (!names.length) {
      this.summary.replaceChildren();
      return;
    }
    const summary = fill(this.form, "error-summary");
    const list = summary.querySelector("[data-slot=items]");
    for (const name of names) {
      const input = this.form.querySelector(`[name="${name}"]`);
      const label = this.form.querySelector(`[data-field="${name}"] [data-slot=label]`)?.textContent.trim();
      const text = `${label ? label + ": " : ""}${errors[name]}`;
      const item = fill(this.form, input.type === "hidden" ? "error-item" : "error-link", { text });
      item.querySelector("a")?.setAttribute("href", `#${input.id}`);
      list.append(item);
    }
    this.summary.replaceChildren(...summary.childNodes);
  }

  // Each field's error slot with the element that gets aria-invalid (the form's fields never change).
  errorSlots() {
    this.slots ??= [...this.form.querySelectorAll("[data-error-for]")].map((slot) => {
      const name = slot.dataset.errorFor;
      const input = this.form.querySelector(`[name="${name}"]`);
      const target = input?.type === "hidden" ? this.form.querySelector(`[data-choice-for="${name}"]`) : input;
      return { slot, name, target };
    });
    return this.slots;
  }

  showNotes(notes) {
    this.noteSlots ??= [...this.form.querySelectorAll("[data-note-for]")];
    for (const slot of this.noteSlots) setText(slot, notes[slot.dataset.noteFor] || "");
  }

  showWarnings(warnings) {
    this.warningSlots ??= [...this.form.querySelectorAll("[data-warning-for]")];
    for (const slot of this.warningSlots) setText(slot, warnings[slot.dataset.warningFor] || "");
  }

  // The rows and steps usually stay the same and only their numbers change: change only those texts.
  showResult(answer) {
    const rows = Object.entries(answer.result);
    const list = this.result.querySelector("[data-result-rows]");
    const same = list.children.length === rows.length && rows.every(([key], i) =>
      list.children[i].querySelector("[data-result-key]")?.dataset.resultKey === key);
    if (same) {
      rows.forEach(([, item], i) => setSlots(list.children[i], { label: item.label, value: item.value }));
    } else {
      list.replaceChildren(...rows.map(([key, item]) => {
        const row = fill(this.form, "result-row", { label: item.label, value: item.value });
        row.querySelector("[data-result-key]").dataset.resultKey = key;
        return row;
      }));
    }
    const steps = this.result.querySelector("[data-calculator-explanation]");
    if (steps.children.length === answer.explanation.length) {
      answer.explanation.forEach((line, i) => setSlots(steps.children[i], { value: line }));
    } else {
      steps.replaceChildren(...answer.explanation.map((line) => fill(this.form, "step", { value: line })));
    }
  }

  setState(state, message = { loading: "msgLoading", ready: "msgReady", busy: "msgBusy", error: "msgError" }[state]) {
    this.form.dataset.state = state;
    const text = this.form.dataset[message];
    if (message && this.status.firstChild?.textContent !== text) this.status.replaceChildren(text);
  }

  bootFailed() {
    if (!this.form.isConnected) return;
    clearTimeout(this.busyTimer);
    this.result.removeAttribute("aria-busy");
    this.form.dataset.state = "error";
    this.status.replaceChildren(this.form.dataset.msgError, " ", fill(this.form, "retry"));
  }

  runFailed(id) {
    if (id !== this.latest || !this.form.isConnected) return;
    clearTimeout(this.busyTimer);
    this.result.removeAttribute("aria-busy");
    this.setState("error", "msgRunFailed");
    if (this.queryStale) this.writeQueryLater();
  }

  retry() {
    this.setState("loading");
    for (const form of document.querySelectorAll("form[data-calculator]")) runtime.waiting.add(form.rekenhulp);
    runtime.restart(this.form);
  }

  // Messages about the buttons appear next to them, where the visitor is looking.
  async copyLink() {
    this.writeQuery();
    try {
      await navigator.clipboard.writeText(location.href);
      this.actionStatus.replaceChildren(this.form.dataset.msgCopied);
    } catch {
      this.actionStatus.replaceChildren(this.form.dataset.msgNotCopied);
    }
  }

  askReset() {
    this.actionStatus.replaceChildren(fill(this.form, "reset-question"));
    this.actionStatus.querySelector("[data-action=reset-no]").focus();
  }

  // Values of the fields that a reset changes (the quote's names, addresses and number are kept).
  resettable() {
    return this.fields().filter((input) => !input.closest("[data-keep]"));
  }

  // Put values into the form (e.g. a saved scenario) and calculate, as if the visitor typed them.
  apply(values) {
    const set = this.fields().filter((input) => Object.hasOwn(values, input.name));
    for (const input of set) input.value = values[input.name];
    this.calculate(); // first: Python works on it while this page does the rest
    for (const input of set) {
      this.syncChoices(input);
      input.dispatchEvent(new Event("rekenhulp:set")); // e.g. the list of schools follows its field
    }
    this.showConditions();
    this.writeQueryLater();
  }

  // Ask Python to compare scenarios ({naam, waarden} each) of this calculator.
  compare(scenarios) {
    return runtime.ask(this.id, "compare", scenarios);
  }

  // The quote's CSV for the current inputs, written by Python when the visitor asks for it.
  csv() {
    return runtime.ask(this.id, "csv", this.values());
  }

  reset() {
    this.before = Object.fromEntries(this.resettable().map((input) => [input.name, input.value]));
    const url = new URL(location.href);
    for (const input of this.resettable()) {
      input.value = htmlValue(input);
      this.syncChoices(input);
      input.dispatchEvent(new Event("rekenhulp:set"));
      url.searchParams.delete(input.name);
    }
    history.replaceState(history.state, "", url);
    this.showConditions();
    this.calculate();
    const undo = fill(this.form, "undo", { text: this.form.dataset.msgResetDone });
    this.actionStatus.replaceChildren(undo);
    undo.querySelector("button").focus();
  }

  undo() {
    if (!this.before) return;
    this.apply(this.before);
    this.before = null;
    this.actionStatus.replaceChildren(this.form.dataset.msgUndone);
    this.form.querySelector("[data-action=reset]").focus();
  }
}

window.addEventListener("beforeprint", () => {
  for (const form of document.querySelectorAll("form[data-calculator]")) form.rekenhulp?.drawNow();
});

// A field's value in the page's HTML (a select: the option marked selected, or else its first).
function htmlValue(field) {
  if (field.tagName !== "SELECT") return field.defaultValue;
  return ([...field.options].find((option) => option.defaultSelected) ?? field.options[0])?.value ?? "";
}

export function mount(form) {
  new Calculator(form);
}
