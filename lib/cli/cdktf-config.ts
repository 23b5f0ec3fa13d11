import { existsSync, readFileSync } from "fs";

/** The parts of a project's cdktf.json the CLI reads. */
export interface CdktfConfig {
  /** The command that runs the app, e.g. `node_modules/.bin/dualcloud run main.ts`. */
  readonly app?: string;
  /** Where cdktf writes the synthesized stacks. */
  readonly output?: string;
  /** Terraform modules; the relative ones are passed to the app as context, as cdktf does. */
  readonly terraformModules?: ReadonlyArray<string | { readonly source: string }>;
}

/** Reads cdktf.json in `dir`, or an empty config when there is none. */
export function readCdktfConfig(dir = "."): CdktfConfig {
  const path = `${dir}/cdktf.json`;
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as CdktfConfig) : {};
}

/**
 * The entry file when the app command runs it through dualcloud's runner
 * (`... dualcloud run <entry>` or `node scripts/dualcloud.cjs run <entry>`),
 * so it can run in this process; undefined for any other command.
 */
export function runnerEntry(appCommand: string): string | undefined {
  return /(?:^|[\s/])dualcloud(?:\.c?js)?\s+run\s+(\S+)\s*$/.exec(appCommand)?.[1];
}

/**
 * The file to run in this process for an app given as a bare entry
 * (`stacks/main.ts`) or as a command that runs one through dualcloud's runner;
 * undefined for any other shell command, which runs as a child process.
 */
export function inProcessEntry(app: string): string | undefined {
  return runnerEntry(app) ?? (/^\S+\.[cm]?[jt]s$/.test(app) ? app : undefined);
}

/** The relative Terraform modules of cdktf.json, as cdktf passes them to the app. */
export function relativeModules(config: CdktfConfig): ReadonlyArray<string | { readonly source: string }> {
  return (config.terraformModules ?? []).filter((m) => {
    const source = typeof m === "string" ? m : m.source;
    return source.startsWith("./") || source.startsWith("../");
  });
}
