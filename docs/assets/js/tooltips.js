// The meaning of an abbreviation (<abbr title>, from data/begrippen.yml) in a small box under it: on
// hover with a mouse, on a tap or a click. This replaces Material's "content.tooltips", which mounted a
// tooltip component for every element with a title when a page started: Lighthouse measured about
// 500 ms of blocked main thread for that on a phone, on every content page. Here one set of listeners
// on the document does the work, and only when a visitor points at an abbreviation. Other titles (the
// heading links, the header's buttons) keep the browser's own tooltip.
const GAP = 6; // px between the abbreviation and the box
const MARGIN = 8; // px the box keeps from the window's edges
const HIDE_AFTER = 250; // ms a box stays once the mouse has left, as with Material's tooltips

let box = null;
let host = null;
let title = "";
let hideTimer = 0;
let listening = false;

export function mount() {
  hide(); // a box of the previous page (instant navigation) goes with it
  if (listening) return;
  listening = true;
  document.addEventListener("pointerover", (event) => {
    const target = abbreviation(event.target);
    if (event.pointerType !== "mouse") return;
    if (target) show(target);
    else if (box?.contains(event.target)) clearTimeout(hideTimer);
    else if (host) hideSoon();
  });
  document.addEventListener("click", (event) => {
    const target = abbreviation(event.target);
    if (target && (target !== host || event.pointerType === "mouse")) show(target);
    else if (target || !box?.contains(event.target)) hide();
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") hide();
  });
  addEventListener("resize", hide);
}

function abbreviation(target) {
  const element = target instanceof Element ? target.closest("abbr") : null;
  return element && (element === host || element.title) ? element : null;
}

function show(target) {
  clearTimeout(hideTimer);
  if (target === host) return;
  hide();
  host = target;
  title = target.title;
  box ??= Object.assign(document.createElement("div"), { id: "afkorting-uitleg", className: "abbr-tooltip" });
  box.setAttribute("role", "tooltip");
  box.textContent = title;
  // While the box shows the meaning, the browser's own tooltip would repeat it.
  target.removeAttribute("title");
  target.setAttribute("aria-describedby", box.id);
  document.body.append(box);
  place();
}

// Under the abbreviation, centred on it and kept inside the window; above it if there is no room below.
function place() {
  const rect = host.getBoundingClientRect();
  const { offsetWidth: width, offsetHeight: height } = box;
  const left = Math.min(Math.max(MARGIN, rect.left + rect.width / 2 - width / 2), innerWidth - width - MARGIN);
  const below = rect.bottom + GAP;
  const top = below + height > innerHeight && rect.top - GAP - height > 0 ? rect.top - GAP - height : below;
  box.style.left = `${Math.max(MARGIN, left) + scrollX}px`;
  box.style.top = `${top + scrollY}px`;
}

function hideSoon() {
  clearTimeout(hideTimer);
  hideTimer = setTimeout(hide, HIDE_AFTER);
}

function hide() {
  clearTimeout(hideTimer);
  if (!host) return;
  host.title = title;
  host.removeAttribute("aria-describedby");
  box.remove();
  host = null;
}
