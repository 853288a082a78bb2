// The bounce-doctor command. Node-only shell around the pure core; the work is in cli/main.ts. The
// launcher (launcher/cli.cjs) calls main(); the build's code-cache step drives run() directly.
import { run } from './cli/main.js';
import { processIo } from './cli/stdio.js';

export { run };

export function main(): void {
  const io = processIo();
  run(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      io.stderr.write(`bounce-doctor: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
