// The floor: a plain node process that loads only cdktf and the provider
// modules the example app uses, then writes the same JSON the synth wrote.
// Usage: node bench/floor.js <captured stacks dir> <out dir>
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const [, , capturedDir, outDir] = process.argv;
const stacks = fs.readdirSync(capturedDir);
const json = stacks.map((s) => [s, fs.readFileSync(path.join(capturedDir, s, "cdk.tf.json"), "utf8")]);

require("cdktf");
for (const mod of require(path.join(capturedDir, "..", "modules.json"))) require(mod);

for (const [name, text] of json) {
  fs.mkdirSync(path.join(outDir, "stacks", name), { recursive: true });
  fs.writeFileSync(path.join(outDir, "stacks", name, "cdk.tf.json"), JSON.stringify(JSON.parse(text), null, 2));
}
