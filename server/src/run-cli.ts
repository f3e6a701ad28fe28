import { ConfigError } from './config.js';

// Runs a command-line entry point: its resolved number is the exit code; an unexpected error is
// printed as one line and exits 2 (1 is kept for "your input was refused"). A bad configuration
// (ConfigError names every bad variable) is printed as it is.
export function runCli(main: (argv: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(e instanceof ConfigError ? e.message : e instanceof Error ? `${e.name}: ${e.message}` : e);
      process.exitCode = 2;
    },
  );
}
