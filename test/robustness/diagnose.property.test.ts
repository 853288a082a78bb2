// Bad input is normal: random bytes, mail-shaped noise, truncated and mutated real bounces, huge
// headers, deep MIME nesting and pathological strings go through the whole path (diagnose()).
// Nothing may throw, every call must return a valid Diagnosis, and no call may take long.
// The time bound asserted here is generous (machines differ, CI is loaded); the real maxima are printed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { diagnose } from '../../shared/src/diagnose.js';
import { REASONS, type Diagnosis } from '../../shared/src/types.js';
import { bouncesDir, corpusPresent } from '../corpus/scoring.mjs';

const BOUND_MS = 1000;
const KINDS = new Set(['failed', 'delayed', 'delivered', 'vacation', 'feedback', 'none']);
const REASON_SET = new Set<string>(REASONS);
const maxima = new Map<string, { ms: number; what: string }>();

function validDiagnosis(d: Diagnosis): string[] {
  const bad: string[] = [];
  if (typeof d !== 'object' || d === null) return ['not an object'];
  if (typeof d.bounce !== 'boolean') bad.push('bounce');
  if (!KINDS.has(d.kind)) bad.push(`kind ${d.kind}`);
  if (!Array.isArray(d.recipients)) return [...bad, 'recipients'];
  if (d.bounce && !d.recipients.length) bad.push('bounce without recipients');
  for (const r of d.recipients) {
    if (typeof r.address !== 'string') bad.push('address');
    if (!REASON_SET.has(r.reason)) bad.push(`reason ${r.reason}`);
    if (typeof r.temporary !== 'boolean') bad.push('temporary');
    if (r.status !== null && !/^[245]\.\d{1,3}\.\d{1,3}$/.test(r.status)) bad.push(`status ${r.status}`);
    if (r.replyCode !== null && !/^[245]\d\d$/.test(r.replyCode)) bad.push(`replyCode ${r.replyCode}`);
    if (typeof r.diagnostic !== 'string') bad.push('diagnostic');
    if (!r.evidence || typeof r.evidence.by !== 'string') bad.push('evidence');
  }
  try {
    JSON.stringify(d);
  } catch {
    bad.push('not serialisable');
  }
  return bad;
}

/** Runs one input through diagnose(), checks the result and records the time under `group`. */
async function check(group: string, input: Uint8Array | string, what = ''): Promise<void> {
  const t = performance.now();
  let d: Diagnosis;
  try {
    d = await diagnose(input);
  } catch (e) {
    throw new Error(`diagnose threw on ${group} ${what}: ${String(e)}`, { cause: e });
  }
  const ms = performance.now() - t;
  const m = maxima.get(group);
  if (!m || ms > m.ms) maxima.set(group, { ms, what });
  expect(validDiagnosis(d), `${group} ${what}`).toEqual([]);
  if (ms >= BOUND_MS) slow.push(`${group}: ${what} took ${ms.toFixed(0)} ms`);
}

/** Calls over the bound, collected so one run names every slow input, asserted empty per test. */
const slow: string[] = [];
afterEach(() => {
  const found = slow.splice(0);
  expect(found, 'diagnose() calls over the time bound').toEqual([]);
});

afterAll(() => {
  const rows = [...maxima.entries()].sort((a, b) => b[1].ms - a[1].ms);
  console.log('slowest diagnose() call per input family:\n' + rows.map(([g, m]) => `  ${m.ms.toFixed(1).padStart(7)} ms  ${g}${m.what ? ` (${m.what})` : ''}`).join('\n'));
});

const enc = new TextEncoder();
const bounceHead = (extra = '') =>
  `From: MAILER-DAEMON@mx.example.org\nTo: taro@example.jp\nSubject: Undelivered Mail Returned to Sender\n${extra}`;
const dsn = (status: string, diag: string, rcpt = 'hanako@example.net') =>
  bounceHead('MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary="b"\n') +
  `\n--b\nContent-Type: text/plain\n\n${diag}\n--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; ${rcpt}\nAction: failed\nStatus: ${status}\nDiagnostic-Code: smtp; ${diag}\n--b--\n`;

/** Places a pathological string where each reader will look at it. */
function contexts(s: string): [string, string][] {
  return [
    ['pasted text', s],
    ['plain bounce body', bounceHead() + '\n' + s + '\n'],
    ['subject', bounceHead().replace('Undelivered Mail Returned to Sender', s.slice(0, 200_000)) + '\n\nbody\n'],
    ['header value', bounceHead(`X-Long: ${s}\n`) + '\n550 5.1.1 <a@example.org> user unknown\n'],
    ['delivery-status diagnostic', dsn('5.1.1', s)],
    ['delivery-status recipient', dsn('5.1.1', 'user unknown', s)],
    ['delivery-status status', dsn(s.slice(0, 100_000), 'user unknown')],
  ];
}

describe('diagnose() on hostile input', () => {
  it('random bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 4000 }), (b) => check('random bytes', b)), { numRuns: 300 });
  });

  it('random unicode text', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 3000 }), (s) => check('random unicode', s)), { numRuns: 200 });
  });

  it('mail-shaped noise: random sequences of header, MIME and bounce tokens', async () => {
    const tokens = [
      'From: ', 'MAILER-DAEMON@x.example ', 'Subject: ', 'Undelivered Mail ', 'Returned mail: ', 'Content-Type: ',
      'multipart/report; boundary="b"', 'multipart/mixed; boundary=b', 'message/delivery-status', 'message/rfc822',
      'text/rfc822-headers', 'text/plain; charset=iso-2022-jp', 'Content-Transfer-Encoding: base64', 'quoted-printable',
      '\n', '\r\n', '\r', '\n\n', '--b\n', '--b--\n', 'Final-Recipient: rfc822; ', 'Action: failed\n', 'Status: 5.1.1\n',
      'Diagnostic-Code: smtp; ', '550 ', '5.7.1 ', '4.4.7', '<a@example.jp>', '@', ' ', ':', ';', '=?utf-8?B?', '?=',
      '=E3=81=82', '\t', 'user unknown', 'mailbox full', '宛先不明', 'Remote-MTA: dns; ', 'From x Mon Nov 23 10:00:00 2026\n',
      '>From ', '(', ')', '"', '\\', '%', 'Received: from a by b;', 'X-Failed-Recipients: ', 'Auto-Submitted: auto-replied\n',
    ];
    const arb = fc.array(fc.constantFrom(...tokens), { maxLength: 400 }).map((a) => a.join(''));
    await fc.assert(fc.asyncProperty(arb, (s) => check('mail-shaped noise', s)), { numRuns: 400 });
  });

  it('huge headers', async () => {
    await check('huge headers', bounceHead('X-H: v\n'.repeat(100_000)) + '\nbody\n', '100k header lines');
    await check('huge headers', bounceHead('X-Long: ' + 'a'.repeat(1_000_000) + '\n') + '\nbody\n', 'one 1 MB header');
    await check('huge headers', bounceHead('X-Folded: a\n' + ' b\n'.repeat(300_000)) + '\nbody\n', '300k continuation lines');
    await check('huge headers', 'X-No-Body: ' + 'x'.repeat(1_000_000), 'no end of headers');
    await check('huge headers', bounceHead('To: ' + '<a@example.org>, '.repeat(50_000) + '\n') + '\nbody\n', '50k addresses in To');
  });

  it('deep MIME nesting (1000 levels)', async () => {
    let open = bounceHead('MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b0"\n') + '\n';
    let close = '';
    for (let i = 1; i <= 1000; i++) {
      open += `--b${i - 1}\nContent-Type: multipart/mixed; boundary="b${i}"\n\n`;
      close = `--b${i - 1}--\n` + close;
    }
    const inner = '--b1000\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.1.1\n\n--b1000--\n';
    await check('deep nesting', open + inner + close, 'multipart x1000');
    let rfc822 = 'Subject: innermost\n\n550 5.1.1 <a@example.org> user unknown\n';
    for (let i = 0; i < 1000; i++) rfc822 = `Content-Type: message/rfc822\n\n${rfc822}`;
    await check('deep nesting', bounceHead() + rfc822, 'message/rfc822 x1000');
  });

  it('1 MB of one character, in every context', async () => {
    for (const c of ['a', ' ', '\n', '\r', '<', '>', '@', '.', '5', '-', '=', ':', ';', '"', '(', '\\', '\t', '%', '#', 'あ', '\u0000']) {
      for (const [where, s] of contexts(c.repeat(1_000_000))) await check('1 MB of one character', s, `${JSON.stringify(c)} in ${where}`);
    }
  });

  it("a 1 MB line of '@' and digits, in every context", async () => {
    const lines = [
      '@1'.repeat(500_000),
      '1@'.repeat(500_000),
      '5.1.'.repeat(250_000),
      '550 '.repeat(250_000),
      'a@b.'.repeat(250_000),
      '<a@' .repeat(333_333),
      Array.from({ length: 1_000_000 }, (_, i) => ((i * 7919) % 11 === 0 ? '@' : String(i % 10))).join(''),
    ];
    for (const line of lines) for (const [where, s] of contexts(line)) await check("1 MB of '@' and digits", s, `${line.slice(0, 8)}... in ${where}`);
  });

  it('pathological strings', async () => {
    const strings = [
      '=?utf-8?B?'.repeat(100_000),
      '=?iso-2022-jp?Q?=1B'.repeat(50_000),
      '=\n'.repeat(300_000),
      'Final-Recipient: rfc822; a@example.org\n'.repeat(20_000),
      'Status: 5.1.1\nAction: failed\n\n'.repeat(30_000),
      '--b\n'.repeat(200_000),
      'Content-Type: multipart/mixed; boundary=' + '"'.repeat(100_000),
      'x'.repeat(500_000) + '@' + 'y'.repeat(500_000),
      'user unknown '.repeat(80_000),
      '550-5.1.1 '.repeat(100_000),
      '\u00a0\u3000'.repeat(300_000),
      '<'.repeat(200_000) + 'script>' + '>'.repeat(200_000),
    ];
    for (const p of strings) for (const [where, s] of contexts(p)) await check('pathological strings', s, `${JSON.stringify(p.slice(0, 12))}... in ${where}`);
  });
});

const dir = bouncesDir();
const files: Uint8Array[] = [];
if (corpusPresent(dir)) {
  for (const set of ['bsd', 'dos', 'mac', 'err']) for (const n of readdirSync(join(dir, set)).sort()) files.push(new Uint8Array(readFileSync(join(dir, set, n))));
} else {
  console.warn(`\n*** truncated/mutated corpus properties SKIPPED: no corpus at ${dir} ***\n`);
}

describe.skipIf(!files.length)('diagnose() on truncated and mutated real bounces', () => {
  const file = fc.integer({ min: 0, max: Math.max(0, files.length - 1) }).map((i) => files[i]!);

  it('truncated at any byte', async () => {
    await fc.assert(
      fc.asyncProperty(file, fc.double({ min: 0, max: 1, noNaN: true }), (b, f) => check('truncated corpus', b.subarray(0, Math.floor(b.length * f)))),
      { numRuns: 300 },
    );
  });

  it('mutated: bytes flipped, chunks deleted, duplicated or inserted', async () => {
    const edit = fc.oneof(
      fc.record({ op: fc.constant('flip' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), v: fc.integer({ min: 0, max: 255 }) }),
      fc.record({ op: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), len: fc.integer({ min: 1, max: 400 }) }),
      fc.record({ op: fc.constant('dup' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), len: fc.integer({ min: 1, max: 2000 }), times: fc.integer({ min: 1, max: 50 }) }),
      fc.record({ op: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), s: fc.constantFrom('\n', '\r', '\n\n', '--', ':', '<', '@', '=?', '5.1.1 ', 'boundary="', '\u0000', '\xff') }),
    );
    await fc.assert(
      fc.asyncProperty(file, fc.array(edit, { minLength: 1, maxLength: 12 }), (b, edits) => {
        let cur = Array.from(b);
        for (const e of edits) {
          const at = Math.floor(cur.length * e.at);
          if (e.op === 'flip') cur[at] = e.v;
          else if (e.op === 'delete') cur.splice(at, e.len);
          else if (e.op === 'dup') {
            const chunk = cur.slice(at, at + e.len);
            const rep: number[] = [];
            for (let i = 0; i < e.times; i++) rep.push(...chunk);
            cur = [...cur.slice(0, at), ...rep, ...cur.slice(at)];
          } else cur.splice(at, 0, ...enc.encode(e.s));
        }
        return check('mutated corpus', new Uint8Array(cur));
      }),
      { numRuns: 300 },
    );
  });
});
