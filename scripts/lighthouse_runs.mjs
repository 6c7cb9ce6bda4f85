// Lighthouse runs for `make benchmark` in one Node process: the jobs come as JSON on stdin
// ([{url, preset, categories}]), and each run's report is written to stdout as one line of JSON,
// keeping only the categories and the audits the benchmark reads. Each run gets a fresh Chromium
// with a fresh profile, as Lighthouse's own command line does; what one process saves is Node's
// start and Lighthouse's loading for every run, and the full-page screenshot (only the HTML
// report shows it; no score uses it). Left out as well: the back/forward cache check ("bf-cache", a
// diagnostic without weight), which leaves the page and comes back to it, about 1 s per run.
//
// Usage: node scripts/lighthouse_runs.mjs NODE_MODULES CHROMIUM "FLAGS" < jobs.json
import {readFileSync} from "node:fs";
import {pathToFileURL} from "node:url";

const [modules, chromePath, flags] = process.argv.slice(2);
const load = (path) => import(pathToFileURL(`${modules}/${path}`).href);
const {default: lighthouse, desktopConfig} = await load("lighthouse/core/index.js");
const chromeLauncher = await load("chrome-launcher/dist/index.js");
const AUDITS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time",
                "total-byte-weight", "network-requests", "mainthread-work-breakdown", "long-tasks"];

for (const job of JSON.parse(readFileSync(0, "utf8"))) {
  const chrome = await chromeLauncher.launch({chromePath, chromeFlags: flags.split(" ")});
  try {
    const result = await lighthouse(job.url, {
      port: chrome.port, output: "json", logLevel: "error", onlyCategories: job.categories,
      disableFullPageScreenshot: true, skipAudits: ["bf-cache"],
    }, job.preset === "desktop" ? desktopConfig : undefined);
    const {categories, audits, runtimeError} = result.lhr;
    if (runtimeError) throw new Error(`${job.url}: ${runtimeError.message}`);
    const kept = Object.fromEntries(AUDITS.map((id) => [id, audits[id]]));
    process.stdout.write(JSON.stringify({categories, audits: kept}) + "\n");
  } finally {
    chrome.kill();
  }
}
