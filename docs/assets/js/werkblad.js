// Worksheets (templates/werkblad.html): answers to a step plan's guiding questions, kept only in
// this browser (localStorage), never sent anywhere. Print shows the answers, a download gives them
// as a small text file made in the browser, and a button clears them (school laptops are shared).
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

function setStatus(section, text) {
  const status = section.querySelector("[data-status]");
  if (status) status.textContent = text;
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
    lines.push(fieldset.querySelector("legend")?.textContent.trim() ?? "");
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
  setStatus(section, section.dataset.msgDownloaded);
}

function clearAnswers(section) {
  if (!window.confirm(section.dataset.msgConfirm)) {
    setStatus(section, section.dataset.msgNotCleared);
    return;
  }
  for (const field of fields(section)) {
    field.value = "";
    showForPrint(field);
  }
  try {
    window.localStorage.removeItem(storageKey(section));
  } catch {
    // Nothing was stored if storage does not work.
  }
  setStatus(section, section.dataset.msgCleared);
}

export function mount(section) {
  const canStore = storageWorks();
  const answers = canStore ? readAnswers(section) : {};
  for (const field of fields(section)) {
    if (typeof answers[field.name] === "string") field.value = answers[field.name];
    showForPrint(field);
    // Saved at every keystroke (a small write): nothing is lost on reload or instant navigation.
    field.addEventListener("input", () => {
      showForPrint(field);
      if (canStore) saveAnswers(section);
    });
  }
  section.querySelector("[data-action=print]")?.addEventListener("click", () => window.print());
  section.querySelector("[data-action=download]")?.addEventListener("click", () => downloadAnswers(section));
  section.querySelector("[data-action=clear]")?.addEventListener("click", () => clearAnswers(section));
  const actions = section.querySelector("[data-actions]");
  if (actions) actions.hidden = false;
  setStatus(section, canStore ? section.dataset.msgReady : section.dataset.msgNoStorage);
  section.dataset.state = "ready";
}
