// Every page a visitor sees: the first one, and each one instant navigation (navigation.js) puts in
// place of the content. Features mount on each (main.js).
const callbacks = [];
let shown = false;

// Run `callback(document)` for the page shown now (once it is announced) and for every page after it.
export function onPage(callback) {
  callbacks.push(callback);
  if (shown) callback(document);
}

// Called once for the first page and after each instant navigation.
export function announcePage() {
  shown = true;
  for (const callback of callbacks) callback(document);
}

// Run `mount(element)` once for every element matching `selector` on each page.
export function mountEach(root, selector, mount) {
  for (const element of root.querySelectorAll(selector)) {
    if (element.dataset.mounted) continue;
    element.dataset.mounted = "true";
    mount(element);
  }
}
