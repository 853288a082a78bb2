// 1&1 / IONOS (mailer-daemon@kundenserver.de): the same failure list as GMX (same company); a remote
// server's refusal reads "SMTP error from remote server for TEXT command, host: h (ip) reason: 550 ...".
import type { Dialect } from './dialect.js';
import { inFrom } from './gate.js';
import { readGmxStyle } from './gmx.js';
import { lowerFrom } from './lower-text.js';

export const einsundeins: Dialect = {
  name: 'einsundeins',
  gate: [inFrom('kundenserver.')],
  matches(msg) {
    return lowerFrom(msg).includes('kundenserver.') && /@(?:[\w-]+\.)*kundenserver\.(?:[\w-]+\.)*(?:de|com)\b/i.test(msg.from) && /^This message was created automatically by mail delivery software/im.test(msg.text.slice(0, 500));
  },
  read: ({ msg }) => readGmxStyle(msg),
};
