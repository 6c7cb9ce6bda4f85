// The one script every page loads. It imports a feature only on pages that have its element, and
// mounts it again after every instant navigation (Material's document$). It starts after the first
// paint; on a calculator page Pyodide starts after the load event (see rekenhulp.js).
import { mountEach, onPage } from "./lib/material.js";
import { markExternalLinks } from "./print-links.js";

const FEATURES = [
  ["form[data-calculator]", () => import("./rekenhulp.js")],
  ["section[data-scenarios]", () => import("./scenarios.js")], // after the calculator: it uses form.rekenhulp
  ["section[data-worksheet]", () => import("./werkblad.js")],
  ["[data-filter]", () => import("./programmafilter.js")],
  ['[data-action="offline-keuze"]', () => import("./offline.js")],
];

// The service worker's page side, loaded only after the page has loaded (see offline.js).
const offline = new Promise((resolve) => {
  const load = () => import("./offline.js").then(resolve);
  if (document.readyState === "complete") load();
  else addEventListener("load", load, { once: true });
});
offline.then(({ startOffline }) => startOffline());

// Nothing of ours runs before the browser has painted the page once (a tab opened in the background
// paints nothing, hence the timer).
const painted = new Promise((resolve) => {
  requestAnimationFrame(() => setTimeout(resolve, 0));
  setTimeout(resolve, 200);
});

painted.then(() => onPage(async (root) => {
  markExternalLinks(root);
  offline.then(({ showOffline }) => showOffline(root));
  for (const [selector, load] of FEATURES) {
    if (!root.querySelector(selector)) continue;
    const { mount } = await load();
    mountEach(root, selector, mount);
  }
}));
