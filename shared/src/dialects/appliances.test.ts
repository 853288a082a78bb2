// Every appliance dialect must stay fast and never throw on hostile text: each `read` is fed the
// format's own key lines followed by pathological runs (1 MB of one character, long address-like runs).
import { describe, expect, it } from 'vitest';
import type { Message, RecipientRecord } from '../types.js';
import { APPLIANCE_DIALECTS } from './appliances.js';

const MB = 1_000_000;
const KEY_LINES = [
  'Unable to deliver message to the following address(es).', 'Message from example.com.', '<a@b.example>:',
  '---The following addresses had delivery errors---', 'was not delivered to:', 'because:',
  '------- Failure Reasons  --------', '-------server message', '-------SMTP command', 'Error message below:',
  'Message details:', 'RCPT TO: ', 'Could not be delivered to: ', 'Recipient: <', '>>> RCPT TO:<', '<<< 550 ',
  'The problem appears to be :', 'Additional information follows :', '-- ', 'Delivery to the following recipients failed permanently:',
  'Technical details:', 'Unknown user: ', 'Body of message generated response:', 'Sent <<< RCPT TO:<', 'Received >>> ',
  'The following address failed:', 'Unable to deliver message to: <', 'Delivery failed for the following reason:',
  'We had trouble delivering your message. Full details follow:', 'SMTP Server <h> rejected recipient <',
  'Your mail message to the following address(es) could not be delivered', 'Could not be delivered because of',
  'The following recipients were affected:', '   ----- The following addresses had delivery problems -----',
  '   ----- Non-delivered information -----', 'Your message could not be sent.', 'A transcript of the attempts to send the message follows.',
];
const RUNS = ['a'.repeat(MB), ' '.repeat(MB), '@'.repeat(MB), 'a@'.repeat(MB / 2), '<' + 'a'.repeat(MB), 'x@y.example '.repeat(MB / 12), '-'.repeat(MB), '['.repeat(MB)];

function message(text: string): Message {
  return {
    headers: [{ key: 'from', value: 'postmaster@ezweb.ne.jp' }, { key: 'content-type', value: 'multipart/mixed; boundary="Active!Hunter"' }, { key: 'x-mlserver', value: 'fml' }],
    subject: 'Undeliverable Mail', from: 'postmaster@ezweb.ne.jp', to: [], date: null, messageId: null,
    text, parts: [{ mimeType: 'text/plain', text: text.slice(0, 2000) }, { mimeType: 'message/delivery-status', text: 'X-PowerMTA-BounceCategory: bad-mailbox\nFinal-Recipient: rfc822;' + text.slice(0, 5000) }],
    truncated: false, size: text.length,
  };
}

describe('appliance dialects on hostile input', () => {
  for (const d of APPLIANCE_DIALECTS) {
    it(`${d.name}: linear and total`, () => {
      for (const run of RUNS) {
        for (const text of [KEY_LINES.join('\n') + '\n' + run, KEY_LINES.map((k) => k + run.slice(0, 20_000)).join('\n')]) {
          const msg = message(text);
          let out: RecipientRecord[] = [];
          // The faster of two runs: a garbage-collection pause on a busy machine is not a slow regex.
          let ms = Infinity;
          for (let attempt = 0; attempt < 2; attempt++) {
            const t0 = performance.now();
            expect(() => {
              d.matches(msg);
              out = d.read({ msg, dsn: [] });
            }).not.toThrow();
            ms = Math.min(ms, performance.now() - t0);
          }
          expect(ms, `${d.name} took ${ms.toFixed(0)} ms`).toBeLessThan(250);
          expect(Array.isArray(out)).toBe(true);
        }
      }
    });
  }
});
