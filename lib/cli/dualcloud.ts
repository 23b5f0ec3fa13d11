#!/usr/bin/env node
import { CliCommand } from "./command";
import { runCommand } from "./run-command";
import { synthCommand } from "./synth-command";
import { reportAppError } from "./validation-report";
import { verifyCommand } from "./verify";

/** The `dualcloud` subcommands by name. */
export const COMMANDS: Readonly<Record<string, CliCommand>> = {
  run: runCommand,
  synth: synthCommand,
  verify: verifyCommand,
};

/** Runs `dualcloud <command> [args]`; resolves to the exit status. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    const list = Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(10)} ${c.summary}`);
    const help = ["usage: dualcloud <command> [options]", "", "commands:", ...list, "", "dualcloud <command> --help shows a command's options."].join("\n");
    if (name === undefined || name === "--help" || name === "-h" || name === "help") {
      console.log(help);
      return name === undefined ? 2 : 0;
    }
    console.error(`dualcloud: unknown command ${JSON.stringify(name)}; allowed: ${Object.keys(COMMANDS).join(", ")}\n\n${help}`);
    return 2;
  }
  return command.run(args);
}

/**
 * Runs the CLI as the process: sets the exit code and prints any error, a
 * DualCloudValidationError without a stack trace.
 */
export function runCli(argv: readonly string[]): void {
  main(argv).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      reportAppError(error);
      process.exitCode = 1;
    },
  );
}

// For scripts/dualcloud.cjs, which runs this CLI from source and keeps its bundle fresh.
export { bundleApp } from "./app-bundle";

if (require.main === module) runCli(process.argv.slice(2));
