// The light/dark toggle in the header (overrides/partials/palette.html). It does what Material's palette
// component did, without restyling the whole page at start: the palette the page opened with (restored
// by Material's inline script or chosen by the system setting) shows the toggle to the other one; a
// choice sets the body's data-md-color-* attributes and is kept as localStorage "__palette" in
// Material's format, which its inline script reads on the next page.
const KEYS = ["media", "scheme", "primary", "accent"];

export function mount(form) {
  const inputs = [...form.querySelectorAll("input[data-md-color-scheme]")];
  if (inputs.length === 0) return;
  const scheme = document.body.dataset.mdColorScheme;
  let index = inputs.findIndex((input) => input.dataset.mdColorScheme === scheme);
  if (index < 0) index = 0;
  inputs[index].checked = true;
  show(inputs, index);
  // The page's root takes the dark scheme too (scroll bars, the canvas). Only when dark: a new
  // color-scheme meta restyles the whole page, which a light page does not need.
  if (scheme === "slate") setColorScheme(scheme);
  form.addEventListener("change", (event) => {
    const chosen = inputs.indexOf(event.target);
    if (chosen >= 0) choose(inputs, chosen);
  });
  // Enter on the focused option switches too, as with Material's own toggle.
  form.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    const next = inputs[(inputs.findIndex((input) => input.checked) + 1) % inputs.length];
    next.click();
    next.focus();
  });
}

// Each option's label is the button to the next option: show the one of the current option.
function show(inputs, index) {
  inputs.forEach((input, i) => {
    const label = input.nextElementSibling;
    if (label instanceof HTMLLabelElement) label.hidden = i !== index;
  });
}

function choose(inputs, index) {
  const color = Object.fromEntries(KEYS.map((key) => [key, inputs[index].getAttribute(`data-md-color-${key}`)]));
  for (const key of KEYS.slice(1)) document.body.setAttribute(`data-md-color-${key}`, color[key]);
  show(inputs, index);
  setColorScheme(color.scheme);
  globalThis.__md_set?.("__palette", { index, color });
}

// Material's dark palette is "slate"; the page's root follows it.
function setColorScheme(scheme) {
  let meta = document.head.querySelector('meta[name="color-scheme"]');
  if (!meta) {
    meta = document.createElement("meta");
    meta.name = "color-scheme";
    document.head.append(meta);
  }
  meta.content = scheme === "slate" ? "dark" : "light";
}
