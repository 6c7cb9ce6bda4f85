// Instant navigation, in place of Material's: a click on a link to another page of the site fetches
// that page and puts its content in place of this one's, so the document (and a running Pyodide) stays
// for the whole visit. The header, the search dialog and the loaded stylesheets stay; what differs per
// page is replaced, as Material did. A failed fetch, or anything not a page of this site, is an
// ordinary page load.
const REPLACED = [
  "[data-md-component=announce]",
  "[data-md-component=container]",
  "[data-md-component=header-topic]",
  "[data-md-component=outdated]",
  "[data-md-component=logo]",
  "[data-md-component=skip]",
];
const KEPT_META = new Set(["theme-color", "color-scheme"]); // set by our scripts, not by the page
const SLOW = 300; // ms before a page on its way shows the loading bar
const HERE = Symbol("this page");

let site = null; // the site's root, from Material's #__config
let shown = null; // the address (path and query) of the content shown now
let pending = 0; // the latest navigation; an older one that finishes later is dropped

export function startNavigation(announce) {
  const config = document.getElementById("__config");
  if (!config || location.protocol === "file:") return;
  site = new URL(JSON.parse(config.textContent).base, location.href);
  shown = pageOf(location.href);
  // Absolute addresses, as with Material: the parts that stay keep pointing right once the address changes.
  absolute(document, location.href);
  document.addEventListener("click", (event) => {
    const url = target(event);
    if (url === HERE) closeDialogs(); // a section of this page, say from the phone's menu
    if (!url || url === HERE) return;
    event.preventDefault();
    navigate(url, announce, { push: true });
  });
  let timer = 0;
  addEventListener("popstate", () => {
    clearTimeout(timer);
    if (pageOf(location.href) === shown) restoreScroll(new URL(location.href));
    else navigate(new URL(location.href), announce, { push: false });
  });
  // The browser restores the place on a page itself after a full reload; here we do it (history.state.y).
  // Only while the entry is the page shown: after back or forward the address changes before the content.
  addEventListener("scroll", () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (pageOf(location.href) === shown) history.replaceState({ ...history.state, y: scrollY }, "");
    }, 100);
  }, { passive: true });
  addEventListener("beforeunload", () => { history.scrollRestoration = "auto"; });
}

function pageOf(href) {
  const url = new URL(href);
  return url.pathname + url.search;
}

// The page a click leads to, if instant navigation should take it; HERE for a place on this page;
// otherwise null.
function target(event) {
  if (event.defaultPrevented || event.button !== 0) return null;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!link || (link.target && link.target !== "_self") || link.hasAttribute("download")) return null;
  const url = new URL(link.href);
  if (url.origin !== site.origin || !url.pathname.startsWith(site.pathname)) return null;
  if (!/(\/|\.html)$/.test(url.pathname)) return null; // a file (CSV, PDF, wheel), not a page
  if (pageOf(url.href) === shown) return HERE; // a #fragment on this page: the browser's own job
  return url;
}

async function navigate(url, announce, { push }) {
  const id = ++pending;
  const slow = setTimeout(() => { document.documentElement.dataset.paginaLaden = ""; }, SLOW);
  try {
    const response = await fetch(url.href, { credentials: "same-origin" });
    if (!response.ok || !(response.headers.get("content-type") ?? "").includes("text/html")) throw new Error();
    const next = new DOMParser().parseFromString(await response.text(), "text/html");
    if (id !== pending) return;
    const address = new URL(response.url || url.href);
    address.hash = url.hash;
    absolute(next, address);
    if (push) {
      history.replaceState({ ...history.state, y: scrollY }, "");
      history.pushState(null, "", address.href);
    }
    history.scrollRestoration = "manual";
    swap(next);
    shown = pageOf(location.href);
    closeDialogs();
    if (push) scrollToFragment(address);
    else restoreScroll(address);
    announce();
  } catch {
    if (id === pending) location.assign(url.href);
  } finally {
    clearTimeout(slow);
    if (id === pending) delete document.documentElement.dataset.paginaLaden;
  }
}

// Relative addresses of a page are relative to that page: make them absolute before they move.
function absolute(doc, base) {
  for (const element of doc.querySelectorAll("[href], [src]")) {
    for (const name of ["href", "src"]) {
      const value = element.getAttribute(name);
      if (value && !/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(value)) element.setAttribute(name, new URL(value, base).href);
    }
  }
}

function swap(next) {
  for (const selector of REPLACED) {
    const old = document.querySelector(selector);
    const fresh = next.querySelector(selector);
    if (old && fresh) old.replaceWith(document.adoptNode(fresh));
  }
  document.title = next.title;
  // The head: add what the new page has, remove what it has not (description, prev/next, its own styles).
  const present = new Map([...document.head.children].map((element) => [element.outerHTML, element]));
  for (const element of [...next.head.children]) {
    if (present.has(element.outerHTML)) present.delete(element.outerHTML);
    else document.head.append(document.adoptNode(element));
  }
  for (const element of present.values()) {
    if (element.localName === "script" || KEPT_META.has(element.getAttribute("name"))) continue;
    element.remove();
  }
  // Scripts of the content run as they would on a page load (parsed ones never run).
  for (const old of document.querySelectorAll("[data-md-component=container] script")) {
    const type = old.getAttribute("type");
    if (type && type !== "module" && type !== "text/javascript") continue;
    const script = document.createElement("script");
    for (const name of old.getAttributeNames()) script.setAttribute(name, old.getAttribute(name));
    script.textContent = old.textContent;
    old.replaceWith(script);
  }
}

// The phone's menu and the search dialog close once a page is chosen.
function closeDialogs() {
  for (const id of ["__drawer", "__search"]) {
    const toggle = document.getElementById(id);
    if (toggle?.checked) {
      toggle.checked = false;
      toggle.dispatchEvent(new Event("change", { bubbles: true }));
    }
  }
}

function scrollToFragment(url) {
  const fragment = url.hash && document.getElementById(decodeURIComponent(url.hash.slice(1)));
  if (fragment) fragment.scrollIntoView();
  else scrollTo(0, 0);
}

// Back or forward: the place the visitor left the page at, else its #fragment, else the top.
function restoreScroll(url) {
  const y = history.state?.y;
  if (typeof y === "number") scrollTo(0, y);
  else scrollToFragment(url);
}
