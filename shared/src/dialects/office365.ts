// Exchange Online / Office 365 (and Outlook.com since its move to Exchange Online). Same NDR layout as
// Exchange 2007+, told apart by Microsoft's cloud host names so the report names the right sender.
import type { Dialect } from './dialect.js';
import { header } from '../message/index.js';
import { EXCHANGE_NDR_GATE, looksLikeExchangeNdr, readExchangeNdr } from './exchange2007.js';

const CLOUD = /\.(?:outlook\.com|office365\.com|outlook\.office365\.com|protection\.outlook\.com)\b/i;

export const office365: Dialect = {
  name: 'office365',
  gate: EXCHANGE_NDR_GATE,
  matches(msg) {
    if (!looksLikeExchangeNdr(msg)) return false;
    return CLOUD.test(msg.text.slice(0, 20000)) || /outlook\.com|office365/i.test(msg.from)
      || header(msg, 'x-ms-exchange-crosstenant-id') !== null || /office 365|microsoft 365/i.test(msg.text.slice(0, 20000));
  },
  read: readExchangeNdr,
};
