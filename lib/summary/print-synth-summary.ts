import { IConstruct } from "constructs";
import { cdktfCommand } from "./cdktf-command";
import { renderSynthSummary, SynthSummaryOptions } from "./synth-summary";

/** Options for {@link printSynthSummary}. */
export interface PrintSynthSummaryOptions extends SynthSummaryOptions {
  /**
   * Lines printed after the summary, e.g. where a diagram was written.
   * @default - none
   */
  readonly extraLines?: readonly string[];
}

const printed = new WeakSet<IConstruct>();

/**
 * Prints the synth summary of every service under `root` (normally the App)
 * to stdout, once per app, after `app.synth()`. It prints nothing when the
 * app runs under `cdktf list`, which only needs the stack names.
 *
 * @example
 * app.synth();
 * printSynthSummary(app);
 */
export function printSynthSummary(root: IConstruct, options: PrintSynthSummaryOptions = {}): void {
  if (printed.has(root) || cdktfCommand() === "list") return;
  printed.add(root);
  const text = [renderSynthSummary(root, options), ...(options.extraLines ?? [])].filter((part) => part !== "").join("\n");
  if (text !== "") process.stdout.write(`${text}\n`);
}
