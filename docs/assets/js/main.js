// The one script every page loads (Material's own script is not loaded: see overrides/main.html). It
// imports a feature only on pages that have its element, and mounts it again after every instant
// navigation (navigation.js). It starts after the first paint, and loads the stylesheets (for print) then;
// on a calculator page Pyodide starts by the number of cores (see EARLY_START_CORES below).
import { announcePage, mountEach, onPage } from "./lib/pages.js";
import { markExternalLinks } from "./print-links.js";

const FEATURES = [
  ["form[data-calculator]", () => import("./rekenhulp.js"), calculatorFailed],
  ["section[data-scenarios]", () => import("./scenarios.js")], // after the calculator: it uses form.rekenhulp
  ["section[data-worksheet]", () => import("./werkblad.js")],
  ["[data-filter]", () => import("./programmafilter.js")],
  ['[data-action="offline-keuze"]', () => import("./offline.js")],
  ["form[data-palette]", () => import("./palette.js")],
  ["abbr[title]", () => import("./tooltips.js")],
  // Material's page parts, which its own script used to run: the search dialog (in the header, which
  // stays across pages) and what follows the reader's place on each page.
  ["[data-md-component=search]", () => import("./search.js")],
  ["[data-md-component=container]", () => import("./page-chrome.js")],
];

// Without its module a calculator cannot start: its status line says so (it said "being loaded"), in
// the words rekenhulp.js uses when Python cannot start; the prerendered result stays.
function calculatorFailed(root) {
  for (const form of root.querySelectorAll("form[data-calculator]")) {
    form.dataset.state = "error";
    form.querySelector("[data-status]")?.replaceChildren(form.dataset.msgError);
  }
}

// The service worker's page side, loaded only after the page has loaded (see offline.js).
const offline = new Promise((resolve) => {
  const load = () => import("./offline.js").then(resolve);
  if (document.readyState === "complete") load();
  else addEventListener("load", load, { once: true });
});
offline.then(({ startOffline }) => startOffline());

// Nothing of ours runs before the browser has painted the page once (a tab opened in the background
// paints nothing, hence the timer).
const afterPaint = () => new Promise((resolve) => {
  requestAnimationFrame(() => setTimeout(resolve, 0));
  setTimeout(resolve, 200);
});
const painted = afterPaint();
const nextTask = () => (globalThis.scheduler?.yield
  ? scheduler.yield()
  : new Promise((resolve) => setTimeout(resolve, 0)));

// The stylesheets, as scripts/first_paint.py lists them (absent under `make serve`, where the page links
// them itself), for print only: the rules a page can use on screen are inline in its <head> (and come
// with the next page on instant navigation), so applying the stylesheets to the screen would only make
// the browser restyle the whole page once more. They go at the end of <body>, which instant navigation
// leaves alone.
function loadForPrint() {
  const list = document.getElementById("na-eerste-beeld");
  if (!list) return;
  for (const href of JSON.parse(list.textContent).stylesheets) {
    document.body.append(Object.assign(document.createElement("link"), {
      rel: "stylesheet", media: "print", href: new URL(href, document.baseURI).href,
    }));
  }
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

// Python on a calculator page: with four or more processor cores it starts right after the first paint,
// beside the stylesheets and the features, because its worker has a core of its own there. With fewer,
// the worker would take the main thread's core (Lighthouse's blocked time went up by half on two
// cores), so rekenhulp.js starts it once the page is set up (lib/runtime.js, startSoon).
const EARLY_START_CORES = 4;
painted.then(() => {
  const form = document.querySelector("form[data-calculator]");
  if (form && navigator.hardwareConcurrency >= EARLY_START_CORES) {
    import("./lib/runtime.js").then(({ runtime }) => runtime.start(form));
  }
});

// A calculator's modules: rekenhulp.js and every module it imports (a test of the built site keeps
// this list complete). On a calculator page they are asked for right after the first paint, rather
// than one level of imports after the other, so the form is set up and Python's worker starts sooner.
// One request per task: starting one took a phone's main thread 2-10 ms, all eight together a task
// of about 100 ms.
const CALCULATOR_MODULES = ["./rekenhulp.js", "./lib/dom.js", "./offerte.js", "./lib/download.js", "./overzicht.js",
  "./scholen.js", "./grafieken.js", "./lib/runtime.js"];
async function preloadCalculator() {
  if (!document.querySelector("form[data-calculator]")) return;
  for (const href of CALCULATOR_MODULES) {
    document.head.append(Object.assign(document.createElement("link"), {
      rel: "modulepreload", href: new URL(href, import.meta.url).href,
    }));
    await nextTask();
  }
}

// Each step in a task of its own (a phone's processor took over 100 ms for the three together).
painted.then(async () => {
  await preloadCalculator();
  loadForPrint();
  await nextTask();
  onPage(async (root) => {
    markExternalLinks(root);
    offline.then(({ showOffline }) => showOffline(root));
    for (const [selector, load, failed] of FEATURES) {
      if (!root.querySelector(selector)) continue;
      let feature;
      try {
        feature = await load();
      } catch (error) {
        // A module that did not arrive (a network that dropped it): the other features still mount.
        console.warn(error);
        failed?.(root);
        continue;
      }
      await nextTask(); // each feature in a task of its own: the browser can answer the visitor between them
      mountEach(root, selector, feature.mount);
    }
    backToFragment();
  });
  announcePage();
  import("./navigation.js").then(({ startNavigation }) => startNavigation(announcePage));
});
