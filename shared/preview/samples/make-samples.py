import base64
from email.header import Header
def b64(s, cs='utf-8'): return base64.encodebytes(s.encode(cs)).decode()
def hdr(s): return Header(s,'utf-8').encode()
def jis_hdr(s): return Header(s,'iso-2022-jp').encode()

def report(fname, *, mta, date, bounce_id, sender, subject_orig, orig_date, human, recipients, orig_to, subj='Undelivered Mail Returned to Sender', from_='MAILER-DAEMON@mail.example.net (Mail Delivery System)', human_body=None):
    b = f"bd-{bounce_id}"
    per = []
    for r in recipients:
        lines = [f"Final-Recipient: rfc822; {r['addr']}", f"Original-Recipient: rfc822;{r['addr']}", f"Action: {r.get('action','failed')}", f"Status: {r['status']}"]
        if r.get('rmta'): lines.append(f"Remote-MTA: dns; {r['rmta']}")
        lines.append(f"Diagnostic-Code: smtp; {r['diag']}")
        if r.get('extra'): lines += r['extra']
        per.append("\n".join(lines))
    human_part = human_body if human_body is not None else f"Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n{human}\n"
    s = f"""Return-Path: <>
Received: by {mta} (Postfix)
\tid {bounce_id}; {date}
Date: {date}
From: {from_}
Subject: {subj}
To: {sender}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="{b}"
Content-Transfer-Encoding: 8bit
Message-Id: <{bounce_id}@{mta}>

This is a MIME-encapsulated message.

--{b}
{human_part}
--{b}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; {mta}
X-Postfix-Queue-ID: {bounce_id}
X-Postfix-Sender: rfc822; {sender}
Arrival-Date: {orig_date}

""" + "\n\n".join(per) + f"""

--{b}
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <{sender}>
Received: from pc01.example.net (pc01.example.net [192.0.2.10])
\tby {mta} (Postfix) with ESMTPSA id {bounce_id}
\tfor <{orig_to[0]}>; {orig_date}
From: {sender}
To: {", ".join(orig_to)}
Subject: {hdr(subject_orig)}
Date: {orig_date}
Message-ID: <{bounce_id}.orig@example.net>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

--{b}--
"""
    open(fname,'w').write(s)

POSTFIX_HEAD = """This is the mail system at host mail.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system
"""

report('user-unknown.eml', mta='mail.example.net', date='Tue, 17 Nov 2026 10:02:11 +0900', bounce_id='4Fq2Lk0Xyz', sender='hanako.sato@example.net',
  subject_orig='来週の打ち合わせについて', orig_date='Tue, 17 Nov 2026 10:02:08 +0900',
  human=POSTFIX_HEAD + """
<taro.yamada@example.co.jp>: host mx1.example.co.jp[198.51.100.25] said: 550
    5.1.1 <taro.yamada@example.co.jp>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)

<ichiro.suzuki@example.org>: host mx.example.org[198.51.100.40] said: 550 5.1.1
    <ichiro.suzuki@example.org>: Recipient address rejected: User unknown
    (in reply to RCPT TO command)""",
  recipients=[dict(addr='taro.yamada@example.co.jp', status='5.1.1', rmta='mx1.example.co.jp', diag='550 5.1.1 <taro.yamada@example.co.jp>: Recipient address rejected: User unknown in virtual mailbox table'),
              dict(addr='ichiro.suzuki@example.org', status='5.1.1', rmta='mx.example.org', diag='550 5.1.1 <ichiro.suzuki@example.org>: Recipient address rejected: User unknown')],
  orig_to=['taro.yamada@example.co.jp','ichiro.suzuki@example.org'])

report('mailbox-full.eml', mta='mail.example.net', date='Wed, 18 Nov 2026 15:40:02 +0900', bounce_id='4Fr9Ab1Cde', sender='hanako.sato@example.net',
  subject_orig='見積書をお送りします', orig_date='Wed, 18 Nov 2026 15:39:58 +0900',
  human=POSTFIX_HEAD + """
<kenji@example.jp>: host mx.example.jp[198.51.100.60] said: 552 5.2.2
    <kenji@example.jp>: Mailbox full: user is over quota (in reply to RCPT TO
    command)""",
  recipients=[dict(addr='kenji@example.jp', status='5.2.2', rmta='mx.example.jp', diag='552 5.2.2 <kenji@example.jp>: Mailbox full: user is over quota')],
  orig_to=['kenji@example.jp'])

report('too-big.eml', mta='mail.example.net', date='Thu, 19 Nov 2026 09:12:45 +0900', bounce_id='4Fs1Qw2Rty', sender='hanako.sato@example.net',
  subject_orig='Photos from the trip (3 attachments)', orig_date='Thu, 19 Nov 2026 09:12:30 +0900',
  human=POSTFIX_HEAD + """
<mika@example.com>: host mx.example.com[198.51.100.80] said: 552 5.3.4 Message
    size exceeds fixed maximum message size (10485760 bytes) (in reply to end of
    DATA command)""",
  recipients=[dict(addr='mika@example.com', status='5.3.4', rmta='mx.example.com', diag='552 5.3.4 Message size exceeds fixed maximum message size (10485760 bytes)')],
  orig_to=['mika@example.com'])

report('host-unknown.eml', mta='mail.example.net', date='Fri, 20 Nov 2026 11:05:10 +0900', bounce_id='4Ft7Yu3Iop', sender='hanako.sato@example.net',
  subject_orig='Re: 資料の件', orig_date='Fri, 20 Nov 2026 11:05:09 +0900',
  human=POSTFIX_HEAD + """
<yuki@exmaple.co.jp>: Host or domain name not found. Name service error for
    name=exmaple.co.jp type=A: Host not found""",
  recipients=[dict(addr='yuki@exmaple.co.jp', status='5.4.4', diag='Host or domain name not found. Name service error for name=exmaple.co.jp type=A: Host not found')],
  orig_to=['yuki@exmaple.co.jp'])

report('delayed.eml', mta='mail.example.net', date='Sat, 21 Nov 2026 14:00:03 +0900', bounce_id='4Fu2Gh4Jkl', sender='hanako.sato@example.net',
  subj='Delayed Mail (still being retried)',
  subject_orig='今月の請求書', orig_date='Sat, 21 Nov 2026 09:59:51 +0900',
  human="""This is the mail system at host mail.example.net.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

                   The mail system

<sales@example.biz>: connect to mx.example.biz[198.51.100.99]:25: Connection
    timed out""",
  recipients=[dict(addr='sales@example.biz', status='4.4.1', action='delayed', rmta='mx.example.biz', diag='connect to mx.example.biz[198.51.100.99]:25: Connection timed out', extra=['Will-Retry-Until: Thu, 26 Nov 2026 09:59:51 +0900'])],
  orig_to=['sales@example.biz'])

ja_text = """このメールは、送信先のメールサーバーから受け取りを拒否されたため、配信できませんでした。
宛先のメールアドレスをご確認ください。

<mobile-user.2026@docomo.ne.jp>: 送信先サーバー mfsmax.docomo.ne.jp が次のように応答しました:
550 Unknown user mobile-user.2026@docomo.ne.jp
"""
human_body = "Content-Description: Notification\nContent-Type: text/plain; charset=ISO-2022-JP\nContent-Transfer-Encoding: 7bit\n\n" + ja_text.encode('iso-2022-jp').decode('ascii') + "\n"
report('carrier-ja.eml', mta='smtp.isp.example.ne.jp', date='Sun, 22 Nov 2026 20:15:33 +0900', bounce_id='4Fv5Zx5Cvb', sender='family@isp.example.ne.jp',
  subj=jis_hdr('メール配信エラーのお知らせ'), from_='MAILER-DAEMON@smtp.isp.example.ne.jp',
  subject_orig='週末の予定', orig_date='Sun, 22 Nov 2026 20:15:30 +0900',
  human='', human_body=human_body,
  recipients=[dict(addr='mobile-user.2026@docomo.ne.jp', status='5.0.0', rmta='mfsmax.docomo.ne.jp', diag='550 Unknown user mobile-user.2026@docomo.ne.jp')],
  orig_to=['mobile-user.2026@docomo.ne.jp'])

inner = """Return-Path: <>
Date: Mon, 23 Nov 2026 08:30:00 +0900
From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.net>
To: <jiro@example.net>
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="inner-b1"
Message-Id: <202611230830.inner@relay.example.net>

--inner-b1
Content-Type: text/plain; charset=us-ascii

The original message was received at Mon, 23 Nov 2026 08:29:55 +0900
from pc02.example.net [192.0.2.20]

   ----- The following addresses had permanent fatal errors -----
<partner@corp.example.com>
    (reason: 550 5.7.1 Message rejected as spam by content filtering)

--inner-b1
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.example.net
Arrival-Date: Mon, 23 Nov 2026 08:29:55 +0900

Final-Recipient: RFC822; partner@corp.example.com
Action: failed
Status: 5.7.1
Remote-MTA: DNS; mx.corp.example.com
Diagnostic-Code: SMTP; 550 5.7.1 Message rejected as spam by content filtering
Last-Attempt-Date: Mon, 23 Nov 2026 08:30:00 +0900

--inner-b1
Content-Type: text/rfc822-headers

From: jiro@example.net
To: partner@corp.example.com
Subject: Contract draft v2
Date: Mon, 23 Nov 2026 08:29:50 +0900
Message-ID: <draft2@example.net>

--inner-b1--
"""
note = b64('ヘルプデスク御中\n\n取引先に送ったメールがエラーで戻ってきました。確認をお願いします。\n')
fwd = f"""From: jiro@example.net
To: helpdesk@example.net
Subject: {hdr('Fwd: エラーで戻ってきました')}
Date: Mon, 23 Nov 2026 09:01:00 +0900
Message-ID: <fwd1@example.net>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer-b1"

--outer-b1
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{note}
--outer-b1
Content-Type: message/rfc822
Content-Disposition: attachment; filename="Returned mail.eml"

{inner}
--outer-b1--
"""
open('forwarded.eml','w').write(fwd)
