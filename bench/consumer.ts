import { execFileSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** Packages a consumer project installs next to dualcloud (README "Use it in your own cdktf app"). */
const CONSUMER_PACKAGES = ["cdktf", "constructs", "@cdktf/provider-aws", "@cdktf/provider-azurerm", "cdktf-cli", "typescript", "@types/node"];

/**
 * A consumer project set up as the README says, without the network: a copy
 * of examples/consumer-app whose node_modules holds the packed dualcloud
 * tarball (extracted, as npm installs it, with its dependencies and bin) and
 * links to this repository's copies of the peer and dev dependencies.
 * Returns the project directory.
 */
export function setUpConsumer(root: string, work: string): string {
  const consumer = join(work, "consumer");
  cpSync(join(root, "examples", "consumer-app"), consumer, { recursive: true, filter: (src) => !/(node_modules|cdktf\.out|\.cdktf-app)$/.test(src) });
  const modules = join(consumer, "node_modules");
  const pack = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", work], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).replace(/^[^[]*/, "")) as { filename: string }[];
  const installed = join(modules, "dualcloud");
  mkdirSync(installed, { recursive: true });
  execFileSync("tar", ["-xzf", join(work, pack[0].filename), "-C", installed, "--strip-components=1"]);
  const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as { dependencies: Record<string, string>; bin: Record<string, string> };
  for (const name of [...CONSUMER_PACKAGES, ...Object.keys(manifest.dependencies)]) {
    mkdirSync(dirname(join(modules, name)), { recursive: true });
    symlinkSync(join(root, "node_modules", name), join(modules, name));
  }
  mkdirSync(join(modules, ".bin"));
  for (const [bin, target] of Object.entries(manifest.bin)) {
    chmodSync(join(installed, target), 0o755);
    symlinkSync(join("..", "dualcloud", target), join(modules, ".bin", bin));
  }
  symlinkSync(join(root, "node_modules", ".bin", "cdktf"), join(modules, ".bin", "cdktf"));
  writeFileSync(join(consumer, ".gitignore"), "node_modules/\ncdktf.out/\n.cdktf-app/\n");
  return consumer;
}
