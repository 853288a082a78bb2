// Text decoding for the parts the diagnosis reads, with the charset labels real bounces carry.

const decoders = new Map<string, TextDecoder | null>();

function tryDecoder(label: string): TextDecoder | null {
  let d = decoders.get(label);
  if (d === undefined) {
    try {
      d = new TextDecoder(label, { fatal: false });
    } catch {
      d = null; // not supported by this runtime
    }
    decoders.set(label, d);
  }
  return d;
}

// Labels outside the WHATWG list that mail uses, keyed by the label without x-/cs- prefix and
// separators. WHATWG shift_jis is the Windows-31J table, so cp932 decodes the same.
const ALIASES: Record<string, string> = {
  shiftjis: 'shift_jis', windows31j: 'shift_jis', mskanji: 'shift_jis', sjis: 'shift_jis', eucjp: 'euc-jp',
  iso2022jp: 'iso-2022-jp', iso2022jp1: 'iso-2022-jp', iso2022jp2: 'iso-2022-jp', iso2022jp3: 'iso-2022-jp', junet: 'iso-2022-jp',
  euckr: 'euc-kr', uhc: 'euc-kr', ksc56011987: 'euc-kr', tis620: 'windows-874', iso88598i: 'iso-8859-8', iso88598e: 'iso-8859-8',
  utf8: 'utf-8', unicode11utf8: 'utf-8', usascii: 'windows-1252', ascii: 'windows-1252',
};
const CODE_PAGES: Record<string, string> = {
  '932': 'shift_jis', '936': 'gbk', '949': 'euc-kr', '950': 'big5', '874': 'windows-874',
  '51932': 'euc-jp', '50220': 'iso-2022-jp', '50221': 'iso-2022-jp', '50222': 'iso-2022-jp', '65001': 'utf-8',
};

/** The decoder for a MIME charset label; unknown labels fall back to windows-1252 (never throws). */
export function decoderFor(charset: string | null | undefined): TextDecoder {
  const label = (charset || 'utf-8').trim().toLowerCase().slice(0, 64);
  const direct = tryDecoder(label);
  if (direct) return direct;
  const norm = label.replace(/^(?:x-|cs)/, '').replace(/[^a-z0-9]/g, '');
  const cp = /^(?:cp|windows|ms|ibm)(\d{3,5})$/.exec(norm);
  const alias = (cp && CODE_PAGES[cp[1]!]) || ALIASES[norm] || norm;
  return tryDecoder(alias) ?? tryDecoder('windows-1252') ?? (tryDecoder('utf-8') as TextDecoder);
}

/** Decodes at most maxChars worth of bytes (bytes >= chars, so cutting bytes first is safe). */
export function decodeBytes(content: ArrayBuffer | Uint8Array | string, maxChars: number, charset = 'utf-8'): string {
  if (typeof content === 'string') return content.length > maxChars ? content.slice(0, maxChars) : content;
  const bytes = content instanceof Uint8Array ? content : new Uint8Array(content);
  const cut = bytes.length > maxChars * 4 ? bytes.subarray(0, maxChars * 4) : bytes;
  const text = decoderFor(charset).decode(cut);
  return text.length > maxChars ? text.slice(0, maxChars) : text;
}
