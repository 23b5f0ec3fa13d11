#!/usr/bin/env node
import { CliCommand } from "./command";
import { verifyCommand } from "./verify";

/** The `dualcloud` subcommands by name. */
export const COMMANDS: Readonly<Record<string, CliCommand>> = {
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

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      console.error(`dualcloud: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 1;
    },
  );
}
