// The command's stdout and stderr. Node builds process.stdout and process.stderr on first touch, and for
// a pipe that loads its socket machinery: about 10 ms of a one-file run here, a third of what the
// command itself costs. So output to a pipe or a file is written to the descriptor directly, and node's
// streams are only built for terminals (where they also get Unicode right on Windows consoles), for
// anything else, or when a direct write cannot go on.
import { fstatSync, writeSync } from 'node:fs';
import type { CliIo } from './main.js';

type Stream = NodeJS.WriteStream;

/** A reader that stops early (`| head`) closes the pipe: that is a normal end, not a crash. */
function quitOnClosedPipe(stream: Stream): Stream {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  return stream;
}

function isPipeOrFile(fd: number): boolean {
  try {
    const s = fstatSync(fd);
    return s.isFIFO() || s.isFile() || s.isSocket();
  } catch {
    return false;
  }
}

/** Writes to `fd` synchronously while it takes the bytes; hands over to node's stream once it cannot. */
export function fdWriter(fd: 1 | 2, stream: () => Stream): { write(s: string): boolean } {
  let direct: boolean | null = null;
  let fallback: Stream | null = null;
  const toStream = () => (fallback ??= quitOnClosedPipe(stream()));
  return {
    write(s: string): boolean {
      direct ??= isPipeOrFile(fd);
      if (!direct || fallback) return toStream().write(s);
      const bytes = Buffer.from(s, 'utf8');
      let done = 0;
      try {
        while (done < bytes.length) done += writeSync(fd, bytes, done);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') process.exit(process.exitCode ?? 0);
        // EAGAIN: a non-blocking descriptor that is full. Node's stream waits for it; the rest, and
        // everything after, goes through it so the order holds.
        if (code !== 'EAGAIN') throw e;
        return toStream().write(bytes.subarray(done));
      }
      return true;
    },
  };
}

/** The real process's streams, built lazily. */
export function processIo(): CliIo {
  const stderr = fdWriter(2, () => process.stderr);
  return {
    stdout: fdWriter(1, () => process.stdout),
    stderr: {
      write: (s: string) => stderr.write(s),
      // Read only when many inputs might get a progress line.
      get isTTY() {
        return process.stderr.isTTY === true;
      },
    },
    env: process.env,
  };
}
