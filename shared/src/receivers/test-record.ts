// A RecipientRecord for receiver tests: only what the test sets differs from an empty failed record.
import type { RecipientRecord } from '../types.js';

export function testRecord(over: Partial<RecipientRecord>): RecipientRecord {
  return { address: 'someone@example.net', action: 'failed', status: null, replyCode: null, remoteMta: null, diagnostic: '', command: null, ...over };
}
