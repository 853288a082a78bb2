// Japanese mobile-carrier mail domains whose users commonly have "refuse PC mail" (PCメール拒否)
// or a whitelist-only filter switched on by default. Subdomains match too (biz.ezweb.ne.jp,
// x.vodafone.ne.jp ...). Data, not code: reviewed against each carrier's help pages, 2026-11.
export const CARRIER_DOMAINS: Readonly<Record<string, string>> = Object.freeze({
  'docomo.ne.jp': 'docomo',
  'mopera.net': 'docomo',
  'ezweb.ne.jp': 'au',
  'au.com': 'au',
  'uqmobile.jp': 'uq',
  'softbank.ne.jp': 'softbank',
  'i.softbank.jp': 'softbank',
  'disney.ne.jp': 'softbank',
  'vodafone.ne.jp': 'softbank',
  'ymobile.ne.jp': 'ymobile',
  'y-mobile.ne.jp': 'ymobile',
  'emobile.ne.jp': 'ymobile',
  'willcom.com': 'ymobile',
  'pdx.ne.jp': 'ymobile',
  'wcm.ne.jp': 'ymobile',
  'rakumail.jp': 'rakuten',
});

/** The carrier of a (lowercase, ASCII or IDN) domain, or null. Matches the domain and its subdomains. */
export function carrierOf(domain: string, table: Readonly<Record<string, string>> = CARRIER_DOMAINS): string | null {
  let d = domain.toLowerCase().replace(/\.$/, '');
  // Walk up label by label: x.y.docomo.ne.jp -> y.docomo.ne.jp -> docomo.ne.jp ...
  for (;;) {
    if (Object.prototype.hasOwnProperty.call(table, d)) return table[d] ?? null;
    const dot = d.indexOf('.');
    if (dot < 0) return null;
    d = d.slice(dot + 1);
  }
}
