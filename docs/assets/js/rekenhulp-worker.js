// Module Web Worker: boots the self-hosted Pyodide once per visit and runs calculators.run().
// Messages are data: {type: "init", pyodide, runtime} and {type: "run", id, calculator, values};
// the visitor's input never becomes Python source text.
let ready = null;
let runJson = null;

async function boot({ pyodide, runtime }) {
  const { loadPyodide } = await import(new URL("pyodide.mjs", pyodide).href);
  const py = await loadPyodide({
    indexURL: pyodide,
    lockFileURL: new URL("pyodide-lock.json", runtime).href,
    packageBaseUrl: runtime,
    packages: ["calculators"],
  });
  py.runPython(
    "import json\n" +
      "import calculators\n" +
      "def _run_json(calculator_id, values):\n" +
      "    payload = {str(k): str(v) for k, v in values.to_py().items()}\n" +
      "    return json.dumps(calculators.run(str(calculator_id), payload), ensure_ascii=False)\n",
  );
  runJson = py.globals.get("_run_json");
}

self.addEventListener("message", async (event) => {
  const message = event.data || {};
  if (message.type === "init") {
    if (!ready) {
      ready = boot(message);
      ready.then(
        () => self.postMessage({ type: "ready" }),
        (error) => self.postMessage({ type: "failed", message: String(error) }),
      );
    }
    return;
  }
  if (message.type === "run") {
    try {
      await ready;
      const answer = JSON.parse(runJson(message.calculator, message.values));
      self.postMessage({ type: "result", id: message.id, answer });
    } catch (error) {
      self.postMessage({ type: "failed", id: message.id, message: String(error) });
    }
  }
});
