// Runs calculator cases in real Pyodide under Node through the browser's own boot module
// (docs/assets/js/lib/boot.js) and entry point (calculators.run_json): the same wheel, lock file and
// glue the site ships.
// Usage: node scripts/pyodide_run.mjs <site dir> <cases.json>
//   cases: [[calculator_id, payload], ...]; a third element "compare" or "quote" asks
//   calculators.compare_json or calculators.quote_json instead
// Prints {"python": version, "answers": [the answers, parsed]}.
import { readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { bootCalculators } from "../docs/assets/js/lib/boot.js";

const [siteDir, casesFile] = process.argv.slice(2);
const version = JSON.parse(readFileSync("pyodide-files.json", "utf8")).version;
const pyodideDir = path.resolve(siteDir, "assets", "pyodide", version) + path.sep;
const pyRoot = path.resolve(siteDir, "assets", "py");
const [key] = readdirSync(pyRoot);
const runtimeDir = path.join(pyRoot, key) + path.sep;

const entries = await bootCalculators({
  pyodideUrl: pathToFileURL(pyodideDir).href,
  runtimeUrl: pathToFileURL(runtimeDir).href,
  // Pyodide under Node reads its files by path, not by file: URL; so does boot.js here.
  options: {
    indexURL: pyodideDir,
    packageBaseUrl: runtimeDir,
    stdout: () => {},
    stderr: (line) => process.stderr.write(line + "\n"),
  },
  readBytes: async (url) => new Uint8Array(await readFile(fileURLToPath(url))),
});
const cases = JSON.parse(readFileSync(casesFile, "utf8"));
const answers = cases.map(([calculator, payload, type = "run"]) =>
  JSON.parse(entries[type](calculator, JSON.stringify(payload))));
process.stdout.write(JSON.stringify({ python: entries.pyodide.runPython("import sys; sys.version"), answers }));
