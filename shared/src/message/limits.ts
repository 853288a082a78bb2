// Named safety limits. A bounce's diagnosis lives in its first few kilobytes; the returned original
// can be tens of megabytes, so nothing past these limits is ever decoded.

export interface Limits {
  /** Bytes of the raw message handed to the MIME parser; the rest (attachments of the original) is cut. */
  maxParseBytes: number;
  /** Characters of any one part's decoded text kept for the report readers. */
  maxPartChars: number;
  /** Characters of the plain-text body kept for the dialect readers. */
  maxTextChars: number;
  /** MIME nesting depth passed to the parser. */
  maxNestingDepth: number;
  /** MIME parts read per message; real bounces have a handful, hostile ones hundreds of thousands. */
  maxParts: number;
  /**
   * Bytes of one header block that are read (the rest of that block is skipped, its body still found).
   * All header blocks of a message together are read up to twice this, so a huge top-level header
   * cannot starve the report parts' own Content-Type lines.
   */
  maxHeadersSize: number;
  /** How deep forwarded bounces (a bounce inside a message/rfc822) are followed. */
  maxForwardDepth: number;
  /** Recipients kept per message. */
  maxRecipients: number;
  /** Characters of one diagnostic text kept. */
  maxDiagnosticChars: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxParseBytes: 1024 * 1024,
  maxPartChars: 256 * 1024,
  maxTextChars: 256 * 1024,
  maxNestingDepth: 32,
  maxParts: 1000,
  maxHeadersSize: 64 * 1024,
  maxForwardDepth: 3,
  maxRecipients: 500,
  maxDiagnosticChars: 2000,
});

export function withLimits(overrides?: Partial<Limits>): Limits {
  const out: Limits = { ...DEFAULT_LIMITS };
  if (!overrides) return out;
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof Limits)[]) {
    const v = overrides[key];
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) out[key] = Math.floor(v);
  }
  return out;
}
