// The CLI contract of DESIGN.md section 3, driven through run() with captured streams.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, type CliIo } from './main.js';
import { makeInputs, makeMany } from './test-inputs.js';
import { REASONS } from '../types.js';

async function cli(argv: string[], opts: { tty?: boolean; env?: Record<string, string> } = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s), isTTY: opts.tty ?? false },
    env: opts.env ?? {},
  };
  const code = await run(argv, io);
  return { code, stdout, stderr, lines: stdout.split('\n').filter(Boolean) };
}

const inputs = makeInputs();
const many = makeMany(25);
afterAll(() => {
  rmSync(inputs.root, { recursive: true, force: true });
  rmSync(many, { recursive: true, force: true });
});

const RECIPIENT_KEYS = ['address', 'reason', 'status', 'replyCode', 'action', 'remoteMta', 'diagnostic'];
const OPTIONAL_RECIPIENT_KEYS = ['detail', 'advice'];

function checkLine(o: Record<string, unknown>) {
  const keys = Object.keys(o);
  if ('error' in o) {
    expect(keys).toEqual(['file', 'index', 'error']);
    expect(typeof o.error).toBe('string');
    return;
  }
  expect(keys.slice(0, 5)).toEqual(['file', 'index', 'bounce', 'kind', 'recipients']);
  expect(keys.slice(5).every((k) => k === 'unreadable')).toBe(true);
  expect(typeof o.bounce).toBe('boolean');
  expect(['failed', 'delayed', 'delivered', 'vacation', 'feedback', 'none']).toContain(o.kind);
  for (const r of o.recipients as Record<string, unknown>[]) {
    const rk = Object.keys(r);
    expect(rk.slice(0, 7)).toEqual(RECIPIENT_KEYS);
    expect(rk.slice(7).every((k) => OPTIONAL_RECIPIENT_KEYS.includes(k))).toBe(true);
    expect(REASONS).toContain(r.reason);
    expect(r.status === null || /^[245]\.\d{1,3}\.\d{1,3}$/.test(String(r.status))).toBe(true);
  }
}

describe('bounce-doctor diagnose --json', () => {
  it('prints one line per message with the contract shape, file as given', async () => {
    const r = await cli(['diagnose', '--json', inputs.one]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.lines).toHaveLength(1);
    const o = JSON.parse(r.lines[0]!);
    checkLine(o);
    expect(o).toMatchObject({ file: inputs.one, index: 0, bounce: true, kind: 'failed' });
    expect(o.recipients).toEqual([
      {
        address: 'hanako@example.net',
        reason: 'userunknown',
        status: '5.1.1',
        replyCode: '550',
        action: 'failed',
        remoteMta: 'mx.example.net',
        diagnostic: expect.stringContaining('User unknown'),
      },
    ]);
  });

  it('prints the non-bounce shape', async () => {
    const o = JSON.parse((await cli(['diagnose', '--json', inputs.plain])).lines[0]!);
    expect(o).toEqual({ file: inputs.plain, index: 0, bounce: false, kind: 'none', recipients: [] });
  });

  it('numbers the messages of an mbox by index', async () => {
    const r = await cli(['diagnose', '--json', inputs.mbox]);
    const lines = r.lines.map((l) => JSON.parse(l));
    lines.forEach(checkLine);
    expect(lines.map((l) => [l.file, l.index, l.recipients[0]?.address, l.recipients[0]?.reason])).toEqual([
      [inputs.mbox, 0, 'a@example.net', 'mailboxfull'],
      [inputs.mbox, 1, 'b@example.net', 'userunknown'],
    ]);
  });

  it('reads a Maildir (cur/ and new/), joining names to the directory as given', async () => {
    const given = inputs.maildir + '/';
    const r = await cli(['diagnose', '--json', given]);
    expect(r.code).toBe(0);
    const lines = r.lines.map((l) => JSON.parse(l));
    lines.forEach(checkLine);
    expect(lines.map((l) => l.file)).toEqual([given + 'cur/1700000000.M1P1.host:2,S', given + 'new/1700000001.M2P2.host']);
    expect(lines.map((l) => l.bounce)).toEqual([true, false]);
    const plain = await cli(['diagnose', '--json', inputs.maildir]);
    expect(JSON.parse(plain.lines[0]!).file).toBe(join(inputs.maildir, 'cur', '1700000000.M1P1.host:2,S'));
  });

  it('prints an error line for an unreadable input, goes on, and exits 1', async () => {
    const missing = join(inputs.root, 'nope.eml');
    const r = await cli(['diagnose', '--json', missing, inputs.broken, inputs.one]);
    expect(r.code).toBe(1);
    const lines = r.lines.map((l) => JSON.parse(l));
    lines.forEach(checkLine);
    expect(lines.map((l) => [l.file, 'error' in l])).toEqual([
      [missing, true],
      [inputs.broken, true],
      [inputs.one, false],
    ]);
    expect(lines[0].error).toMatch(/no such file/);
  });

  it('adds advice in the chosen language with --lang', async () => {
    for (const lang of ['ja', 'en']) {
      const o = JSON.parse((await cli(['diagnose', '--json', '--lang', lang, inputs.one])).lines[0]!);
      checkLine(o);
      const a = o.recipients[0].advice;
      expect(Object.keys(a).sort()).toEqual(['actor', 'cause', 'steps', 'temporary', 'title']);
      expect(['sender', 'recipient', 'sender-admin', 'recipient-admin', 'nobody']).toContain(a.actor);
      expect(typeof a.temporary).toBe('boolean');
      const texts = [a.title, a.cause, ...a.steps];
      expect(a.steps.length).toBeGreaterThan(0);
      for (const t of texts) {
        expect(typeof t).toBe('string');
        expect(t.trim()).not.toBe('');
        expect(t).not.toMatch(/^[a-z]+(?:[._][a-z0-9]+)+$/); // an untranslated catalog key
        expect(t).not.toMatch(/\{\{?\w+\}?\}/); // an unfilled placeholder
      }
      if (lang === 'ja') expect(texts.join('')).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it('rejects bad usage with exit 2 and prints help with exit 0', async () => {
    expect((await cli(['diagnose', '--json'])).code).toBe(2);
    expect((await cli(['diagnose', '--lang', 'fr', inputs.one])).code).toBe(2);
    expect((await cli(['explain', inputs.one])).code).toBe(2);
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: bounce-doctor diagnose/);
  });
});

describe('human output', () => {
  it('is readable: a line per message, a line per recipient, the server text, a summary', async () => {
    const r = await cli(['diagnose', '--lang', 'en', inputs.one, inputs.plain]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${inputs.one}: delivery failed`);
    expect(r.stdout).toMatch(/\n {2}hanako@example\.net {2}userunknown {2}\[5\.1\.1 550\]\n/);
    expect(r.stdout).toContain(`${inputs.plain}: not a bounce`);
    expect(r.stdout).toMatch(/server said: .*User unknown/);
    expect(r.stdout).toMatch(/2 messages read: delivery failed 1, not a bounce 1\nreasons: userunknown 1\n$/);
    expect(r.stdout).not.toMatch(/^\{/m);
  });

  it('speaks Japanese with --lang ja or a Japanese LANG', async () => {
    const viaEnv = await cli(['diagnose', inputs.one], { env: { LANG: 'ja_JP.UTF-8' } });
    expect(viaEnv.stdout).toContain('配送失敗');
    const viaFlag = await cli(['diagnose', '--lang', 'ja', inputs.one]);
    expect(viaFlag.stdout).toBe(viaEnv.stdout);
  });

  it('keeps terminal control characters from the server text out of the output', async () => {
    const { writeFileSync } = await import('node:fs');
    const evil = join(inputs.root, 'evil.eml');
    writeFileSync(evil, (await import('./test-inputs.js')).bounce('e@example.net', '5.1.1', '550 5.1.1 User unknown \u001b]0;pwned\u0007\u001b[2J'));
    const r = await cli(['diagnose', '--lang', 'en', evil]);
    expect(r.stdout).not.toMatch(/[\u001b\u0007]/);
  });
});

describe('progress line', () => {
  it('goes to stderr when stderr is a terminal and there are many files, never to stdout', async () => {
    const r = await cli(['diagnose', '--json', many], { tty: true });
    expect(r.lines).toHaveLength(25);
    expect(r.stdout).not.toContain('\r');
    expect(r.stderr).toMatch(/\r0\/25 files/);
    expect(r.stderr.endsWith('\r25/25 files\n')).toBe(true);
  });

  it('is absent when stderr is not a terminal', async () => {
    expect((await cli(['diagnose', '--json', many], { tty: false })).stderr).toBe('');
  });

  it('is absent for a few files', async () => {
    expect((await cli(['diagnose', '--json', inputs.one, inputs.plain], { tty: true })).stderr).toBe('');
  });
});
