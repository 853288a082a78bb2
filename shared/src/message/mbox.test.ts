import { describe, expect, it } from 'vitest';
import { isMbox, splitMbox } from './mbox.js';
import { enc } from './test-fixtures.js';

const dec = new TextDecoder();
const split = (s: string) => splitMbox(enc.encode(s)).map((b) => dec.decode(b));

const msg = (n: number, body: string) => `From: a${n}@example.org\nSubject: m${n}\n\n${body}\n`;

describe('splitMbox', () => {
  it('splits at envelope lines and drops them', () => {
    const parts = split(`From MAILER-DAEMON Mon Nov 23 10:00:00 2026\n${msg(1, 'one')}\nFrom MAILER-DAEMON  Tue Nov 24 10:00:00 2026\n${msg(2, 'two')}`);
    expect(parts).toHaveLength(2);
    expect(parts[0]).toMatch(/^From: a1@/);
    expect(parts[1]).toMatch(/^From: a2@/);
  });

  it('does not split at a quoted ">From " line', () => {
    const parts = split(`From x@example.org Mon Nov 23 10:00:00 2026\n${msg(1, 'hello\n\n>From x@example.org Mon Nov 23 10:00:00 2026\nstill one')}`);
    expect(parts).toHaveLength(1);
    expect(parts[0]).toContain('still one');
  });

  it('does not split at a "From " line in a body paragraph that has no date', () => {
    const parts = split(`From x@example.org Mon Nov 23 10:00:00 2026\n${msg(1, 'hello\n\nFrom the help desk: please resend\nstill one')}`);
    expect(parts).toHaveLength(1);
  });

  it('does not split at an envelope-like line that is not after an empty line', () => {
    const parts = split(`From x@example.org Mon Nov 23 10:00:00 2026\n${msg(1, 'hello\nFrom x@example.org Mon Nov 23 10:00:00 2026\nstill one')}`);
    expect(parts).toHaveLength(1);
  });

  it('splits at an envelope line right after a MIME closing delimiter', () => {
    const one = `From: a1@example.org\nContent-Type: multipart/mixed; boundary="b1"\n\n--b1\n\nx\n--b1--`;
    const parts = split(`From a@example.org Mon Nov 23 10:00:00 2026\n${one}\nFrom b@example.org Mon Nov 23 10:00:00 2026\n${msg(2, 'two')}`);
    expect(parts).toHaveLength(2);
    expect(parts[1]).toMatch(/^From: a2@/);
  });

  it('splits CRLF and CR-only mbox files the same way as LF ones', () => {
    const lf = `From a@example.org Mon Nov 23 10:00:00 2026\n${msg(1, 'one')}\nFrom b@example.org Mon Nov 23 10:00:00 2026\n${msg(2, 'two')}`;
    for (const nl of ['\r\n', '\r']) {
      const parts = split(lf.replace(/\n/g, nl));
      expect(parts, JSON.stringify(nl)).toHaveLength(2);
      expect(parts.map((p) => p.replaceAll(nl, '\n'))).toEqual(split(lf));
    }
  });

  it('returns a file without envelope lines as one message', () => {
    expect(split(msg(1, 'x'))).toEqual([msg(1, 'x')]);
    expect(split('')).toEqual([]);
  });
});

describe('isMbox', () => {
  it('recognises an envelope line at the start only', () => {
    expect(isMbox('From MAILER-DAEMON Sun Sep  7 21:40:07 2008\nReturn-Path: <>\n')).toBe(true);
    expect(isMbox(enc.encode('From MAILER-DAEMON Sun Sep  7 21:40:07 2008\r'))).toBe(true);
    expect(isMbox('From: MAILER-DAEMON@example.org\n')).toBe(false);
    expect(isMbox('Return-Path: <>\nFrom x Mon\n')).toBe(false);
  });
});
