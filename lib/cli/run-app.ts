import { bundleApp } from "./app-bundle";

/**
 * Runs a cdktf app in this process through its cached esbuild bundle
 * ({@link bundleApp}). Whatever the app throws propagates, typed: the CLI
 * prints a DualCloudValidationError without a stack trace.
 */
export function runApp(entry: string): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(bundleApp(entry).file);
}
