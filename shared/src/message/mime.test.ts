import { describe, expect, it } from 'vitest';
import { parseHeaderLines, parseStructured, readMime } from './mime.js';
import { DEFAULT_LIMITS } from './limits.js';
import { htmlToText } from './html.js';
import { enc } from './test-fixtures.js';

const read = (s: string, limits = DEFAULT_LIMITS) => readMime(enc.encode(s), limits);

describe('parseHeaderLines', () => {
  it('unfolds continuation lines (space or tab only) and lowercases names', () => {
    expect(parseHeaderLines('Subject: a\n  b\nX-A:\tc\n\td\nbroken line\nTo: x@example.jp')).toEqual([
      { key: 'subject', value: 'a  b' },
      { key: 'x-a', value: 'c\td' },
      { key: 'to', value: 'x@example.jp' },
    ]);
  });
});

describe('parseStructured', () => {
  it('reads type, quoted and unquoted parameters', () => {
    expect(parseStructured('Multipart/Report; report-type=delivery-status;\tboundary="a;b\\"c"')).toEqual({
      value: 'multipart/report',
      params: { 'report-type': 'delivery-status', boundary: 'a;b"c' },
    });
  });

  it('reads RFC 2231 extended and continued parameters', () => {
    expect(parseStructured("attachment; filename*=utf-8''%E5%A0%B1%E5%91%8A.txt").params.filename).toBe('報告.txt');
    expect(parseStructured('attachment; filename*0="long"; filename*1="name.eml"').params.filename).toBe('longname.eml');
  });

  it('keeps hostile parameter names out of Object.prototype', () => {
    const hostile = ['text/plain; __proto__*=x', "text/plain; __proto__*0*=utf-8''y", 'text/plain; __proto__=z', 'text/plain; constructor*=w'];
    for (const raw of hostile) {
      const v = parseStructured(raw);
      expect(v.value).toBe('text/plain');
      expect(Object.getPrototypeOf(v.params)).toBeNull();
    }
    expect(Object.prototype).not.toHaveProperty('0');
    // The next, ordinary message is read in full: its type and boundary come through.
    const m = read('Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nafter the hostile one\n--b--\n');
    expect(m.headers).toHaveLength(1);
    expect(m.text).toBe('after the hostile one\n');
  });

  it('ignores continuation numbers no writer uses instead of building a huge array', () => {
    const v = parseStructured('attachment; filename*0="a"; filename*99999999="b"; filename*1="c"');
    expect(v.params.filename).toBe('ac');
  });
});

describe('readMime', () => {
  it('sorts parts like postal-mime: inline text to the body, report parts and the original to attachments', () => {
    const m = read(
      'Content-Type: multipart/mixed; boundary=o\n\n--o\nContent-Type: multipart/alternative; boundary=i\n\n--i\nContent-Type: text/plain\n\nplain body\n--i\nContent-Type: text/html\n\n<p>html body</p>\n--i--\n--o\nContent-Type: message/delivery-status\n\nStatus: 5.1.1\n--o\nContent-Type: text/plain\nContent-Disposition: attachment; filename="log.txt"\n\nattached text\n--o\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--o--\n',
    );
    expect(m.text).toBe('plain body\n');
    expect(read('Content-Type: text/html\n\n<p>only html</p>\n').text).toBe(htmlToText('<p>only html</p>\n'));
    expect(m.parts).toEqual([
      { mimeType: 'message/delivery-status', filename: null, text: 'Status: 5.1.1\n' },
      { mimeType: 'text/plain', filename: 'log.txt', text: 'attached text\n' },
    ]);
  });

  it('decodes base64 and quoted-printable text in its charset', () => {
    const m = read(
      'Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain; charset=iso-2022-jp\nContent-Transfer-Encoding: base64\n\nGyRCJSIlSSVsJTkbKEI=\n--b\nContent-Type: text/plain; charset=shift_jis\nContent-Transfer-Encoding: quoted-printable\n\n=88=B6=90=E6=\n=95s=96=BE\n--b--\n',
    );
    expect(m.text).toBe('アドレス\n宛先不明\n');
  });

  it('reads a digest part without Content-Type as message/rfc822', () => {
    const m = read('Content-Type: multipart/digest; boundary=d\n\n--d\n\nSubject: inner\n\nhello\n--d--\n');
    expect(m.parts.map((a) => a.mimeType)).toEqual(['message/rfc822']);
  });

  it('keeps the parts it can when the closing boundary is missing', () => {
    const m = read('Content-Type: multipart/report; boundary=r\n\n--r\nContent-Type: text/plain\n\nfirst\n--r\nContent-Type: message/delivery-status\n\nStatus: 4.4.7\n');
    expect(m.text).toBe('first\n');
    expect(m.parts[0]!.text).toBe('Status: 4.4.7\n');
  });

  it('does not take a line that only starts with the boundary as a delimiter', () => {
    const m = read('Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\n--bx is not a delimiter\n--b--\n');
    expect(m.text).toBe('--bx is not a delimiter\n');
  });

  it('stops at the nesting limit instead of failing the whole message', () => {
    let s = 'Content-Type: multipart/mixed; boundary=b0\n\n--b0\nContent-Type: text/plain\n\nouter text\n';
    for (let i = 1; i <= 100; i++) s += `--b${i - 1}\nContent-Type: multipart/mixed; boundary=b${i}\n\n`;
    s += '--b100\nContent-Type: text/plain\n\ndeep text\n';
    const m = read(s, { ...DEFAULT_LIMITS, maxNestingDepth: 8 });
    expect(m.text).toBe('outer text\n');
  });

  it('reads at most maxParts parts', () => {
    const many = 'Content-Type: multipart/mixed; boundary=b\n\n' + '--b\nContent-Type: message/delivery-status\n\nStatus: 5.1.1\n'.repeat(5000) + '--b--\n';
    expect(read(many, { ...DEFAULT_LIMITS, maxParts: 10 }).parts).toHaveLength(10);
    expect(read(many).parts).toHaveLength(DEFAULT_LIMITS.maxParts);
  });

  it('bounds body text and part text by the limits without decoding the rest', () => {
    const big = 'x'.repeat(100_000);
    const m = read(`Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\n${big}\n--b\nContent-Type: message/rfc822\n\n${big}\n--b--\n`, { ...DEFAULT_LIMITS, maxTextChars: 1000, maxPartChars: 500 });
    expect(m.text.length).toBe(1000);
    expect(m.parts[0]!.text.length).toBe(500);
  });

  it('reads headers up to the size limit and still finds the body', () => {
    const m = read(`Subject: kept\n${'X-Pad: yyyyyyyyyyyyyyyyyyyy\n'.repeat(1000)}Content-Type: text/plain\n\nbody\n`, { ...DEFAULT_LIMITS, maxHeadersSize: 500 });
    expect(m.headers[0]).toEqual({ key: 'subject', value: 'kept' });
    expect(m.headers.length).toBeLessThan(30);
    expect(m.text).toBe('body\n');
  });

  it('still reads the parts\' own headers after a top-level header block over the limit', () => {
    const m = read(
      `Content-Type: multipart/report; boundary=r\n${'X-Pad: yyyyyyyyyyyyyyyyyyyy\n'.repeat(1000)}\n--r\nContent-Type: message/delivery-status\n\nStatus: 5.1.1\n--r--\n`,
      { ...DEFAULT_LIMITS, maxHeadersSize: 2000 },
    );
    expect(m.parts.map((a) => [a.mimeType, a.text])).toEqual([['message/delivery-status', 'Status: 5.1.1\n']]);
  });

  it('undoes format=flowed', () => {
    const m = read('Content-Type: text/plain; format=flowed; delsp=yes\n\n550 5.1.1 User un \nknown\n');
    expect(m.text).toBe('550 5.1.1 User unknown\n');
  });
});
