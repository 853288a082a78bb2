// The bounce-doctor command. Node-only shell around the pure core; the work is in cli/main.ts.
import { run } from './cli/main.js';

// A reader that stops early (`| head`) closes the pipe: that is a normal end, not a crash.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`bounce-doctor: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
