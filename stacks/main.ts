import { App } from "cdktf";
import { relative } from "path";
import { renderSynthSummary } from "../lib";
import { writeTopologyDiagrams } from "../lib/diagram/write-topology";
import { addExampleService } from "./example-service";

/**
 * The example app. `npx cdktf synth` (or `npm run synth`) runs this file (see
 * cdktf.json); no cloud credentials are needed. After synthesizing it prints a
 * summary and writes a Mermaid topology diagram next to the stacks.
 */
const app = new App();
addExampleService(app);
app.synth();

const diagrams = writeTopologyDiagrams(app, app.outdir);
console.log([renderSynthSummary(app), ...diagrams.map((path) => `topology diagram: ${relative(process.cwd(), path)}`)].join("\n"));
