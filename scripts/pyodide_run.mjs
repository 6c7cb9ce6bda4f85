// Runs calculator cases in real Pyodide under Node, loading the calculators wheel exactly as the
// browser does: through the site's own pyodide-lock.json (packageBaseUrl set, so nothing is
// fetched from a CDN).
// Usage: node scripts/pyodide_run.mjs <site dir> <cases.json>   (cases: [[calculator_id, payload], ...])
// Prints a JSON list of run() answers.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [siteDir, casesFile] = process.argv.slice(2);
const pyodideRoot = path.join(siteDir, "assets", "pyodide");
const version = JSON.parse(readFileSync("pyodide-files.json", "utf8")).version;
const pyodideDir = path.join(pyodideRoot, version) + path.sep;
const pyRoot = path.join(siteDir, "assets", "py");
const { readdirSync } = await import("node:fs");
const [hash] = readdirSync(pyRoot);
const runtimeDir = path.join(pyRoot, hash) + path.sep;

const { loadPyodide } = await import(pathToFileURL(path.join(pyodideDir, "pyodide.mjs")).href);
const pyodide = await loadPyodide({
  indexURL: pyodideDir,
  lockFileURL: path.join(runtimeDir, "pyodide-lock.json"),
  packageBaseUrl: runtimeDir,
  packages: ["calculators"],
  stdout: () => {},
  stderr: (line) => process.stderr.write(line + "\n"),
});
pyodide.runPython(
  "import json\nimport calculators\n" +
    "def _run_json(calculator_id, values):\n" +
    "    return json.dumps(calculators.run(str(calculator_id), dict(values.to_py())), ensure_ascii=False)\n",
);
const runJson = pyodide.globals.get("_run_json");
const cases = JSON.parse(readFileSync(casesFile, "utf8"));
const answers = cases.map(([calculator, payload]) => JSON.parse(runJson(calculator, payload)));
process.stdout.write(JSON.stringify({ python: pyodide.runPython("import sys; sys.version"), answers }));
