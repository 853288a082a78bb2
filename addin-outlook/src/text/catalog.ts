// TEMPORARY until shared/src/advice exports precheckText (issue 3): minimal wording so the handler can be
// built and tested. Replaced by a re-export of the catalog; nothing else imports the catalog directly.
import type { Locale } from '@bounce-doctor/core';

const EN: Record<string, string> = {
  'address-consecutive-dots': 'the address has two dots in a row',
  'address-dot-before-at': 'the address has a dot just before @',
  'address-leading-dot': 'the address starts with a dot',
  'address-fullwidth': 'the address contains full-width characters',
  'address-space': 'the address contains a space',
  'address-invalid': 'the address is not valid',
  'size-over-limit': 'the mail is larger than the server accepts',
  'carrier-pc-mail': 'a mobile-carrier address may refuse mail from computers',
};
const JA: Record<string, string> = {
  'address-consecutive-dots': 'アドレスにドットが連続しています',
  'address-dot-before-at': 'アドレスの @ の直前にドットがあります',
  'address-leading-dot': 'アドレスがドットで始まっています',
  'address-fullwidth': 'アドレスに全角文字が含まれています',
  'address-space': 'アドレスに空白が含まれています',
  'address-invalid': 'アドレスの形式が正しくありません',
  'size-over-limit': 'メールがサーバーの上限より大きくなっています',
  'carrier-pc-mail': '携帯電話のアドレスは PC からのメールを拒否していることがあります',
};

export function precheckText(code: string, _params: Record<string, string | number>, locale: Locale): string {
  return (locale === 'ja' ? JA : EN)[code] ?? code;
}
