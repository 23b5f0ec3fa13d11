import { App } from "cdktf";
import { relative } from "path";
import { printSynthSummary } from "../lib";
import { writeTopologyDiagrams } from "../lib/diagram/write-topology";
import { addExampleService } from "./example-service";

/**
 * The example app. `npx cdktf synth` (or `npm run synth`) runs this file (see
 * cdktf.json); no cloud credentials are needed. After synthesizing it writes a
 * Mermaid topology diagram next to the stacks and prints a summary (not under
 * `cdktf list`).
 */
const app = new App();
addExampleService(app);
app.synth();

const diagrams = writeTopologyDiagrams(app, app.outdir);
printSynthSummary(app, { extraLines: diagrams.map((path) => `topology diagram: ${relative(process.cwd(), path)}`) });
