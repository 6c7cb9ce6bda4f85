// The handbook's service worker: after one visit every page, asset, the search index and the
// calculators (Pyodide and our wheel) work without a network. Registered by assets/js/offline.js after
// the page has loaded and the browser is idle.
// - The build step (python -m scripts.offline write) puts `self.BUILD = {version, files}` in front of
//   this file. Without it (under `make serve`) this worker removes itself and its caches.
// - One cache per build, named after its version: a page is always answered together with the assets of
//   its own build. A new build installs next to the old one (copying unchanged files, fetching the rest)
//   and waits until no page of the old build is open, or until the visitor chooses to update.
// - Only requests inside this site's own scope are answered; anything else is left to the browser.
const BUILD = self.BUILD;
const SCOPE = self.registration.scope;
const PREFIX = `handboek ${SCOPE} `;
const CURRENT = BUILD ? PREFIX + BUILD.version : null;
const MANIFEST = "__manifest__";
const PARALLEL = 6;

self.addEventListener("install", (event) => {
  event.waitUntil(BUILD ? precache() : self.skipWaiting());
});

self.addEventListener("activate", (event) => {
  event.waitUntil(BUILD ? activate() : retire());
});

self.addEventListener("message", (event) => {
  if (event.data === "update") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (!BUILD || request.method !== "GET" || !request.url.startsWith(SCOPE)) return;
  event.respondWith(answer(request));
});

// Keep every file of this build: copied from an older cache when its hash is the same, else fetched.
async function precache() {
  const cache = await caches.open(CURRENT);
  const have = new Set((await cache.keys()).map((request) => request.url));
  const older = await olderCopies();
  const todo = Object.entries(BUILD.files).filter(([path]) => !have.has(SCOPE + path));
  const next = async () => {
    for (let item = todo.shift(); item; item = todo.shift()) {
      const [path, hash] = item;
      const url = SCOPE + path;
      const copy = older.get(`${path}\n${hash}`);
      const response = copy ? await copy() : await fetchFresh(url);
      await cache.put(url, response);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, next));
  await cache.put(SCOPE + MANIFEST, new Response(JSON.stringify(BUILD.files)));
}

// {"path\nhash": () => response} for the files kept by earlier, complete builds of this site.
async function olderCopies() {
  const copies = new Map();
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX) || name === CURRENT) continue;
    const cache = await caches.open(name);
    const manifest = await cache.match(SCOPE + MANIFEST);
    if (!manifest) continue;
    for (const [path, hash] of Object.entries(await manifest.json())) {
      copies.set(`${path}\n${hash}`, async () => (await cache.match(SCOPE + path)) ?? fetchFresh(SCOPE + path));
    }
  }
  return copies;
}

// Past the browser's HTTP cache (GitHub Pages lets it keep files for 10 minutes), without redirects.
async function fetchFresh(url) {
  const response = await fetch(url, { cache: "no-cache" });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  if (!response.redirected) return response;
  return new Response(await response.blob(), { status: 200, headers: response.headers });
}

async function activate() {
  for (const name of await caches.keys()) {
    if (name.startsWith(PREFIX) && name !== CURRENT) await caches.delete(name);
  }
  await self.clients.claim();
}

async function retire() {
  for (const name of await caches.keys()) {
    if (name.startsWith(PREFIX)) await caches.delete(name);
  }
  await self.registration.unregister();
}

// From this build's cache (the query string and the #part do not matter), else from the network.
// caches.match, not caches.open: a worker whose cache was removed (the privacy page's switch) must not
// create it again, empty, under this build's name.
async function answer(request) {
  const kept = (url) => caches.match(url, { cacheName: CURRENT });
  const url = new URL(request.url);
  const path = url.pathname.replace(/(^|\/)index\.html$/, "$1");
  const found = await kept(url.origin + path);
  if (found) return found;
  if (request.mode === "navigate" && !path.endsWith("/") && (await kept(url.origin + path + "/"))) {
    return Response.redirect(url.origin + path + "/" + url.search + url.hash, 301);
  }
  try {
    return await fetch(request);
  } catch (problem) {
    const missing = request.mode === "navigate" && (await kept(SCOPE + "404.html"));
    if (missing) return missing;
    throw problem;
  }
}
