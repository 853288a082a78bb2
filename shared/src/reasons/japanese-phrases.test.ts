// Japanese wording of carrier, ISP and appliance bounces: each sample sentence (written for this test)
// must land on its reason through the phrase lists, and size wording must not read as a full mailbox.
import { describe, expect, it } from 'vitest';
import { matchPhrase } from './classify.js';

const SAMPLES: readonly [string, string][] = [
  ['送信先のメールボックスが一杯のため、送信できませんでした。', 'mailboxfull'],
  ['相手様のメールボックスの容量がオーバーしています。', 'mailboxfull'],
  ['送信されたメールの容量が大きすぎるため配送できません。', 'mesgtoobig'],
  ['指定されたユーザーが存在しません。', 'userunknown'],
  ['宛先のドメインが見つかりません。', 'hostunknown'],
  ['このアカウントは利用停止中です。', 'suspend'],
  ['受信者の設定により受信拒否されました。', 'filtered'],
  ['迷惑メールと判定されたため配送を中止しました。', 'spamdetected'],
  ['添付ファイルからウイルスが検出されました。', 'virusdetected'],
  ['配送期限を過ぎたため返送します。', 'expired'],
];

describe('Japanese phrases', () => {
  for (const [text, reason] of SAMPLES) {
    it(`${reason}: ${text}`, () => {
      expect(matchPhrase(text)?.reason).toBe(reason);
    });
  }
});
