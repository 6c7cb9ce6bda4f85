// Critical CSS for every page of a built site: every rule a page can use on screen goes inline in its
// <head>, so the full stylesheets are only needed for print (main.js loads them after the first paint,
// for print only: applied to the screen as well, they made the browser restyle the whole page once
// more). Called by `python -m scripts.first_paint`.
//
//     node scripts/critical.mjs SITE_DIR BASE_PATH
//
// Beasties (npm, pinned in package-lock.json) finds the rules by matching every selector against the
// page's own HTML, without a browser. Changes to its defaults: a stylesheet's address is read
// relative to the page (our pages link "../assets/..."), and the dark palette's rules always go inline,
// because the palette is chosen by a script after the HTML is read; and so do the rules for what our
// scripts add to a page later (a class or attribute named in assets/js: a search result, an error next
// to a field, the calculator's summary bar), which the HTML alone does not show. Left out of the inline
// copy: rules that cannot match (see withoutImpossibleRules), print rules and custom properties nothing
// reads. tests/browser/test_critical_css.py checks that the screen looks the same without the full
// stylesheets after each of those changes.
// Pages are split over worker threads.
import Beasties from "beasties";
import postcss from "postcss";
import { readFile, readdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";

const OPTIONS = {
  // The stylesheet links move to the end of <body>; scripts/first_paint.py then hands them to main.js,
  // which loads them after the first paint, and adds a <noscript> copy.
  preload: "body",
  pruneSource: false, // the stylesheets are shared by all pages
  reduceInlineStyles: false,
  compress: true,
  logLevel: "warn",
  // The dark palette (chosen by a script) and the search dialog's results (every page has the dialog;
  // the text inside a result: see searchedText).
  allowRules: [/data-md-color-scheme="?slate/, /\.md-search-result/],
};

class SiteBeasties extends Beasties {
  constructor(site, base, page, html, cache, scripted, searched) {
    const present = namesIn(html);
    // What our scripts bring later: the names they give that the page's HTML does not have yet, and the
    // names in the page's <template>s (whose copies they add; Beasties does not look inside a template).
    // (A data-* or aria-* attribute, hidden, open and disabled count even when the HTML has them: they
    // are states that change.)
    const given = [...scripted].filter((name) => /^(?:data-|aria-|hidden$|open$|disabled$)/.test(name)
      || (!present.classes.has(name) && !present.attributes.has(name)));
    const later = [...new Set([...given, ...present.templated])];
    const allowRules = [...OPTIONS.allowRules, searched, naming(later)];
    super({ ...OPTIONS, path: site, allowRules });
    for (const name of later) present.classes.add(name);
    Object.assign(this, { site, base, page, cache, present });
    // The page's stylesheets are pruned together: one declares custom properties another one reads.
    const files = Array.from(html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g), ([, href]) => this.fileOf(href));
    this.sheets = Promise.all(files.filter(Boolean).map(async (file) => {
      if (!this.cache.has(file)) this.cache.set(file, readFile(file, "utf8").then((css) => postcss.parse(css)));
      return [file, withoutImpossibleRules(await this.cache.get(file), this.present, allowRules)];
    })).then((pairs) => {
      withoutUnusedProperties(pairs.map(([, sheet]) => sheet), this.present.properties);
      return new Map(pairs.map(([file, sheet]) => [file, sheet.toString()]));
    });
  }

  // Beasties leaves the inside of a <template> out when it matches selectors; under another name the
  // copies our scripts make from it are matched too (in the template's place), and the name returns.
  async process(html) {
    const out = await super.process(html.replace(/<(\/?)template\b/g, "<$1x-beasties-template"));
    return out.replace(/<(\/?)x-beasties-template\b/g, "<$1template");
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

// The classes, ids and attribute names that occur in a page, and the class and attribute names inside
// its templates (a superset: it reads the HTML, templates included).
function namesIn(html) {
  const classes = new Set();
  const ids = new Set();
  for (const [, value] of html.matchAll(/\sclass="([^"]*)"/g)) for (const name of value.split(/\s+/)) classes.add(name);
  for (const [, value] of html.matchAll(/\sid="([^"]*)"/g)) ids.add(value);
  const tags = new Set(Array.from(html.matchAll(/<([a-zA-Z][\w-]*)/g), ([, name]) => name.toLowerCase()));
  const attributes = new Set();
  for (const [tag] of html.matchAll(/<[a-z][\w-]*\s[^>]*>/g)) {
    for (const [, name] of tag.matchAll(/\s([a-z][\w-]*)(?==|\s|\/?>)/g)) attributes.add(name);
  }
  const templated = new Set();
  for (const [, inner] of html.matchAll(/<template\b[^>]*>([\s\S]*?)<\/template>/g)) {
    for (const [, value] of inner.matchAll(/\sclass="([^"]*)"/g)) for (const name of value.split(/\s+/)) templated.add(name);
    for (const [tag] of inner.matchAll(/<[a-z][\w-]*\s[^>]*>/g)) {
      for (const [, name] of tag.matchAll(/\s([a-z][\w-]*)(?==|\s|\/?>)/g)) if (name !== "class") templated.add(name);
    }
  }
  const properties = new Set(Array.from(html.matchAll(/var\(\s*(--[\w-]+)/g), ([, name]) => name));
  return { classes, ids, tags, attributes, templated, properties };
}

// The class and attribute names our scripts (assets/js, without Pyodide's) give to elements, as far as
// a stylesheet uses them: a string that is only names ("md-search-result__item", "data-stale"; not a
// selector such as ".md-nav__link"), a dataset property that is set, and the hidden, open and disabled
// properties.
export async function scriptedNames(site, css) {
  const scripts = (await readdir(path.join(site, "assets", "js"), { recursive: true })).filter((name) => name.endsWith(".js"));
  const given = new Set();
  for (const name of scripts) {
    const code = (await readFile(path.join(site, "assets", "js", name), "utf8"))
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/(^|\s)\/\/.*$/gm, "$1");
    for (const [, , text] of code.matchAll(/(["'`])((?:\\.|(?!\1)[^\\\n])*)\1/g)) {
      if (/^[\w-]+(?: [\w-]+)*$/.test(text)) for (const word of text.split(" ")) given.add(word);
    }
    for (const [, key] of code.matchAll(/\.dataset\.(\w+)\s*=(?!=)/g)) given.add(`data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
    for (const [, key] of code.matchAll(/\.(hidden|open|disabled)\s*=(?!=)/g)) given.add(key);
  }
  const names = new Set();
  for (const text of css) {
    for (const [, name] of text.matchAll(/[.[](-?[_a-zA-Z][\w-]*)/g)) if (given.has(name)) names.add(name);
  }
  return names;
}

// A search result shows a page's title (h1, h2) and text with the found words marked (mark), as
// lib/search-render.js puts them in an .md-typeset article: the rules for .md-typeset and the elements
// the search index's texts use go inline on every page.
export async function searchedText(site) {
  const tags = new Set(["h1", "h2", "mark"]);
  const index = JSON.parse(await readFile(path.join(site, "search", "search_index.json"), "utf8"));
  for (const doc of index.docs) for (const [, tag] of doc.text.matchAll(/<([a-z][a-z0-9]*)[\s>]/g)) tags.add(tag);
  const names = [...tags].sort().join("|");
  return new RegExp(`^(?:\\[dir=(?:ltr|rtl)\\]\\s+)?\\.md-typeset(?:\\s*[ >+~]\\s*(?:${names})(?![\\w-])(?:\\[[^\\]]*\\]|::?[\\w-]+(?:\\([^)]*\\))?)*)+$`);
}

// A pattern for selectors that name one of these classes or attributes.
function naming(names) {
  if (names.length === 0) return /$^/;
  const alternatives = names.sort().map((name) => name.replace(/-/g, "\\-")).join("|");
  return new RegExp(`[.[](?:${alternatives})(?![\\w-])`);
}

// Beasties tries every selector on the page, walking the whole page for each one that does not match,
// which made this step take seconds. A selector that names a class, id or element the page does not
// have cannot match; those go first, cheaply (names inside :not(), :is(), :where() and :has() are not
// required). An element's name only counts when no allowRules pattern keeps the selector anyway (the
// search results' text, for one, is matched by pattern).
function withoutImpossibleRules(sheet, { classes, ids, tags }, allowRules) {
  const copy = sheet.clone();
  copy.walkRules((rule) => {
    if (rule.parent?.type === "atrule" && /keyframes$/.test(rule.parent.name)) return;
    const possible = rule.selectors.filter((selector) => {
      const required = selector.replace(/:(?:not|is|where|has|matches)\((?:[^()]|\([^()]*\))*\)/g, "");
      for (const [, name] of required.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) if (!classes.has(name)) return false;
      for (const [, name] of required.matchAll(/#(-?[_a-zA-Z][\w-]*)/g)) if (!ids.has(name)) return false;
      if (allowRules.some((pattern) => pattern.test(selector))) return true;
      const compounds = required.replace(/\[[^\]]*\]/g, "").replace(/\([^()]*\)/g, "");
      for (const [, name] of compounds.matchAll(/(?:^|[\s>+~])([a-zA-Z][\w-]*)/g)) if (!tags.has(name.toLowerCase())) return false;
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
  const sheets = (await readdir(path.join(site, "assets"), { recursive: true })).filter((name) => name.endsWith(".css"));
  const scripted = await scriptedNames(site, await Promise.all(sheets.map((name) => readFile(path.join(site, "assets", name), "utf8"))));
  const searched = await searchedText(site);
  for (const page of pages) {
    const file = path.join(site, page);
    const html = await readFile(file, "utf8");
    await writeFile(file, await new SiteBeasties(site, base, file, html, cache, scripted, searched).process(html));
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

if (!isMainThread) {
  parentPort.postMessage(await processPages(workerData.site, workerData.base, workerData.pages));
} else if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await main(); // run as a command (not when imported)
}
