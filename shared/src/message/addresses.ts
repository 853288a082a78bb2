// Address header values -> the address (or, failing that, the name) of each entry, through
// postal-mime's addressParser. Most bounces' From and To hold one plain address in one of a few
// shapes whose parse is fixed by the tokenizer: for those the parser's answer is read off directly.
import { addressParser } from 'postal-mime';

type ParsedAddress = { address?: string; name?: string; group?: unknown[] };

// An address with nothing the tokenizer treats specially: no operator (" ( < , : ;), no whitespace or
// control character (dropped or trimmed), exactly one '@' with something on both sides (so the parser
// takes the whole token as the address), no '=' (so no encoded word can be decoded out of it).
const ADDR = '[A-Za-z0-9._+-]+@[A-Za-z0-9._+-]+';
// "addr", "<addr>", "Plain Words <addr>", "\"Any, quoted\" <addr>", "addr (comment)": in each the
// parser returns one entry whose address is addr. Names and comments hold no '=' either, so postal-mime's
// decodeWords has nothing to decode in them and cannot fail the whole parse.
const SIMPLE = new RegExp(`^(?:(${ADDR})|(?:[A-Za-z0-9._ -]*|"[^"\\\\=]*" *)<(${ADDR})>|(${ADDR}) *\\([^()"\\\\=]*\\))$`);

// No '@' at all: "postmaster", "MAILER-DAEMON <>", "<>", "Mail Delivery Subsystem <MAILER-DAEMON>". One
// entry. The part in angle brackets is its address when a name precedes it and differs from it; otherwise
// the parser takes the words for the address, finds them equal to the name and drops them: the text is ''.
// (Words with at least one non-space: spaces first, so no two repeats compete for the same characters.)
const NO_AT = /^(?:([A-Za-z0-9._ -]*)<([A-Za-z0-9._+-]*)>| *[A-Za-z0-9._-][A-Za-z0-9._ -]*)$/;

/**
 * Pushes onto `out` the address (or name) of each entry of one address header value, '' entries only
 * when `keepEmpty`. A value the parser rejects adds nothing.
 */
export function addressTexts(value: string, out: string[], keepEmpty: boolean): void {
  if (value.length <= 1000) {
    const m = SIMPLE.exec(value);
    if (m) {
      out.push(m[1] ?? m[2] ?? m[3]!);
      return;
    }
    const n = NO_AT.exec(value);
    if (n) {
      const name = n[1] === undefined ? '' : n[1].trim();
      const address = n[2] ?? '';
      const t = name !== '' && name !== address ? address : '';
      if (t || keepEmpty) out.push(t);
      return;
    }
  }
  for (const a of parse(value)) {
    const t = a.address ?? a.name ?? '';
    if (t || keepEmpty) out.push(t);
  }
}

function parse(value: string): ParsedAddress[] {
  try {
    // A bounce needs the first few addresses; a 1 MB To: header must not cost a second.
    return addressParser(value.length > 8_000 ? value.slice(0, value.lastIndexOf(',', 8_000) + 1 || 8_000) : value) as ParsedAddress[];
  } catch {
    return [];
  }
}
