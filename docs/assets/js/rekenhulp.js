// Calculators in the browser. The form and the result for the defaults are prerendered at build
// time (templates/rekenhulp.html); this module makes them live. One module Web Worker per visit
// runs Pyodide: this module is loaded once and survives Material's instant navigation, so
// Pyodide boots once per visit, not per page. Contract: DESIGN.md §5.
const DEBOUNCE_MS = 250;
// A Pyodide that cannot load its files may hang instead of failing: give up after this long.
// Tests shorten it with an init script that sets globalThis.rekenhulpBootTimeoutMs.
const BOOT_TIMEOUT_MS = globalThis.rekenhulpBootTimeoutMs || 90000;
const RUN_TIMEOUT_MS = 20000;

const runtime = { worker: null, booted: false, failed: false, bootTimer: null, waiting: new Set() };
const pending = new Map();
let nextId = 1;

function startWorker(form) {
  if (runtime.worker || runtime.failed) return;
  const version = encodeURIComponent(form.dataset.version || "");
  const worker = new Worker(new URL(`rekenhulp-worker.js?v=${version}`, import.meta.url), { type: "module" });
  runtime.worker = worker;
  worker.addEventListener("message", (event) => onWorkerMessage(event.data || {}));
  worker.addEventListener("error", (event) => {
    event.preventDefault();
    failAll();
  });
  worker.postMessage({
    type: "init",
    pyodide: new URL(form.dataset.pyodide, location.href).href,
    runtime: new URL(form.dataset.runtime, location.href).href,
  });
  runtime.bootTimer = setTimeout(() => runtime.booted || failAll(), BOOT_TIMEOUT_MS);
}

function onWorkerMessage(message) {
  if (message.type === "ready") {
    runtime.booted = true;
    clearTimeout(runtime.bootTimer);
    for (const controller of runtime.waiting) controller.calculate();
    runtime.waiting.clear();
  } else if (message.type === "result") {
    const job = pending.get(message.id);
    pending.delete(message.id);
    if (job) {
      clearTimeout(job.timer);
      job.controller.show(message.id, message.answer);
    }
  } else if (message.type === "failed") {
    failAll();
  }
}

function failAll() {
  runtime.failed = true;
  clearTimeout(runtime.bootTimer);
  for (const job of pending.values()) clearTimeout(job.timer);
  const controllers = new Set([...runtime.waiting, ...[...pending.values()].map((job) => job.controller)]);
  pending.clear();
  runtime.waiting.clear();
  for (const form of document.querySelectorAll("form[data-calculator]")) controllers.add(form.rekenhulp);
  for (const controller of controllers) controller?.fail();
}

function element(tag, attributes = {}, text = "") {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text) node.textContent = text;
  return node;
}

class Calculator {
  constructor(form) {
    this.form = form;
    this.id = form.dataset.calculator;
    this.status = form.querySelector("[data-calculator-status]");
    this.summary = form.querySelector("[data-error-summary]");
    this.result = form.querySelector("[data-calculator-result]");
    this.latest = 0;
    this.timer = null;
    this.scheduled = false; // a debounced calculation is waiting
    form.rekenhulp = this;
    form.addEventListener("submit", (event) => event.preventDefault());
    form.addEventListener("input", (event) => this.changed(event, true));
    form.addEventListener("change", (event) => this.changed(event, false));
    form.querySelector("[data-copy-link]")?.addEventListener("click", () => this.copyLink());
    form.querySelector("[data-reset]")?.addEventListener("click", () => this.reset());
    if (this.readQuery()) this.result.setAttribute("aria-busy", "true");
    this.setState("loading");
    if (runtime.failed) {
      this.fail();
    } else if (runtime.booted) {
      this.calculate();
    } else {
      runtime.waiting.add(this);
      startWorker(form);
    }
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

  writeQuery() {
    const url = new URL(location.href);
    for (const input of this.fields()) url.searchParams.set(input.name, input.value);
    history.replaceState(history.state, "", url);
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
    this.writeQuery();
    this.result.setAttribute("aria-busy", "true");
    // The shown result no longer matches the inputs: not "ready" until Python has answered.
    if (runtime.booted && !runtime.failed) this.setState("busy");
    clearTimeout(this.timer);
    this.scheduled = debounce;
    if (debounce) this.timer = setTimeout(() => this.calculate(), DEBOUNCE_MS);
    else this.calculate();
  }

  calculate() {
    this.scheduled = false;
    if (!this.form.isConnected) return;
    if (runtime.failed) return this.fail();
    if (!runtime.booted) {
      runtime.waiting.add(this);
      return;
    }
    const id = nextId++;
    this.latest = id;
    this.setState("busy");
    const timer = setTimeout(() => {
      pending.delete(id);
      failAll();
    }, RUN_TIMEOUT_MS);
    pending.set(id, { controller: this, timer });
    runtime.worker.postMessage({ type: "run", id, calculator: this.id, values: this.values() });
  }

  show(id, answer) {
    if (id !== this.latest || !this.form.isConnected) return;
    this.showErrors(answer.errors || {});
    this.showWarnings(answer.warnings || {});
    if (answer.ok) {
      this.showResult(answer);
      this.result.removeAttribute("data-stale");
    } else {
      this.result.setAttribute("data-stale", "true");
    }
    this.form.dataset.answer = JSON.stringify(answer);
    this.form.dispatchEvent(new CustomEvent("rekenhulp:uitkomst", { detail: answer, bubbles: true }));
    if (this.scheduled) return; // the visitor typed on: this answer is already out of date
    this.result.removeAttribute("aria-busy");
    this.setState("ready", answer.ok ? "msgReady" : "msgInvalid");
  }

  showErrors(errors) {
    for (const slot of this.form.querySelectorAll("[data-error-for]")) {
      const name = slot.dataset.errorFor;
      const input = this.form.querySelector(`[name="${name}"]`);
      slot.textContent = errors[name] || "";
      if (!input) continue;
      const target = input.type === "hidden" ? this.form.querySelector(`[data-choice-for="${name}"]`) : input;
      if (errors[name]) target?.setAttribute("aria-invalid", "true");
      else target?.removeAttribute("aria-invalid");
    }
    this.summary.replaceChildren();
    const names = Object.keys(errors);
    if (!names.length) return;
    this.summary.append(element("h2", { class: "rekenhulp__samenvatting-kop" }, this.summary.dataset.heading));
    const list = element("ul");
    for (const name of names) {
      const input = this.form.querySelector(`[name="${name}"]`);
      const label = input ? this.form.querySelector(`label[for="${input.id}"]`) : null;
      const item = element("li");
      const text = `${label ? label.firstChild.textContent.trim() + ": " : ""}${errors[name]}`;
      item.append(input && input.type !== "hidden" ? element("a", { href: `#${input.id}` }, text) : text);
      list.append(item);
    }
    this.summary.append(list);
  }

  showWarnings(warnings) {
    for (const slot of this.form.querySelectorAll("[data-warning-for]")) {
      slot.textContent = warnings[slot.dataset.warningFor] || "";
    }
  }

  showResult(answer) {
    const list = this.result.querySelector("dl");
    list.replaceChildren(
      ...Object.entries(answer.result).map(([key, item]) => {
        const row = element("div", { class: "rekenhulp__waarde" });
        row.append(element("dt", {}, item.label), element("dd", { "data-result-key": key }, item.value));
        return row;
      }),
    );
    const steps = this.result.querySelector("[data-calculator-explanation]");
    steps.replaceChildren(...answer.explanation.map((line) => element("li", {}, line)));
  }

  setState(state, message = { loading: "msgLoading", ready: "msgReady", busy: "msgBusy", error: "msgError" }[state]) {
    this.form.dataset.state = state;
    if (message && this.status.textContent !== this.form.dataset[message]) {
      this.status.textContent = this.form.dataset[message];
    }
  }

  fail() {
    if (!this.form.isConnected) return;
    this.result.removeAttribute("aria-busy");
    this.setState("error");
  }

  async copyLink() {
    this.writeQuery();
    try {
      await navigator.clipboard.writeText(location.href);
      this.status.textContent = this.form.dataset.msgCopied;
    } catch {
      this.status.textContent = this.form.dataset.msgNotCopied;
    }
  }

  reset() {
    const url = new URL(location.href);
    for (const input of this.fields()) {
      input.value = input.tagName === "SELECT"
        ? [...input.options].find((option) => option.defaultSelected)?.value ?? input.value
        : input.defaultValue;
      this.syncChoices(input);
      url.searchParams.delete(input.name);
    }
    history.replaceState(history.state, "", url);
    this.result.setAttribute("aria-busy", "true");
    this.calculate();
  }
}

function mountAll() {
  for (const form of document.querySelectorAll("form[data-calculator]")) {
    if (!form.rekenhulp) new Calculator(form);
  }
}

if (typeof document$ !== "undefined") {
  document$.subscribe(mountAll); // Material: runs on first load and after every instant navigation
} else {
  mountAll();
}
