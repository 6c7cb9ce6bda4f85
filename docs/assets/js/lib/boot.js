// Boots the self-hosted Pyodide with the calculators wheel, exactly one way for every runtime: the
// browser's Web Worker and the Node parity test both import this module. The wheel is loaded through
// the site's own pyodide-lock.json (packageBaseUrl set, so Pyodide never falls back to a CDN).
// Returns run(calculatorId, payloadJson) -> answerJson, compare(calculatorId, scenariosJson) ->
// comparisonJson, csv(calculatorId, payloadJson) -> {csv, filename} and charts(calculatorId,
// payloadJson) -> {charts} as JSON: JSON text both ways, no Python object leaks out.
// `options` go to loadPyodide as they are (Node passes paths and its own output handlers).
export async function bootCalculators({ pyodideUrl, runtimeUrl, options = {} }) {
  const { loadPyodide } = await import(new URL("pyodide.mjs", pyodideUrl).href);
  const pyodide = await loadPyodide({
    indexURL: pyodideUrl,
    lockFileURL: new URL("pyodide-lock.json", runtimeUrl).href,
    packageBaseUrl: runtimeUrl,
    packages: ["calculators"],
    ...options,
  });
  const calculators = pyodide.pyimport("calculators");
  const { run_json: runJson, compare_json: compareJson, csv_json: csvJson, charts_json: chartsJson } = calculators;
  return {
    pyodide,
    run: (calculatorId, payloadJson) => runJson(calculatorId, payloadJson),
    compare: (calculatorId, scenariosJson) => compareJson(calculatorId, scenariosJson),
    csv: (calculatorId, payloadJson) => csvJson(calculatorId, payloadJson),
    charts: (calculatorId, payloadJson) => chartsJson(calculatorId, payloadJson),
  };
}
