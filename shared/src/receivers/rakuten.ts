// Rakuten Mobile's carrier mail (rakumail.jp, since 2023-09) and Rakuten's own mail domains. Rakuten
// gives no wording of its own that changes a reason; the rule exists so reports and advice can name the
// carrier, and so a refused message is not mistaken for an unknown user.
import type { ReceiverRule } from './rule.js';

export const rakuten: ReceiverRule = {
  name: 'rakuten',
  since: '2023-09-01',
  domains: ['rakumail.jp', 'rakuten.jp'],
  mtaSuffixes: ['rakumail.jp'],
  decide(rec, lower) {
    // A refusal after the recipient was accepted is the recipient's filter, as with the other carriers.
    if ((rec.command ?? '').toUpperCase() === 'DATA' && (lower.includes('user unknown') || lower.includes('unknown user'))) {
      return { reason: 'filtered', why: 'Rakuten: unknown user after DATA (reception filter)', detail: 'carrier-reception-filter' };
    }
    return null;
  },
};
