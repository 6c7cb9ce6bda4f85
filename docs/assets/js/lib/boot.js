// Boots the self-hosted Pyodide with the calculators wheel, exactly one way for every runtime: the
// browser's Web Worker and the Node parity test both import this module. The site's own
// pyodide-lock.json names the wheel and its sha256 (packageBaseUrl set too, so Pyodide never falls back
// to a CDN).
// Returns run(calculatorId, payloadJson) -> answerJson, compare(calculatorId, scenariosJson) ->
// comparisonJson, quote(calculatorId, payloadJson) -> {quote, csv_filename}, csv(calculatorId,
// payloadJson) -> {csv, filename} and charts(calculatorId, payloadJson) -> {charts} as JSON: JSON text
// both ways, no Python object leaks out.
// `options` go to loadPyodide as they are (Node passes paths and its own output handlers);
// `readBytes(url)` reads a file of the site (fetch in the browser; Node passes its own).
//
// The wheel is fetched while Pyodide starts, checked against its sha256 and unpacked straight into
// site-packages: Pyodide's loadPackage would first import tarfile, sysconfig and importlib.metadata,
// 230-300 ms in Pyodide under Node on the benchmark machine, which a calculator does not need. Only the package itself is imported at
// start; each calculator's module follows when it is first used (calculators.REGISTRY).
export async function bootCalculators({ pyodideUrl, runtimeUrl, options = {}, readBytes = fetchBytes }) {
  const lockUrl = new URL("pyodide-lock.json", runtimeUrl).href;
  const lockText = readBytes(lockUrl).then((bytes) => new TextDecoder().decode(bytes));
  const wheel = lockText.then(async (text) => {
    const entry = JSON.parse(text).packages.calculators;
    const bytes = await readBytes(new URL(entry.file_name, runtimeUrl).href);
    await checkSha256(bytes, entry.sha256, entry.file_name);
    return bytes;
  });
  wheel.catch(() => {}); // reported below, after Pyodide itself has started (or failed)
  const { loadPyodide } = await import(new URL("pyodide.mjs", pyodideUrl).href);
  const pyodide = await loadPyodide({
    indexURL: pyodideUrl,
    lockFileContents: lockText,
    packageBaseUrl: runtimeUrl,
    ...options,
  });
  const sitePackages = pyodide.runPython("import sys; next(p for p in sys.path if p.endswith('site-packages'))");
  pyodide.unpackArchive(await wheel, "zip", { extractDir: sitePackages });
  const calculators = pyodide.pyimport("calculators");
  const {
    run_json: runJson, compare_json: compareJson, quote_json: quoteJson, csv_json: csvJson, charts_json: chartsJson,
  } = calculators;
  return {
    pyodide,
    run: (calculatorId, payloadJson) => runJson(calculatorId, payloadJson),
    compare: (calculatorId, scenariosJson) => compareJson(calculatorId, scenariosJson),
    quote: (calculatorId, payloadJson) => quoteJson(calculatorId, payloadJson),
    csv: (calculatorId, payloadJson) => csvJson(calculatorId, payloadJson),
    charts: (calculatorId, payloadJson) => chartsJson(calculatorId, payloadJson),
  };
}

async function fetchBytes(url) {
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function checkSha256(bytes, expected, name) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  const hex = Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
  if (hex !== expected) throw new Error(`${name}: sha256 ${hex} instead of ${expected}`);
}
