// Worksheets (templates/werkblad-onderdelen.html): answers to a step plan's guiding questions, kept
// only in this browser (localStorage), never sent anywhere. Print shows the answers, a download gives
// them as a small text file made in the browser, and a button clears them (school laptops are shared).
// The fields grow with their answers; the status line sits next to the buttons in a bar that sticks
// to the bottom of the screen (CSS, once the script runs), so a confirmation shows where the visitor is.
// All visible text comes from the section's data-* attributes; none is written here.
import { download } from "./lib/download.js";

const STORAGE_PREFIX = "handboek:werkblad:";

function storageKey(section) {
  return STORAGE_PREFIX + section.dataset.worksheet;
}

function readAnswers(section) {
  try {
    const stored = window.localStorage.getItem(storageKey(section));
    const answers = stored ? JSON.parse(stored) : {};
    return answers && typeof answers === "object" ? answers : {};
  } catch {
    return {};
  }
}

function fields(section) {
  return [...section.querySelectorAll("textarea[data-worksheet-answer]")];
}

function storageWorks() {
  try {
    const probe = STORAGE_PREFIX + "probe";
    window.localStorage.setItem(probe, "1");
    window.localStorage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

function showForPrint(field) {
  const copy = field.closest(".werkblad__veld")?.querySelector("[data-print-copy-for]");
  if (copy) copy.textContent = field.value;
}

// `emphasis`: the answer to something the visitor did (download, clear), not the quiet "saved".
// The same text is not set again, so a screen reader does not repeat "saved" at every keystroke.
function setStatus(section, text, emphasis = false) {
  const status = section.querySelector("[data-status]");
  if (!status) return;
  status.dataset.emphasis = String(emphasis);
  if (status.textContent !== text) status.textContent = text;
}

// A field as tall as its answer (at least its rows), so the first lines stay in view while typing.
function grow(field) {
  if (field.getClientRects().length === 0) return; // not laid out (hidden): nothing to measure
  field.style.height = "auto";
  const borders = field.offsetHeight - field.clientHeight;
  field.style.height = `${field.scrollHeight + borders}px`;
}

// The bar sticks to the bottom of the screen: a field that gets the focus, or that grows while the
// visitor types at its end, is scrolled up out from under it. On focus the field's top stays in view
// (below the site's header) if the field is taller than the room above the bar.
const HEADER_ROOM = 64;

function keepAboveBar(section, element, { keepTop }) {
  const bar = section.querySelector(".werkblad__balk");
  if (!bar || bar.contains(element)) return;
  const barBox = bar.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  const stuck = barBox.bottom >= window.innerHeight - 1;
  let distance = box.bottom - barBox.top + 8;
  if (keepTop) distance = Math.min(distance, box.top - HEADER_ROOM);
  if (stuck && distance > 0) window.scrollBy(0, distance);
}

function saveAnswers(section) {
  const answers = {};
  for (const field of fields(section)) {
    if (field.value.trim() !== "") answers[field.name] = field.value;
  }
  try {
    if (Object.keys(answers).length === 0) {
      window.localStorage.removeItem(storageKey(section));
    } else {
      window.localStorage.setItem(storageKey(section), JSON.stringify(answers));
    }
    setStatus(section, section.dataset.msgSaved);
  } catch {
    setStatus(section, section.dataset.msgNoStorage);
  }
}

function answersAsText(section) {
  const data = section.dataset;
  const today = new Date().toLocaleDateString(document.documentElement.lang || undefined);
  const lines = [data.fileTitle, data.fileNote, `${data.fileDate} ${today}`, ""];
  for (const fieldset of section.querySelectorAll("fieldset[data-stap]")) {
    lines.push(fieldset.dataset.stapKop || fieldset.querySelector("legend")?.textContent.trim() || "");
    for (const field of fieldset.querySelectorAll("textarea[data-worksheet-answer]")) {
      const label = section.querySelector(`label[for="${field.id}"]`);
      lines.push(`- ${label ? label.textContent.trim() : field.name}`);
      const answer = field.value.trim() === "" ? data.emptyAnswer : field.value.trim();
      lines.push(...answer.split(/\r?\n/).map((line) => `  ${line}`));
    }
    lines.push("");
  }
  return lines.join("\r\n");
}

function downloadAnswers(section) {
  download(section.dataset.fileName, answersAsText(section), "text/plain;charset=utf-8");
  setStatus(section, section.dataset.msgDownloaded, true);
}

function clearAnswers(section) {
  if (!window.confirm(section.dataset.msgConfirm)) {
    setStatus(section, section.dataset.msgNotCleared, true);
    return;
  }
  for (const field of fields(section)) {
    field.value = "";
    showForPrint(field);
    grow(field);
  }
  try {
    window.localStorage.removeItem(storageKey(section));
  } catch {
    // Nothing was stored if storage does not work.
  }
  setStatus(section, section.dataset.msgCleared, true);
}

export function mount(section) {
  const canStore = storageWorks();
  const answers = canStore ? readAnswers(section) : {};
  for (const field of fields(section)) {
    if (typeof answers[field.name] === "string") field.value = answers[field.name];
    showForPrint(field);
    grow(field);
    // Saved at every keystroke (a small write): nothing is lost on reload or instant navigation.
    field.addEventListener("input", () => {
      showForPrint(field);
      grow(field);
      if (field.selectionEnd === field.value.length) keepAboveBar(section, field, { keepTop: false });
      if (canStore) saveAnswers(section);
    });
  }
  // A new width wraps the answers differently. The listener goes when instant navigation
  // has replaced this page's content.
  let width = window.innerWidth;
  const onResize = () => {
    if (!section.isConnected) window.removeEventListener("resize", onResize);
    else if (window.innerWidth !== width) {
      width = window.innerWidth;
      fields(section).forEach(grow);
    }
  };
  window.addEventListener("resize", onResize);
  section.addEventListener("focusin", (event) => keepAboveBar(section, event.target, { keepTop: true }));
  section.querySelector("[data-action=print]")?.addEventListener("click", () => window.print());
  section.querySelector("[data-action=download]")?.addEventListener("click", () => downloadAnswers(section));
  section.querySelector("[data-action=clear]")?.addEventListener("click", () => clearAnswers(section));
  const actions = section.querySelector("[data-actions]");
  if (actions) actions.hidden = false;
  setStatus(section, canStore ? section.dataset.msgReady : section.dataset.msgNoStorage);
  section.dataset.state = "ready";
  section.classList.add("werkblad--vaste-balk"); // for html:has() in site.css
}
