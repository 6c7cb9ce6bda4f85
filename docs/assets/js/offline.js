// The page's side of the service worker (sw.js at the site root): register it once per visit, after
// the page has loaded, the browser is idle and a calculator on the page is ready (so it never competes
// with the first paint or Pyodide's own download); say when the site works offline; offer a new version.
// Under `make serve` the page has no <meta name="handboek-offline">: then any worker left from an earlier
// build is removed, so editors see their changes.
const WORKER = new URL("../../sw.js", import.meta.url);
const SCOPE = new URL("./", WORKER).href;
const PREFIX = `handboek ${SCOPE} `;
const CHOICE = "handboek-offline"; // "uit" in localStorage: the visitor switched offline reading off
const IDLE_WAIT_MS = 3000;
const CALCULATOR_WAIT_MS = 60_000;

let registration = null;
let lastCheck = Date.now();
const CHECK_EVERY_MS = 30 * 60_000;

export function startOffline() {
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (updating) location.reload();
  });
  if (!document.querySelector('meta[name="handboek-offline"]') || switchedOff()) {
    removeOffline();
    return;
  }
  afterLoad().then(idle).then(calculatorsSettled).then(register);
}

function register() {
  return navigator.serviceWorker.register(WORKER, { scope: SCOPE })
    .then(watch)
    .catch(() => {}); // no service worker (private mode, refused storage): the site works online as before
}

function switchedOff() {
  try {
    return localStorage.getItem(CHOICE) === "uit";
  } catch {
    return false;
  }
}

// Show the current state on a (new) page: instant navigation replaces the footer and banner (navigation.js).
export function showOffline(root = document) {
  if (registration && Date.now() - lastCheck > CHECK_EVERY_MS) {
    lastCheck = Date.now();
    registration.update().catch(() => {}); // a long visit with instant navigation still sees a new build
  }
  const available = Boolean(registration?.active && navigator.serviceWorker.controller) || offlineReady;
  for (const note of root.querySelectorAll("[data-offline-status]")) note.hidden = !available;
  const waiting = Boolean(registration?.waiting && navigator.serviceWorker.controller);
  for (const bar of root.querySelectorAll("[data-offline-update]")) {
    bar.hidden = !waiting;
    const button = bar.querySelector('[data-action="offline-bijwerken"]');
    if (button && !button.dataset.mounted) {
      button.dataset.mounted = "true";
      button.addEventListener("click", update);
    }
  }
}

// Remove the worker and everything it kept (the privacy page's button, and `make serve`).
export async function removeOffline() {
  if (!("serviceWorker" in navigator)) return false;
  const registrations = await navigator.serviceWorker.getRegistrations();
  const ours = registrations.filter((item) => item.scope === SCOPE);
  for (const item of ours) await item.unregister();
  for (const name of await caches.keys()) {
    if (name.startsWith(PREFIX)) await caches.delete(name);
  }
  registration = null;
  offlineReady = false;
  showOffline();
  return ours.length > 0;
}

// The privacy page's button: switch offline reading off (removing the copy) or on again; the choice is
// kept in localStorage, and the text next to the button says what happened.
export function mount(button) {
  const status = button.parentElement.querySelector("[data-offline-choice]");
  const label = () => {
    button.textContent = switchedOff() ? button.dataset.on : button.dataset.off;
  };
  label();
  button.addEventListener("click", async () => {
    try {
      if (switchedOff()) {
        localStorage.removeItem(CHOICE);
        status.textContent = status.dataset.on;
        if (document.querySelector('meta[name="handboek-offline"]')) register();
      } else {
        localStorage.setItem(CHOICE, "uit");
        await removeOffline();
        status.textContent = status.dataset.off;
      }
    } catch {
      status.textContent = status.dataset.failed;
    }
    label();
  });
}

let offlineReady = false;
let updating = false;

function watch(found) {
  registration = found;
  const settle = (worker) => {
    if (!worker) return;
    worker.addEventListener("statechange", () => {
      if (worker.state === "activated") offlineReady = true;
      showOffline();
    });
  };
  settle(found.installing);
  found.addEventListener("updatefound", () => settle(found.installing));
  if (found.active) offlineReady = true;
  showOffline();
}

function update() {
  const waiting = registration?.waiting;
  if (!waiting) return;
  updating = true;
  waiting.postMessage("update");
}

function afterLoad() {
  if (document.readyState === "complete") return Promise.resolve();
  return new Promise((resolve) => addEventListener("load", resolve, { once: true }));
}

function idle() {
  return new Promise((resolve) => {
    if ("requestIdleCallback" in globalThis) requestIdleCallback(() => resolve(), { timeout: IDLE_WAIT_MS });
    else setTimeout(resolve, IDLE_WAIT_MS);
  });
}

// Resolves when no calculator on the page is still starting Pyodide (or after a minute at most).
function calculatorsSettled() {
  const busy = () => [...document.querySelectorAll("form[data-calculator]")].some(
    (form) => !["ready", "error"].includes(form.dataset.state));
  if (!busy()) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (busy()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ["data-state"] });
    setTimeout(() => {
      observer.disconnect();
      resolve();
    }, CALCULATOR_WAIT_MS);
  });
}
