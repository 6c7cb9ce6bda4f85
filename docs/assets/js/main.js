// The one script every page loads. It imports a feature only on pages that have its element, and
// mounts it again after every instant navigation (Material's document$). It starts after the first
// paint, and loads the stylesheets and Material's script then; on a calculator page Pyodide starts
// after the load event (see rekenhulp.js).
import { mountEach, onPage } from "./lib/material.js";
import { markExternalLinks } from "./print-links.js";

const FEATURES = [
  ["form[data-calculator]", () => import("./rekenhulp.js")],
  ["section[data-scenarios]", () => import("./scenarios.js")], // after the calculator: it uses form.rekenhulp
  ["section[data-worksheet]", () => import("./werkblad.js")],
  ["[data-filter]", () => import("./programmafilter.js")],
  ['[data-action="offline-keuze"]', () => import("./offline.js")],
  ["form[data-palette]", () => import("./palette.js")],
  ["abbr[title]", () => import("./tooltips.js")],
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

// The stylesheets and then Material's script, as scripts/first_paint.py lists them (absent under
// `make serve`, where the page links them itself). They go at the end of <body>, which Material's
// instant navigation leaves alone. Material starts on DOMContentLoaded, which has passed by now: once
// its script has loaded, the event is announced again for it, in a task of its own, so that running
// Material's script and mounting its components are two shorter blocks of main-thread work, not one.
function loadAfterPaint() {
  const list = document.getElementById("na-eerste-beeld");
  if (!list) return Promise.resolve();
  const { stylesheets, script } = JSON.parse(list.textContent);
  const add = (element) => new Promise((resolve) => {
    element.addEventListener("load", resolve, { once: true });
    element.addEventListener("error", resolve, { once: true });
    document.body.append(element);
  });
  const sheets = stylesheets.map((href) => add(Object.assign(document.createElement("link"),
    { rel: "stylesheet", href: new URL(href, document.baseURI).href })));
  return Promise.all(sheets)
    .then(() => add(Object.assign(document.createElement("script"), { src: new URL(script, document.baseURI).href })))
    .then(() => new Promise((resolve) => setTimeout(resolve, 0)))
    .then(() => document.dispatchEvent(new Event("DOMContentLoaded", { bubbles: true })));
}

// The features change the page's layout after the browser went to the address's #fragment (a form
// folds its groups on a phone, shows fields by condition): on the first page, go there again once
// they are mounted, unless the visitor has moved meanwhile.
let moved = false;
for (const type of ["wheel", "touchstart", "keydown", "mousedown"]) {
  addEventListener(type, () => { moved = true; }, { once: true, passive: true });
}
let firstPage = true;
function backToFragment() {
  const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (firstPage && target && !moved) target.scrollIntoView();
  firstPage = false;
}

painted.then(loadAfterPaint).then(() => onPage(async (root) => {
  markExternalLinks(root);
  offline.then(({ showOffline }) => showOffline(root));
  for (const [selector, load] of FEATURES) {
    if (!root.querySelector(selector)) continue;
    const { mount } = await load();
    mountEach(root, selector, mount);
  }
  backToFragment();
}));
