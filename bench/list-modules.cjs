// Preloaded into the example app by bench/run.ts: on exit, writes the provider
// modules the app loaded to $DUALCLOUD_MODULES_OUT (the floor loads the same).
"use strict";
process.on("exit", () => {
  const mods = Object.keys(require.cache)
    .map((f) => /node_modules\/(@cdktf\/provider-[a-z0-9]+\/lib\/[^/]+)\/index\.js$/.exec(f))
    .filter(Boolean)
    .map((m) => m[1]);
  require("node:fs").writeFileSync(process.env.DUALCLOUD_MODULES_OUT, JSON.stringify([...new Set(mods)].sort(), null, 2));
});
