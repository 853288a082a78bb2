// Writes a minimal Outlook .msg (Compound File) holding a bounce's transport headers and body, with
// msgreader's own CFB writer, so the preview's .msg path is tested on a real compound file.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { burn } = require('@kenjiuno/msgreader/lib/Burner.js');

const DOCUMENT = 2;
const ROOT = 5;

function utf16(s) {
  return Uint8Array.from(Buffer.from(s, 'utf16le'));
}

/** props: { [tagHex8]: string } for PT_UNICODE (001F) properties, e.g. '0037001F' (subject). */
export function makeMsg(props) {
  const streams = Object.entries(props).map(([tag, value]) => ({ name: `__substg1.0_${tag}`, data: utf16(value) }));
  // An empty fixed-property stream (32-byte header) as Outlook writes for a top-level message.
  streams.push({ name: '__properties_version1.0', data: new Uint8Array(32) });
  const entries = [{ name: 'Root Entry', type: ROOT, length: 0, children: [] }];
  for (const s of streams) {
    entries[0].children.push(entries.length);
    entries.push({ name: s.name, type: DOCUMENT, length: s.data.length, binaryProvider: () => s.data });
  }
  return burn(entries);
}
