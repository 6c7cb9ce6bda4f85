// Material for MkDocs swaps the page content on instant navigation and announces every page, the
// first one included, on `document$`. Without Material (or before it), the page is there already.
export function onPage(callback) {
  if (globalThis.document$?.subscribe) globalThis.document$.subscribe(() => callback(document));
  else callback(document);
}

// Run `mount(element)` once for every element matching `selector` on each page.
export function mountEach(root, selector, mount) {
  for (const element of root.querySelectorAll(selector)) {
    if (element.dataset.mounted) continue;
    element.dataset.mounted = "true";
    mount(element);
  }
}
