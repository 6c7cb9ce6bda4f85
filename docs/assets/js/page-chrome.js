// The page chrome that follows the reader, which Material's own script used to run (see main.js): the
// header's shadow and title, the table of contents (the section being read, and the address's #fragment
// with navigation.tracking), the back-to-top button, the global keys (p/, n/. Enter) and the left
// sidebar's active link in view. The sidebars' height is CSS (site.css, "Sidebars").
//
// mount(container) runs for every page (the first one and each one instant navigation shows); the
// listeners on window and document are added once and act on the page of the last mount. Scrolling
// costs one read of scrollY per animation frame: positions are measured once per page and again only
// when the size of the viewport or of the page changes.
import { mountExtras, revealTarget } from "./lib/chrome-extras.js";

const SCREEN = matchMedia("(min-width: 76.25em)"); // where the left sidebar is a sidebar, not a drawer
const PAUSE = 250; // ms, as Material: after a jump to a #fragment, and before the address follows

let page = null; // the elements and measured positions of the current page, see mount()
let frame = 0;
let measureNext = true;
let trackTimer = 0;
let pausedUntil = 0;
let started = false;

export function mount(container) {
  const main = container.querySelector("[data-md-component=main]");
  const links = new Map(); // hash -> the links to it in both tables of contents (sidebar and drawer)
  for (const list of container.querySelectorAll("[data-md-component=toc]")) {
    for (const link of list.querySelectorAll("a.md-nav__link")) {
      if (!links.has(link.hash)) links.set(link.hash, []);
      links.get(link.hash).push(link);
    }
  }
  page = {
    container,
    main,
    header: document.querySelector("[data-md-component=header]"),
    title: document.querySelector("[data-md-component=header-title]"),
    heading: container.querySelector(".md-content h1"),
    top: container.querySelector("[data-md-component=top]"),
    links,
    sections: [], // [{ links, y }], sorted by y (measured)
    passed: 0, // how many sections have begun above the reading line
    y: Math.max(0, scrollY),
    upwards: false,
    centred: !SCREEN.matches, // the left sidebar's active link was brought into view
  };
  if (page.top) mountTop(page.top);
  mountExtras(container);
  pause();
  if (!started) start();
  measureNext = true;
  schedule();
}

function start() {
  started = true;
  addEventListener("scroll", onScroll, { passive: true });
  addEventListener("resize", () => { measureNext = true; schedule(); }, { passive: true });
  new ResizeObserver(() => { measureNext = true; schedule(); }).observe(document.body);
  addEventListener("hashchange", () => { pause(); revealTarget(); schedule(); });
  addEventListener("keydown", onKey);
}

// A jump to a #fragment (or a new page) scrolls by itself: the back-to-top button stays hidden and the
// address keeps its fragment until the visitor scrolls again.
function pause() {
  pausedUntil = performance.now() + PAUSE;
  clearTimeout(trackTimer);
}

function onScroll() {
  schedule();
  if (!page || !page.links.size || performance.now() < pausedUntil) return;
  clearTimeout(trackTimer);
  trackTimer = setTimeout(track, PAUSE);
}

function schedule() {
  if (!frame) frame = requestAnimationFrame(update);
}

// Positions in the document, read together (one layout) once per page and after changes in size.
function measure(p) {
  const scrollY = Math.max(0, window.scrollY);
  const top = (element) => element.getBoundingClientRect().top + scrollY;
  p.headerHeight = p.header ? p.header.offsetHeight : 0;
  p.mainTop = p.main ? top(p.main) : 0;
  if (p.heading) {
    const box = p.heading.getBoundingClientRect();
    p.headingBottom = box.height > 0 ? box.bottom + scrollY : Infinity;
  }
  // Material's reading line: below the header, 80 % of the way to the top of the content grid.
  const grid = p.main?.firstElementChild;
  p.line = p.headerHeight + 0.8 * (grid ? top(grid) - p.mainTop : 0);
  p.pageHeight = Math.floor(document.body.getBoundingClientRect().height);
  p.sections = [];
  for (const [hash, links] of p.links) {
    let target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) continue;
    // A hidden target (in a closed <details>): the position of the nearest shown ancestor.
    while (!target.getClientRects().length && target.parentElement) target = target.parentElement;
    p.sections.push({ links, y: top(target) });
  }
  p.sections.sort((a, b) => a.y - b.y);
  if (!p.centred) p.centre = centreActiveLink(p.container);
}

function update() {
  frame = 0;
  const p = page;
  if (!p || !p.container.isConnected) return;
  const measured = measureNext;
  if (measured) {
    measureNext = false;
    measure(p);
  }
  const y = Math.max(0, window.scrollY); // the one layout read of a scroll frame
  if (y !== p.y) p.upwards = y < p.y;
  p.y = y;
  if (p.centre) {
    p.centre();
    p.centre = null;
    p.centred = true;
  }

  // Header: a shadow once the main area meets the header; the page's title once its h1 is under it.
  const active = y >= p.mainTop - p.headerHeight;
  p.header?.classList.toggle("md-header--shadow", active);
  p.title?.classList.toggle("md-header__title--active", y + p.headerHeight >= p.headingBottom);

  // Back-to-top: while the visitor scrolls up, below the top of the main area.
  if (p.top) setTopHidden(p.top, !(active && p.upwards && y > 0) || performance.now() < pausedUntil);

  // Table of contents: sections that began above the reading line are passed, the last one is active.
  // At the bottom of the page all are.
  const all = y + innerHeight >= p.pageHeight;
  let passed = p.passed;
  while (passed < p.sections.length && (all || p.sections[passed].y - p.line < y)) passed++;
  while (passed > 0 && !all && p.sections[passed - 1].y - p.line >= y) passed--;
  if (passed !== p.passed || measured) markSections(p, passed);
}

function markSections(p, passed) {
  p.sections.forEach(({ links }, index) => {
    for (const link of links) {
      link.classList.toggle("md-nav__link--passed", index < passed);
      link.classList.toggle("md-nav__link--active", index === passed - 1);
    }
  });
  p.passed = passed;
}

// navigation.tracking: the address's #fragment is the section being read, without an entry in the
// history and keeping the state navigation.js stores there. At the top of the page, no fragment.
function track() {
  const p = page;
  if (!p || !p.container.isConnected) return;
  const url = new URL(location.href);
  const active = p.sections[p.passed - 1];
  url.hash = active ? active.links[0].hash : "";
  if (url.href !== location.href) history.replaceState(history.state, "", url);
}

function mountTop(button) {
  setTopHidden(button, true);
  button.addEventListener("click", (event) => {
    event.preventDefault();
    window.scrollTo({ top: 0 });
  });
}

function setTopHidden(button, hidden) {
  if (button.hidden === hidden && button.hasAttribute("tabindex") === hidden) return;
  button.hidden = hidden;
  if (hidden) {
    button.setAttribute("tabindex", "-1");
    button.blur();
  } else {
    button.removeAttribute("tabindex");
  }
}

// Material scrolled the left sidebar so that the current page's link is in its middle. Returns the
// write, to run after all reads of the frame; nothing if the link is in view already.
function centreActiveLink(container) {
  const link = [...container.querySelectorAll(".md-sidebar--primary .md-nav__link--active[href]")]
    .find((element) => element.clientHeight);
  const wrap = link?.closest(".md-sidebar__scrollwrap");
  if (!wrap) return null;
  const box = wrap.getBoundingClientRect();
  const linkBox = link.getBoundingClientRect();
  if (linkBox.top >= box.top && linkBox.bottom <= box.bottom) return null;
  const top = wrap.scrollTop + linkBox.top - box.top - box.height / 2;
  return () => wrap.scrollTo({ top });
}

// Keys, as Material's: only when no field has the focus and the search is closed (search.js has its
// own keys). p or , goes to the previous page, n or . to the next one; Enter opens a navigation section
// whose label has the focus.
function onKey(event) {
  if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey || event.isComposing) return;
  if (document.querySelector("[data-md-toggle=search]")?.checked) return;
  const focused = activeElement();
  if (focused && takesKeys(focused, event.key)) return;
  switch (event.key) {
    case "p":
    case ",":
      follow("prev");
      break;
    case "n":
    case ".":
      follow("next");
      break;
    case "Enter":
      if (focused instanceof HTMLLabelElement) focused.click();
  }
}

function activeElement() {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}

function takesKeys(element, key) {
  if (element instanceof HTMLInputElement) return element.type !== "radio" || key.startsWith("Arrow");
  return element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement || element.isContentEditable;
}

// A click on a link in the page, so that instant navigation (navigation.js) takes it.
function follow(rel) {
  const link = document.querySelector(`link[rel=${rel}]`);
  if (!link) return;
  const anchor = Object.assign(document.createElement("a"), { href: link.href, hidden: true });
  (page?.container.isConnected ? page.container : document.body).append(anchor);
  anchor.click();
  anchor.remove();
}
