// The list of schools of the cost calculator: one row per school (name, pupils; add and remove rows)
// that writes the field leerlingen_per_school as "naam: aantal; ..." (Python reads and checks it) and
// the number of schools. Without JavaScript the field itself, a text area, is the input.
import { fill } from "./lib/dom.js";

// "De Linde: 180; 240" -> [{name: "De Linde", count: "180"}, {name: "", count: "240"}]: only to show
// what was typed as rows; reading the numbers is Python's job.
function entries(text) {
  return text.split(/[;\n\r]+/).map((part) => part.trim()).filter(Boolean).map((part) => {
    const at = part.lastIndexOf(":");
    return at < 0 ? { name: "", count: part } : { name: part.slice(0, at).trim(), count: part.slice(at + 1).trim() };
  });
}

// An unchanged label is not set again (that would still count as a change of the element).
function setLabel(control, text) {
  if (control.getAttribute("aria-label") !== text) control.setAttribute("aria-label", text);
}

// The table is in the HTML with the rows for the defaults, after the field it replaces, and so is the
// number of schools it makes unneeded (data-replaced-by-list): the stylesheet shows the table in their
// place from the start, so the form does not move when this script takes it over.
export function mountSchools(form) {
  const field = form.querySelector("[data-schools]");
  const input = field?.querySelector("textarea, input[name]");
  const editor = field?.querySelector(".rekenhulp__scholen");
  const count = form.querySelector("[data-field][data-replaced-by-list] input[name]");
  if (!input || !editor) return;
  const body = editor.querySelector("[data-slot=rows]");

  const label = (row, index) => {
    const name = row.querySelector("[data-school=name]");
    const pupils = row.querySelector("[data-school=count]");
    const remove = row.querySelector("[data-action=remove-school]");
    const number = ` ${index + 1}`;
    setLabel(name, name.dataset.label + number);
    setLabel(pupils, pupils.dataset.label + number);
    setLabel(remove, `${remove.dataset.label} ${name.value || number.trim()}`);
  };
  const relabel = () => [...body.rows].forEach(label);

  const addRow = () => {
    const row = fill(form, "school-row");
    body.append(row);
    relabel();
    return row;
  };

  // The rows as the field's text; the number of schools follows the rows.
  const write = () => {
    const rows = [...body.rows].map((row) => ({
      name: row.querySelector("[data-school=name]").value.trim(),
      count: row.querySelector("[data-school=count]").value.trim(),
    })).filter(({ name, count: pupils }) => name || pupils); // a row still empty does not count
    input.value = rows.length === 1 && !rows[0].name
      ? rows[0].count
      : rows.map(({ name, count: pupils }) => (name ? `${name}: ${pupils}` : pupils)).join("; ");
    if (count) count.value = String(Math.max(1, rows.length));
    input.dispatchEvent(new Event("input", { bubbles: true }));
  };

  // Rows from the field (and, for a single number, the number of schools of a link made before the list).
  // Rows already there are kept and only get their new values: a scenario or an undo usually changes
  // numbers, not the number of schools, and new rows would have to be styled and laid out again.
  const read = () => {
    const found = entries(input.value);
    const times = found.length === 1 && !found[0].name ? Math.max(1, Number.parseInt(count?.value, 10) || 1) : 1;
    const wanted = Array.from({ length: times }, () => found).flat();
    if (!wanted.length) wanted.push({ name: "", count: "" });
    while (body.rows.length > wanted.length) body.rows[body.rows.length - 1].remove();
    wanted.forEach(({ name, count: pupils }, index) => {
      const row = body.rows[index] ?? addRow();
      row.querySelector("[data-school=name]").value = name;
      row.querySelector("[data-school=count]").value = pupils;
    });
    relabel();
  };

  editor.addEventListener("input", (event) => {
    if (event.target.matches("[data-school]")) {
      event.stopPropagation(); // the form hears the field's own input event instead
      if (event.target.matches("[data-school=name]")) relabel();
      write();
    }
  });
  editor.addEventListener("change", (event) => event.stopPropagation());
  editor.addEventListener("click", (event) => {
    const button = event.target.closest("button");
    if (!button) return;
    event.stopPropagation();
    if (button.matches("[data-action=add-school]")) {
      addRow().querySelector("[data-school=name]").focus();
    } else if (button.matches("[data-action=remove-school]") && body.rows.length > 1) {
      const row = button.closest("tr");
      const next = row.nextElementSibling || row.previousElementSibling;
      row.remove();
      relabel();
      next.querySelector("[data-school=name]").focus();
    }
    write();
  });

  // The table is there from the first paint: what the visitor typed into it before this script took it
  // over (or the browser put back) is kept and becomes the field's text. Otherwise the rows show the
  // field: the defaults, or the values of a link.
  const typed = [...body.querySelectorAll("input")].some((control) => control.value !== control.defaultValue);
  if (typed) {
    relabel();
    write();
  } else {
    read();
  }
  input.hidden = true;
  count?.closest("[data-field]")?.setAttribute("hidden", "");
  // The field changes from outside too (a scenario, reset, undo): show it again as rows.
  input.addEventListener("rekenhulp:set", read);
}
