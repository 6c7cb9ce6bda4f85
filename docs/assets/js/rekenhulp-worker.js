// Module Web Worker: boots Pyodide once per visit and answers calculations. Messages are data:
// {type: "init", pyodideUrl, runtimeUrl}, {type: "run", id, calculator, payload (JSON text)} and
// {type: "compare", id, calculator, payload (JSON text: the scenarios)}, {type: "csv", ...} and
// {type: "charts", ...}.
// The visitor's input never becomes Python source text.
import { bootCalculators } from "./lib/boot.js";

let booted = null;

self.addEventListener("message", async ({ data: message = {} }) => {
  if (message.type === "init") {
    booted ??= bootCalculators(message);
    booted.then(
      () => self.postMessage({ type: "ready" }),
      (error) => self.postMessage({ type: "boot-failed", message: String(error) }),
    );
  } else if (["run", "compare", "csv", "charts"].includes(message.type)) {
    try {
      const calculators = await booted;
      const answer = calculators[message.type](message.calculator, message.payload);
      self.postMessage({ type: "answer", id: message.id, answer });
    } catch (error) {
      self.postMessage({ type: "run-failed", id: message.id, message: String(error) });
    }
  }
});
