// decodeWord (bytes gathered in one loop) against the Uint8Array.from version it replaced.
import { describe, expect, it } from 'vitest';
import { decodeWord } from './original.js';

function oldDecodeWord(v: string): string {
  if (!v.includes('=?')) return v;
  return v.replace(/=\?([^?\s]{1,40})\?([bq])\?([^?\s]{0,2000})\?=/gi, (all, cs: string, enc: string, data: string) => {
    try {
      let bytes: Uint8Array;
      if (enc.toLowerCase() === 'b') {
        const bin = atob(data);
        bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
      } else {
        const s = data.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
        bytes = Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
      }
      return new TextDecoder(cs.toLowerCase()).decode(bytes);
    } catch {
      return all;
    }
  }).replace(/\?=\s+=\?/g, '?==?');
}

const PIECES = [
  '=?', '?=', 'utf-8', 'UTF-8', 'iso-2022-jp', 'shift_jis', 'iso-8859-1', 'bogus', '?B?', '?b?', '?Q?', '?q?', '?x?',
  '5pel5pys', '5pel', 'GyRCRnxLXDhsGyhC', '=E6=97=A5', '=e6=97=a5', '=3D41', '==41', '=4', '=G1', '_', 'abc', ' ', '\t',
  '\ud83d\ude00', '\ud83d', '\ude00', 'é', '日', '===', 'a_b',
];

describe('decodeWord', () => {
  it('decodes as the Uint8Array.from version did', () => {
    const tricky = [
      '', 'plain', '=?utf-8?B?5pel5pys?=', '=?UTF-8?q?=E6=97=A5_x?=', '=?utf-8?Q?\ud83d\ude00=41?=', '=?iso-8859-1?q?\ud83d=41\ude00?=',
      '=?utf-8?B?!!!?=', '=?nope?B?5pel?=', '=?utf-8?B?5pel?= =?utf-8?B?5pys?=', '=?utf-8?q?==41=3D41?=', '=?utf-8?q?=4?=',
    ];
    for (const t of tricky) expect(decodeWord(t)).toBe(oldDecodeWord(t));
    let x = 5;
    const rnd = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 20000; i++) {
      let s = '';
      const k = Math.floor(rnd() * 14);
      for (let j = 0; j < k; j++) s += PIECES[Math.floor(rnd() * PIECES.length)];
      expect(decodeWord(s)).toBe(oldDecodeWord(s));
      const cs = ['utf-8', 'iso-8859-1', 'shift_jis', 'bogus'][Math.floor(rnd() * 4)];
      const enc = 'bBqQ'[Math.floor(rnd() * 4)];
      const word = `x =?${cs}?${enc}?${s.replace(/[?\s]/g, '')}?= y`;
      expect(decodeWord(word)).toBe(oldDecodeWord(word));
    }
  });
});
