// The built command as a user runs it: a fresh build of shared/ into a temp dir, spawned with real
// stdio. Checks the exit status, that stdout carries JSON lines only, the progress line on a real
// terminal (through util-linux `script`, when present), output to files and closed pipes, and that the
// launcher's V8 code cache is used when it fits and ignored, with the same output, when it does not.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  cli = join(out, 'cli.cjs');
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
  it('writes the same bytes to a file as to a pipe, and ends quietly when the reader closes the pipe early', () => {
    const file = join(inputs.root, 'out-file.jsonl');
    const toFile = spawnSync('sh', ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} diagnose --json --lang ja ${JSON.stringify(many)} > ${JSON.stringify(file)}`], { encoding: 'utf8' });
    expect(toFile.status).toBe(0);
    const toPipe = runCli(['diagnose', '--json', '--lang', 'ja', many]);
    expect(readFileSync(file, 'utf8')).toBe(toPipe.stdout);
    expect(toPipe.stdout).toMatch(/[\u3040-\u30ff]/); // multi-byte text survives the direct writes
    // `| true` closes the pipe before the command writes (as `| head` does after its lines): the write
    // fails with EPIPE, and the command must neither print an error nor fail.
    const early = spawnSync('bash', ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} diagnose --json ${JSON.stringify(many)} | true; echo "status=\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(early.stdout.trim()).toBe('status=0');
    expect(early.stderr).toBe('');
  });

  /** Runs the launcher's loadBundle in a fresh node and reports, per script, whether V8 took its cache. */
  const cacheUse = (dir: string) => {
    const probe = `const vm = require('node:vm'); const Orig = vm.Script; const seen = [];
      vm.Script = function (src, o) { const s = new Orig(src, o); seen.push({ file: require('node:path').basename(o.filename), given: o.cachedData !== undefined, rejected: s.cachedDataRejected === true }); return s; };
      require(${JSON.stringify(join(dir, 'cli.cjs'))}).loadBundle(${JSON.stringify(join(dir, 'main.cjs'))});
      console.log(JSON.stringify(seen));`;
    const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout) as { file: string; given: boolean; rejected: boolean }[];
  };

  it('starts from the code cache the build wrote, and gives the same output without it', () => {
    expect(existsSync(join(out, 'main.cjs.v8cache'))).toBe(true);
    expect(existsSync(join(out, 'advice-hook.cjs.v8cache'))).toBe(true);
    expect(cacheUse(out)).toEqual([{ file: 'main.cjs', given: true, rejected: false }]);
    const withCache = runCli(['diagnose', '--lang', 'en', inputs.one, inputs.mbox]);
    const copy = mkdtempSync(join(tmpdir(), 'bd-cli-nocache-'));
    try {
      cpSync(out, copy, { recursive: true });
      rmSync(join(copy, 'main.cjs.v8cache'));
      rmSync(join(copy, 'advice-hook.cjs.v8cache'));
      expect(cacheUse(copy)).toEqual([{ file: 'main.cjs', given: false, rejected: false }]);
      const without = spawnSync(process.execPath, [join(copy, 'cli.cjs'), 'diagnose', '--lang', 'en', inputs.one, inputs.mbox], { encoding: 'utf8' });
      expect(without.status).toBe(withCache.status);
      expect(without.stdout).toBe(withCache.stdout);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('ignores a cache made for another build, and survives a corrupt one', () => {
    const copy = mkdtempSync(join(tmpdir(), 'bd-cli-badcache-'));
    try {
      cpSync(out, copy, { recursive: true });
      const cache = readFileSync(join(copy, 'main.cjs.v8cache'));
      const body = cache.subarray(cache.indexOf(10) + 1);
      // Another build's stamp: not even handed to V8.
      writeFileSync(join(copy, 'main.cjs.v8cache'), Buffer.concat([Buffer.from('// bounce-doctor build 0000\n'), body]));
      expect(cacheUse(copy)).toEqual([{ file: 'main.cjs', given: false, rejected: false }]);
      // The right stamp over damaged bytes: V8 rejects them and compiles the source.
      const damaged = Buffer.from(cache);
      for (let i = cache.indexOf(10) + 1; i < damaged.length; i += 7) damaged[i] = damaged[i]! ^ 0x5a;
      writeFileSync(join(copy, 'main.cjs.v8cache'), damaged);
      expect(cacheUse(copy)).toEqual([{ file: 'main.cjs', given: true, rejected: true }]);
      const r = spawnSync(process.execPath, [join(copy, 'cli.cjs'), 'diagnose', '--json', inputs.one], { encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(runCli(['diagnose', '--json', inputs.one]).stdout);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  if (!hasScript) console.warn('*** progress-line-on-a-real-terminal test SKIPPED: /usr/bin/script (util-linux) not found ***');
});
