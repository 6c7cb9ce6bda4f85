// Small parts of Material's script that page-chrome.js mounts on every page: the .focus-visible class,
// titles on shortened navigation links, aria-expanded on navigation sections, and a closed <details>
// opened when the address's #fragment points into it.

let titles = null; // the IntersectionObserver of the current page
let started = false;

export function mountExtras(container) {
  if (!started) {
    started = true;
    document.addEventListener("change", onToggle);
    // Material's stylesheet shows keyboard focus by the class .focus-visible, which the polyfill in its
    // script set (outlines of summaries, header buttons, navigation links, the light/dark toggle).
    document.addEventListener("focusin", ({ target }) => {
      if (target instanceof Element && target.matches(":focus-visible")) target.classList.add("focus-visible");
    });
    document.addEventListener("focusout", ({ target }) => {
      if (target instanceof Element) target.classList.remove("focus-visible");
    });
  }
  titleShortened(container);
  revealTarget();
}

// A text cut short with an ellipsis (.md-ellipsis: navigation links, the header's titles) gets its
// full text as a title, checked once it is first shown (as Material's patches/ellipsis).
function titleShortened(container) {
  titles?.disconnect();
  titles = new IntersectionObserver((entries) => {
    for (const { target, isIntersecting } of entries) {
      if (!isIntersecting) continue;
      titles.unobserve(target);
      const host = target.closest("a") || target;
      if (target.offsetWidth < target.scrollWidth) {
        host.title = target.textContent.trim().replace(/\s+/g, " ");
        host.dataset.ellipsisTitle = "";
      } else if ("ellipsisTitle" in host.dataset) {
        host.removeAttribute("title"); // the header stays across pages: a title of an earlier page
        delete host.dataset.ellipsisTitle;
      }
    }
  });
  const header = document.querySelector("[data-md-component=header]");
  for (const root of [container, header]) {
    for (const element of root?.querySelectorAll(".md-ellipsis") ?? []) titles.observe(element);
  }
}

// A navigation section opened or closed: its list says so (Material did this for the sidebar's labels).
function onToggle(event) {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || !input.classList.contains("md-nav__toggle") || !input.id) return;
  const label = document.getElementById(`${input.id}_label`);
  const nav = label && document.querySelector(`nav[aria-labelledby="${label.id}"]`);
  nav?.setAttribute("aria-expanded", String(input.checked));
}

// The #fragment's element in a closed <details>: open it and go there.
export function revealTarget() {
  let id = "";
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    return; // a malformed address
  }
  const details = id && document.getElementById(id)?.closest("details:not([open])");
  if (!details) return;
  details.open = true;
  details.scrollIntoView();
}
