import { describe, expect, it } from 'vitest';
import { parseMessage } from '../message/index.js';
import { googlegroups } from './googlegroups.js';
import { googleworkspace } from './googleworkspace.js';

describe('googlegroups dialect', () => {
  it('takes the group from X-Failed-Recipients and calls the refusal rejected', async () => {
    const msg = await parseMessage(`From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: taro@example.jp
X-Failed-Recipients: team-list@googlegroups.com
Subject: Delivery Status Notification (Failure)
Content-Type: text/plain; charset="UTF-8"

Hello taro@example.jp,

The group you tried to contact (team-list) may not exist, or you may not have permission to post.

If you have questions, visit the Help Center at https://groups.google.com/support/.

Thanks,

Google Groups

----- Original message -----

Subject: hi
`);
    expect(googlegroups.matches(msg)).toBe(true);
    expect(googleworkspace.matches(msg)).toBe(false);
    const [r] = googlegroups.read({ msg, dsn: [] });
    expect(r).toMatchObject({ address: 'team-list@googlegroups.com', reason: 'rejected', detail: 'google-groups-post-refused' });
    expect(r!.diagnostic).toContain('may not have permission to post');
  });
});

describe('googleworkspace dialect', () => {
  it("reads \"Send mail as\" failures when the delivery-status part is empty", async () => {
    const msg = await parseMessage(`From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
X-Failed-Recipients: meeting@example.com
Subject: Delivery Status Notification (Failure)
Content-Type: text/plain; charset="UTF-8"

** Message not delivered **

You're sending this from a different address or alias using the 'Send mail as' feature. Check those settings.

The response was:

Unspecified Error (SENT_SECOND_EHLO): Smtp server does not advertise AUTH capability
`);
    expect(googleworkspace.matches(msg)).toBe(true);
    const [r] = googleworkspace.read({ msg, dsn: [] });
    expect(r).toMatchObject({ address: 'meeting@example.com', reason: 'rejected', detail: 'google-send-mail-as' });
    expect(r!.diagnostic).toContain('does not advertise AUTH');
  });
});
