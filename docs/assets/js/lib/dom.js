// Small DOM helpers. Markup lives in the page's <template data-template="NAME"> elements, rendered by
// the same Jinja macro as the static HTML; the script only clones and fills them.

// A copy of the template's first element with each [data-slot=NAME] (the element itself included)
// filled with text.
export function fill(root, name, slots = {}) {
  const template = findTemplate(root, name);
  const node = template.content.firstElementChild.cloneNode(true);
  setSlots(node, slots);
  return node;
}

// The templates of a root, each looked up once: a page's templates never change, and looking one up
// means searching the whole form (thousands of elements on a calculator page) for every copy.
const templates = new WeakMap(); // root -> Map(name -> template)

function findTemplate(root, name) {
  if (!templates.has(root)) templates.set(root, new Map());
  const known = templates.get(root);
  let template = known.get(name);
  if (!template?.isConnected) {
    template = root.querySelector(`template[data-template="${name}"]`);
    if (!template) throw new Error(`template ${name} is missing`);
    known.set(name, template);
  }
  return template;
}

// Change an element's text only when it differs (a write costs layout work even when nothing changes).
export function setText(element, text) {
  if (element.textContent !== text) element.textContent = text;
}

// Fill the [data-slot=NAME] elements in an existing copy of a template (see fill).
export function setSlots(node, slots) {
  for (const [slot, text] of Object.entries(slots)) {
    const target = node.matches(`[data-slot="${slot}"]`) ? node : node.querySelector(`[data-slot="${slot}"]`);
    if (target) setText(target, text);
  }
}

// Text of a data-msg-* attribute (interface texts come from data/teksten.yml through the page).
export function message(element, key) {
  return element.dataset[key] || "";
}

// Like fill, for a piece of SVG: its <template> wraps the piece in an <svg> (so that the HTML parser
// makes SVG elements), and this returns the piece itself, filled.
export function fillSvg(root, name, slots = {}) {
  const node = fill(root, name).firstElementChild;
  setSlots(node, slots);
  return node;
}

// Set attributes from an object ({x: "12.5%", "data-series": "school"}); returns the element.
export function setAttributes(element, attributes) {
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}
