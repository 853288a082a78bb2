// The built command as a user runs it: a fresh build of shared/ into a temp dir, spawned with real
// stdio. Checks the exit status, that stdout carries JSON lines only, and the progress line on a real
// terminal (through util-linux `script`, when present).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeInputs, makeMany } from '../../shared/src/cli/test-inputs.js';

const root = resolve(import.meta.dirname, '..', '..');
let out = '';
let cli = '';
const inputs = makeInputs();
const many = makeMany(30);

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'bd-cli-build-'));
  const b = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'vite.cli.config.ts', '--outDir', out, '--logLevel', 'error'], { cwd: join(root, 'shared'), encoding: 'utf8' });
  if (b.status !== 0) throw new Error(`CLI build failed: ${b.stderr}`);
  cli = join(out, 'cli.js');
}, 120_000);

afterAll(() => {
  for (const d of [out, inputs.root, many]) if (d) rmSync(d, { recursive: true, force: true });
});

const runCli = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

describe('the built bounce-doctor command', () => {
  it('prints only JSON lines on stdout and exits 0 when everything was read', () => {
    const r = runCli(['diagnose', '--json', inputs.one, inputs.mbox, inputs.maildir]);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(5);
    for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
    expect(r.stderr).toBe('');
  });

  it('exits 1 and still reports the rest when an input is unreadable', () => {
    const r = runCli(['diagnose', '--json', join(inputs.root, 'missing.eml'), inputs.one]);
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(lines.map((l) => 'error' in l)).toEqual([true, false]);
  });

  it('exits 2 on bad usage, with the message on stderr', () => {
    const r = runCli(['diagnose', '--bogus', inputs.one]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/unknown option: --bogus/);
  });

  const hasScript = existsSync('/usr/bin/script');
  it.skipIf(!hasScript)('draws the progress line on a real terminal, never into redirected stdout', () => {
    const jsonOut = join(inputs.root, 'out.jsonl');
    // `script` gives the command a pty; stdout goes to a file, so only stderr reaches the terminal.
    const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} diagnose --json ${JSON.stringify(many)} > ${JSON.stringify(jsonOut)}`;
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\r30\/30 files/);
    const written = readFileSync(jsonOut, 'utf8');
    expect(written.split('\n').filter(Boolean)).toHaveLength(30);
    expect(written).not.toContain('files');
  });
  if (!hasScript) console.warn('*** progress-line-on-a-real-terminal test SKIPPED: /usr/bin/script (util-linux) not found ***');
});
