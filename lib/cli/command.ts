/** One subcommand of the `dualcloud` CLI. */
export interface CliCommand {
  /** One line for `dualcloud --help`. */
  readonly summary: string;
  /** Runs the command with the arguments after its name; resolves to the exit status. */
  run(args: readonly string[]): Promise<number>;
}
