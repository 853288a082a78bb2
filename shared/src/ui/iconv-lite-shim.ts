// Stands in for iconv-lite inside msgreader when bundled for a browser: the real package drags in
// Node's Buffer and 160 KB of code pages the browser already has in TextDecoder. Bundlers alias
// 'iconv-lite' to this file (see shared/preview/vite.config.ts and ui/README.md).
const ALIASES: Record<string, string> = {
  cp932: 'shift_jis', ms932: 'shift_jis', shiftjis: 'shift_jis', 'windows-31j': 'shift_jis', cp936: 'gbk', cp949: 'euc-kr', cp950: 'big5',
  cp20932: 'euc-jp', cp51932: 'euc-jp', cp50220: 'iso-2022-jp', cp50221: 'iso-2022-jp', cp50222: 'iso-2022-jp',
  cp65001: 'utf-8', cp1200: 'utf-16le', cp1201: 'utf-16be', ucs2: 'utf-16le', 'ucs-2': 'utf-16le',
};

function label(encoding: string): string {
  // msgreader passes the .msg's code page number as text ("932"); iconv-lite accepts that too.
  const raw = encoding.trim().toLowerCase();
  const e = /^\d+$/.test(raw) ? `cp${raw}` : raw;
  if (ALIASES[e]) return ALIASES[e];
  const cp = /^(?:cp|windows-?)(12[5][0-8]|874)$/.exec(e);
  if (cp) return `windows-${cp[1]}`;
  const iso = /^cp2859(\d)$/.exec(e);
  return iso ? `iso-8859-${iso[1]}` : e;
}

export function encodingExists(encoding: string): boolean {
  try {
    new TextDecoder(label(encoding));
    return true;
  } catch {
    return false;
  }
}

export function decode(bytes: Uint8Array, encoding: string): string {
  let dec: TextDecoder;
  try {
    dec = new TextDecoder(label(encoding));
  } catch {
    dec = new TextDecoder('windows-1252');
  }
  return dec.decode(bytes);
}

/** Only used by msgreader's writer, which the add-ins never call; UTF-8 keeps it total. */
export function encode(text: string, _encoding: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export default { decode, encode, encodingExists };
