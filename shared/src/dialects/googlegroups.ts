// Google Groups refusing a post (sent by mailer-daemon@googlemail.com, localised into the poster's
// language): "the group you tried to contact (x) may not exist, or you may not have permission to post
// messages to the group". The failed group address is only in X-Failed-Recipients.
import type { RecipientRecord } from '../types.js';
import type { Dialect } from './dialect.js';
import { inFrom } from './gate.js';
import { headersAll } from '../message/index.js';
import { cleanAddress, squash } from '../text/index.js';
import { fromMatches } from './appliance-text.js';
import { lowerFrom } from './lower-text.js';

const ORIGINAL = /^[ \t]*-{3,}[ \t]*Original message[ \t]*-{3,}/im;

function failed(msg: Parameters<Dialect['matches']>[0]): string[] {
  return headersAll(msg, 'x-failed-recipients').flatMap((v) => v.split(',')).map((a) => cleanAddress(a)).filter(Boolean);
}

export const googlegroups: Dialect = {
  name: 'googlegroups',
  gate: [inFrom('@google')],
  matches(msg) {
    if (!lowerFrom(msg).includes('@google') || !fromMatches(msg, /@googlemail\.com|@google\.com/i)) return false;
    const head = msg.text.slice(0, 6000);
    return /groups\.google\.com|Google Groups/i.test(head) && failed(msg).some((a) => /@googlegroups\.com$/i.test(a) || /google\.com\/support/i.test(head));
  },
  read({ msg }) {
    const cut = msg.text.search(ORIGINAL);
    const body = squash(cut === -1 ? msg.text.slice(0, 3000) : msg.text.slice(0, cut), 600);
    return failed(msg).map((address): RecipientRecord => ({
      address, action: 'failed', status: null, replyCode: null, remoteMta: null, command: null, diagnostic: body,
      // The group does not exist or does not accept posts from this sender: the group refused the sender.
      reason: 'rejected', detail: 'google-groups-post-refused',
    }));
  },
};
