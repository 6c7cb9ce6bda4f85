// Critical CSS for every page of a built site: the rules a page uses go inline in its <head>, and the
// full stylesheets load after the first paint. Called by `python -m scripts.first_paint`.
//
//     node scripts/critical.mjs SITE_DIR BASE_PATH
//
// Beasties (npm, pinned in package-lock.json) finds the rules by matching every selector against the
// page's own HTML, without a browser. Two changes to its defaults: a stylesheet's address is read
// relative to the page (our pages link "../assets/..."), and the dark palette's rules always go inline,
// because the palette is chosen by a script after the HTML is read. Left out of the inline copy: rules
// that cannot match (see withoutImpossibleRules), print rules and custom properties nothing reads.
// Pages are split over worker threads.
import Beasties from "beasties";
import postcss from "postcss";
import { readFile, readdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";

const OPTIONS = {
  // The stylesheet links move to the end of <body>; scripts/first_paint.py then hands them to main.js,
  // which loads them after the first paint, and adds a <noscript> copy.
  preload: "body",
  pruneSource: false, // the stylesheets are shared by all pages
  reduceInlineStyles: false,
  compress: true,
  logLevel: "warn",
  allowRules: [/data-md-color-scheme="?slate/],
};

class SiteBeasties extends Beasties {
  constructor(site, base, page, html, cache) {
    super({ ...OPTIONS, path: site });
    Object.assign(this, { site, base, page, cache, present: namesIn(html) });
    // The page's stylesheets are pruned together: one declares custom properties another one reads.
    const files = Array.from(html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g), ([, href]) => this.fileOf(href));
    this.sheets = Promise.all(files.filter(Boolean).map(async (file) => {
      if (!this.cache.has(file)) this.cache.set(file, readFile(file, "utf8").then((css) => postcss.parse(css)));
      return [file, withoutImpossibleRules(await this.cache.get(file), this.present)];
    })).then((pairs) => {
      withoutUnusedProperties(pairs.map(([, sheet]) => sheet), this.present.properties);
      return new Map(pairs.map(([file, sheet]) => [file, sheet.toString()]));
    });
  }

  fileOf(href) {
    const clean = href.split(/[?#]/)[0];
    const file = clean.startsWith(this.base)
      ? path.join(this.site, clean.slice(this.base.length))
      : path.resolve(path.dirname(this.page), clean);
    return file.startsWith(this.site + path.sep) ? file : undefined;
  }

  async getCssAsset(href) {
    const file = this.fileOf(href);
    return file && (await this.sheets).get(file);
  }
}

// The classes and ids that occur in a page (a superset: it reads the HTML, templates included).
function namesIn(html) {
  const classes = new Set();
  const ids = new Set();
  for (const [, value] of html.matchAll(/\sclass="([^"]*)"/g)) for (const name of value.split(/\s+/)) classes.add(name);
  for (const [, value] of html.matchAll(/\sid="([^"]*)"/g)) ids.add(value);
  const properties = new Set(Array.from(html.matchAll(/var\(\s*(--[\w-]+)/g), ([, name]) => name));
  return { classes, ids, properties };
}

// Beasties tries every selector on the page, walking the whole page for each one that does not match,
// which made this step take seconds. A selector that names a class or id the page does not have cannot
// match; those go first, cheaply (names inside :not(), :is(), :where() and :has() are not required).
function withoutImpossibleRules(sheet, { classes, ids }) {
  const copy = sheet.clone();
  copy.walkRules((rule) => {
    if (rule.parent?.type === "atrule" && /keyframes$/.test(rule.parent.name)) return;
    const possible = rule.selectors.filter((selector) => {
      const required = selector.replace(/:(?:not|is|where|has|matches)\((?:[^()]|\([^()]*\))*\)/g, "");
      for (const [, name] of required.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) if (!classes.has(name)) return false;
      for (const [, name] of required.matchAll(/#(-?[_a-zA-Z][\w-]*)/g)) if (!ids.has(name)) return false;
      return true;
    });
    if (possible.length === 0) rule.remove();
    else if (possible.length < rule.selectors.length) rule.selectors = possible;
  });
  // Print rules wait for the stylesheets themselves (loaded after the first paint).
  copy.walkAtRules("media", (rule) => {
    if (/^print$/i.test(rule.params.trim())) rule.remove();
  });
  return copy;
}

// Material declares many custom properties for parts a page may not have (icons as data: URLs for the
// version selector, the repository link, Mermaid, ...): a declaration that no remaining rule of the
// page's stylesheets (and no style attribute of the page, `usedByPage`) reads through var() goes, until
// none is left.
function withoutUnusedProperties(sheets, usedByPage) {
  for (;;) {
    const used = new Set(usedByPage);
    for (const sheet of sheets) {
      sheet.walkDecls((decl) => {
        for (const [, name] of decl.value.matchAll(/var\(\s*(--[\w-]+)/g)) used.add(name);
      });
    }
    let removed = 0;
    for (const sheet of sheets) {
      sheet.walkDecls(/^--/, (decl) => {
        if (!used.has(decl.prop)) {
          decl.remove();
          removed += 1;
        }
      });
      sheet.walkRules((rule) => {
        if (rule.nodes.length === 0) rule.remove();
      });
    }
    if (removed === 0) return;
  }
}

async function processPages(site, base, pages) {
  const cache = new Map();
  for (const page of pages) {
    const file = path.join(site, page);
    const html = await readFile(file, "utf8");
    await writeFile(file, await new SiteBeasties(site, base, file, html, cache).process(html));
  }
  return pages.length;
}

async function main() {
  const [siteArg, base = "/"] = process.argv.slice(2);
  if (!siteArg) {
    console.error("Gebruik: node scripts/critical.mjs SITE_DIR BASE_PATH");
    process.exit(2);
  }
  const site = path.resolve(siteArg);
  const pages = (await readdir(site, { recursive: true }))
    .filter((name) => name.endsWith(".html") && !name.split(path.sep).includes("assets"))
    .sort();
  const threads = Math.max(1, Math.min(os.availableParallelism(), 4));
  const shares = Array.from({ length: threads }, (_, index) => pages.filter((_, i) => i % threads === index));
  const counts = await Promise.all(shares.map((share) => new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { site, base, pages: share } });
    worker.once("message", resolve);
    worker.once("error", reject);
  })));
  console.log(JSON.stringify({ pages: counts.reduce((a, b) => a + b, 0), threads }));
}

if (isMainThread) {
  await main();
} else {
  parentPort.postMessage(await processPages(workerData.site, workerData.base, workerData.pages));
}
