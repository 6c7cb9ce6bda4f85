// Module Web Worker: boots Pyodide once per visit and answers calculations. Messages are data:
// {type: "init", pyodideUrl, runtimeUrl, calculator}, {type: "run", id, calculator, payload (JSON text)},
// {type: "compare", id, calculator, payload (JSON text: the scenarios)}, {type: "quote", ...},
// {type: "csv", ...} and {type: "charts", ...}.
// The visitor's input never becomes Python source text.
import { bootCalculators } from "./lib/boot.js";

// V8 first runs Pyodide's WebAssembly from a quick baseline compilation and optimises a function only
// once it has run a while: until then a calculation takes about twice as long. After the boot the
// worker warms up with the page's own calculator (its defaults), one calculation per task, so that a
// visitor's message waits for at most one of them.
const WARM_UP_RUNS = 30;

let booted = null;

function warmUp(calculators, calculator, left = WARM_UP_RUNS) {
  if (left <= 0) return;
  setTimeout(() => {
    try {
      calculators.run(calculator, "{}");
      calculators.quote(calculator, "{}");
    } catch {
      return; // Python failed: the warm-up stops, and the visitor's own calculation will report it
    }
    warmUp(calculators, calculator, left - 1);
  }, 0);
}

self.addEventListener("message", async ({ data: message = {} }) => {
  if (message.type === "init") {
    booted ??= bootCalculators(message);
    booted.then(
      (calculators) => {
        self.postMessage({ type: "ready" });
        if (message.calculator) warmUp(calculators, message.calculator);
      },
      (error) => self.postMessage({ type: "boot-failed", message: String(error) }),
    );
  } else if (["run", "compare", "quote", "csv", "charts"].includes(message.type)) {
    try {
      const calculators = await booted;
      const answer = calculators[message.type](message.calculator, message.payload);
      self.postMessage({ type: "answer", id: message.id, answer });
    } catch (error) {
      self.postMessage({ type: "run-failed", id: message.id, message: String(error) });
    }
  }
});
