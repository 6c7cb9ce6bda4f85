// The search dialog in the header (Material's partials/search.html), without Material's script: Material's
// search worker (lunr) answers the queries, this module talks to it with Material's messages and renders
// the results with Material's markup (lib/search-render.js). Material's CSS opens the dialog when the
// checkbox #__search is checked. The index (~330 KB, and the worker's work to build it) comes only when
// the field gets focus or the dialog opens: a visitor who does not search pays nothing for it.
// Left out: highlighting the terms on the page a result leads to (Material's ?h=, search.highlight).
import { metaText, renderResultItem } from "./lib/search-render.js";

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3; // Material's SearchMessageType
const BATCH = 10; // results rendered at once; more as the list scrolls
const PHONE = matchMedia("(max-width: 59.984375em)"); // where the open dialog covers the page

export function mount(element) {
  const config = JSON.parse(document.getElementById("__config").textContent);
  // Both relative to the first page: instant navigation changes the address, not this header.
  const base = new URL(config.base, document.baseURI).href;
  const workerUrl = new URL(config.search, document.baseURI).href;
  const translate = (key, value) => value === undefined
    ? config.translations[key]
    : config.translations[key].replace("#", String(value));

  const toggle = document.getElementById("__search");
  const form = element.querySelector("form.md-search__form");
  const input = element.querySelector("input.md-search__input");
  const suggestion = element.querySelector(".md-search__suggest");
  const scroller = element.querySelector(".md-search__scrollwrap");
  const meta = element.querySelector(".md-search-result__meta");
  const list = element.querySelector("ol.md-search-result__list");

  let worker = null;
  let ready = false;
  let sent = null; // the last query sent
  let pending = 0; // queries sent and not answered yet
  let queue = []; // results not rendered yet
  let suggestions = [];
  let returnTo = null; // where focus goes back to when the dialog closes by Escape
  let dropQuery = false; // the page was opened with ?q=, to be taken from the address on closing

  // --- The worker and the index -----------------------------------------------------------------
  function start() {
    if (worker) return;
    worker = new Worker(workerUrl);
    worker.addEventListener("message", ({ data }) => {
      if (data.type === READY) {
        ready = true;
        send(true);
      } else if (data.type === RESULT) {
        pending -= 1;
        if (pending === 0) show(data.data); // an older answer, while a newer query waits, is skipped
      }
    });
    fetch(new URL("search/search_index.json", base))
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.url}`);
        return response.json();
      })
      .then(({ config: indexConfig, docs }) => worker.postMessage({
        type: SETUP,
        data: { config: indexConfig, docs, options: { suggest: Boolean(suggestion) } },
      }))
      .catch((error) => {
        console.warn("Zoekindex niet geladen:", error);
        worker.terminate();
        worker = null; // the next focus tries again
      });
  }

  function send(force = false) {
    const value = input.value;
    if (!ready || (value === sent && !force)) return;
    sent = value;
    pending += 1;
    worker.postMessage({ type: QUERY, data: value });
  }

  // --- Results ----------------------------------------------------------------------------------
  function show({ items, suggest }) {
    meta.textContent = metaText(items.length, sent, translate);
    list.replaceChildren();
    scroller.scrollTop = 0;
    queue = items.slice();
    suggestions = suggest || [];
    updateSuggestion();
    renderMore();
  }

  function renderMore() {
    if (!queue.length) return;
    list.append(...queue.splice(0, BATCH).map((result) => renderResultItem(result, base, translate)));
    fillWhenShort();
  }

  // Material renders more as the list reaches its end; a list shorter than its box gets more at once.
  let filling = false;
  function fillWhenShort() {
    if (filling || !queue.length || !toggle.checked) return;
    filling = true;
    requestAnimationFrame(() => {
      filling = false;
      if (scroller.clientHeight && nearEnd()) renderMore();
    });
  }
  const nearEnd = () => scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 64;
  scroller.addEventListener("scroll", () => { if (nearEnd()) renderMore(); }, { passive: true });

  // A <details> of further sections that closes above the visible part keeps its place in view.
  list.addEventListener("toggle", ({ target }) => {
    if (target.tagName === "DETAILS" && !target.open && target.offsetTop <= scroller.scrollTop) {
      scroller.scrollTo({ top: target.offsetTop });
    }
  }, true);

  // Search suggestions (search.suggest): the last word completed, shown behind the field.
  function updateSuggestion() {
    if (!suggestion) return;
    const words = input.value.split(/([\s-]+)/);
    const last = suggestions[suggestions.length - 1];
    if (last && words[words.length - 1] && last.startsWith(words[words.length - 1])) {
      words[words.length - 1] = last;
      suggestion.textContent = words.join("");
    } else {
      suggestion.textContent = "";
    }
  }

  // --- Opening and closing ----------------------------------------------------------------------
  let lockTimer = 0;
  function setOpen(open) {
    if (toggle.checked !== open) toggle.checked = open;
    changed();
  }

  // After every change of the checkbox, by this module or by a label (the header button, the overlay,
  // the arrow in the dialog).
  function changed() {
    const open = toggle.checked;
    list.hidden = !open; // the list enters the accessibility tree with the dialog (as Material)
    list.setAttribute("role", open ? "list" : "presentation");
    clearTimeout(lockTimer);
    if (open) {
      start();
      fillWhenShort();
      // On a phone the page behind the dialog stops scrolling once the dialog covers it (Material's
      // scroll lock, also after 400 ms).
      if (PHONE.matches && !document.body.hasAttribute("data-md-scrolllock")) {
        lockTimer = setTimeout(() => {
          document.body.style.top = `-${scrollY}px`;
          document.body.setAttribute("data-md-scrolllock", "");
        }, 400);
      }
    } else {
      if (document.body.hasAttribute("data-md-scrolllock")) {
        const y = -parseInt(document.body.style.top || "0", 10);
        document.body.removeAttribute("data-md-scrolllock");
        document.body.style.top = "";
        if (y) scrollTo({ top: y, behavior: "instant" });
      }
      dropQueryParameter();
    }
  }
  toggle.addEventListener("change", changed);

  function close({ restoreFocus = false } = {}) {
    setOpen(false);
    if (restoreFocus && returnTo && returnTo.isConnected) returnTo.focus();
    else if (element.contains(document.activeElement)) document.activeElement.blur();
    returnTo = null;
  }

  // --- The field --------------------------------------------------------------------------------
  input.addEventListener("focus", ({ relatedTarget }) => {
    if (relatedTarget && !element.contains(relatedTarget)) returnTo = relatedTarget;
    start();
    // Later than the click on the header's label, which checks the box itself.
    if (!toggle.checked) setTimeout(() => { if (document.activeElement === input) setOpen(true); }, 0);
  });
  input.addEventListener("input", () => {
    if (!toggle.checked) setOpen(true); // closed by the overlay while the field kept focus
    updateSuggestion();
    send();
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("reset", () => setTimeout(() => {
    input.focus();
    send();
    updateSuggestion();
  }, 0));

  // The header's search button: focus the field within the click, or a phone shows no keyboard.
  for (const label of document.querySelectorAll("label.md-header__button[for=__search]")) {
    label.addEventListener("click", () => input.focus());
  }

  // Choosing a result closes the dialog; the link itself is followed as any other link.
  element.addEventListener("click", ({ target }) => {
    if (target instanceof Element && target.closest("a[href]")) close();
  });
  addEventListener("popstate", () => { if (toggle.checked) setOpen(false); });

  // --- Keys (as Material's keyboard modes "search" and "global") -------------------------------
  addEventListener("keydown", (event) => {
    if (event.metaKey || event.ctrlKey || event.isComposing) return;
    if (toggle.checked) searchKey(event);
    else if (!isField(document.activeElement, event.key) && ["f", "s", "/"].includes(event.key)) {
      event.preventDefault();
      returnTo = document.activeElement !== document.body ? document.activeElement : null;
      setOpen(true);
      input.focus();
      input.select();
    }
  });

  function searchKey(event) {
    const active = document.activeElement;
    switch (event.key) {
      case "Enter":
        if (active === input) { // the best result
          event.preventDefault();
          const links = [...list.querySelectorAll("a.md-search-result__link")];
          const best = links.sort((a, b) => score(b) - score(a))[0];
          if (best) best.click();
        }
        break;
      case "Escape":
        event.preventDefault();
        close({ restoreFocus: true });
        break;
      case "Tab":
        close();
        break;
      case "ArrowRight": // accept the suggestion
        if (suggestion && suggestion.textContent && active === input
            && input.selectionStart === input.value.length) {
          input.value = suggestion.textContent;
          send();
        }
        break;
      case "ArrowUp":
      case "ArrowDown": {
        event.preventDefault();
        const down = event.key === "ArrowDown";
        let targets = focusable();
        if (down && active === targets[targets.length - 1] && queue.length) {
          renderMore();
          targets = focusable();
        }
        const i = Math.max(0, targets.indexOf(active));
        targets[(i + targets.length + (down ? 1 : -1)) % targets.length].focus();
        break;
      }
      default:
        // Any other key types into the field (not the keys that work a focused <summary> or link).
        if (active !== input && !(active && active.matches("summary, a") && [" ", "Shift"].includes(event.key))) {
          input.focus();
        }
    }
  }

  const focusable = () => [input, ...list.querySelectorAll(":not(details) > [href], summary, details[open] [href]")];
  const score = (link) => parseFloat(link.firstElementChild.dataset.mdScore);

  // --- A query in the address (?q=), as Material: open with it; the parameter goes when closing -----
  function dropQueryParameter() {
    const url = new URL(location.href);
    if (!dropQuery) return;
    dropQuery = false;
    url.searchParams.delete("q");
    history.replaceState(history.state, "", url.href);
  }
  const query = new URL(location.href).searchParams.get("q");
  if (query !== null) {
    dropQuery = true;
    input.value = query;
    setOpen(true);
    input.focus();
  } else {
    changed();
  }
}

// Material's keyboard modes: a key belongs to the focused element when that takes text (or, for a radio
// button, the arrow keys).
function isField(active, key) {
  if (!active) return false;
  if (active instanceof HTMLInputElement) return active.type !== "radio" || key.startsWith("Arrow");
  return active instanceof HTMLSelectElement || active instanceof HTMLTextAreaElement || active.isContentEditable;
}
