// "Name: value" blocks (RFC 3464 delivery-status, RFC 5965 feedback-report, rfc822-headers), with
// folded continuation lines joined. Blocks are separated by blank lines.

export type FieldBlock = Map<string, string>;

/** Characters kept of one field value (a Diagnostic-Code of several folded lines fits easily). */
export const MAX_VALUE_CHARS = 16 * 1024;

export function parseFieldBlocks(text: string, maxBlocks = 1000): FieldBlock[] {
  const blocks: FieldBlock[] = [];
  let cur: FieldBlock = new Map();
  let lastKey = '';
  // Lines are cut one at a time: callers that want one block (a header block) stop early.
  for (let pos = 0; pos <= text.length; ) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    const line = text.slice(pos, end);
    pos = end + 1;
    if (/^\s*$/.test(line)) {
      if (cur.size) {
        blocks.push(cur);
        if (blocks.length >= maxBlocks) return blocks;
      }
      cur = new Map();
      lastKey = '';
      continue;
    }
    if (/^[ \t]/.test(line) && lastKey) {
      const prev = cur.get(lastKey) ?? '';
      // A field value is a line or a few: a runaway fold is garbage, and is cut.
      if (prev.length < MAX_VALUE_CHARS) cur.set(lastKey, `${prev} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0 || colon > 80) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    if (!/^[\x21-\x7e]+$/.test(key)) continue;
    const value = line.slice(colon + 1, colon + 1 + MAX_VALUE_CHARS).trim();
    // A second recipient written without the blank line between blocks starts its own block.
    if ((key === 'final-recipient' || key === 'original-recipient') && cur.has(key)) {
      blocks.push(cur);
      if (blocks.length >= maxBlocks) return blocks;
      cur = new Map();
    }
    // The first occurrence wins, as in the RFC's one-field-per-block rule.
    if (!cur.has(key)) cur.set(key, value);
    lastKey = key;
  }
  if (cur.size) blocks.push(cur);
  return blocks;
}

/** Strips the "type;" prefix of typed fields (rfc822; dns; smtp;). */
export function typedValue(v: string | undefined): string {
  if (!v) return '';
  return v.replace(/^[a-z0-9-]{1,20}\s*;\s*/i, '').trim();
}
