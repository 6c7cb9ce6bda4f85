// The one Pyodide of a visit, in a module Web Worker, shared by every calculator form (rekenhulp.js).
// A small module without imports. A form controller passed in has started() (Python is ready),
// show(id, answer), runFailed(id) and bootFailed(); forms are found as form[data-calculator].

// A Pyodide that cannot load its files may hang instead of failing: give up after this long.
// Tests shorten both with an init script (globalThis.rekenhulpBootTimeoutMs, rekenhulpRunTimeoutMs);
// the boot's is read at each start, so a test can give a retry more time.
const bootTimeoutMs = () => globalThis.rekenhulpBootTimeoutMs || 90000;
const RUN_TIMEOUT_MS = globalThis.rekenhulpRunTimeoutMs || 20000;

// The one Pyodide of this visit, in a module worker. A failed boot can be retried; a calculation
// that fails or hangs affects only the form that asked for it.
export const runtime = {
  worker: null,
  state: "idle", // idle | booting | ready | failed
  waiting: new Set(), // controllers waiting for the boot
  pending: new Map(), // id -> {controller, timer}
  nextId: 1,

  // Pyodide's 13 MB must not compete with the page's first paint and first interaction: the prerendered
  // result answers for the defaults meanwhile. Start after the load event and an idle moment,
  // or at once when the visitor changes something first.
  startSoon(form) {
    if (this.worker || this.starting) return;
    this.starting = pageLoaded().then(() => this.start(form));
  },

  start(form) {
    if (this.worker) return;
    this.state = "booting";
    this.worker = new Worker(new URL("../rekenhulp-worker.js", import.meta.url), { type: "module" });
    this.worker.addEventListener("message", ({ data }) => this.received(data || {}));
    this.worker.addEventListener("error", (event) => {
      event.preventDefault();
      this.bootFailed();
    });
    this.worker.postMessage({
      type: "init",
      pyodideUrl: new URL(form.dataset.pyodide, location.href).href,
      runtimeUrl: new URL(form.dataset.runtime, location.href).href,
      calculator: form.dataset.calculator, // warmed up after the boot
    });
    this.bootTimer = setTimeout(() => this.state === "booting" && this.bootFailed(), bootTimeoutMs());
  },

  restart(form) {
    this.worker?.terminate();
    this.worker = null;
    for (const job of this.pending.values()) clearTimeout(job.timer);
    this.pending.clear();
    this.start(form);
  },

  received(message) {
    if (message.type === "ready") {
      this.state = "ready";
      clearTimeout(this.bootTimer);
      for (const controller of this.waiting) controller.started();
      this.waiting.clear();
    } else if (message.type === "boot-failed") {
      this.bootFailed();
    } else if (message.type === "answer" || message.type === "run-failed") {
      const job = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (!job) return;
      clearTimeout(job.timer);
      if (message.type === "answer") job.controller.show(message.id, JSON.parse(message.answer));
      else job.controller.runFailed(message.id);
    }
  },

  bootFailed() {
    this.state = "failed";
    clearTimeout(this.bootTimer);
    this.waiting.clear();
    for (const form of document.querySelectorAll("form[data-calculator]")) form.rekenhulp?.bootFailed();
  },

  run(controller, values, type = "run") {
    const id = this.nextId++;
    const timer = setTimeout(() => {
      this.pending.delete(id);
      controller.runFailed(id);
    }, RUN_TIMEOUT_MS);
    this.pending.set(id, { controller, timer });
    this.worker.postMessage({ type, id, calculator: controller.id, payload: JSON.stringify(values) });
    return id;
  },

  // A one-off question to Python (e.g. comparing scenarios), answered as a promise; it does not
  // touch the form's shown result.
  ask(calculatorId, type, body) {
    return new Promise((resolve, reject) => {
      const controller = { id: calculatorId, show: (id, answer) => resolve(answer), runFailed: () => reject() };
      if (this.state !== "ready") reject(new Error("not ready"));
      else this.run(controller, body, type);
    });
  },
};

// Resolves after the load event and then an idle moment (at most IDLE_WAIT_MS later): the page and its
// features are set up by then, so Pyodide's start does not compete with them for the processor.
const IDLE_WAIT_MS = 300;
function pageLoaded() {
  const loaded = document.readyState === "complete"
    ? Promise.resolve()
    : new Promise((resolve) => addEventListener("load", resolve, { once: true }));
  return loaded.then(() => new Promise((resolve) => {
    if ("requestIdleCallback" in globalThis) requestIdleCallback(() => resolve(), { timeout: IDLE_WAIT_MS });
    else setTimeout(resolve, 0);
  }));
}
