import { describe, expect, it } from 'vitest';
import { listRecentNdrs, getMime, getMailTips, ndrListPath, type GraphOptions } from './client.js';

function fake(handler: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const seen: { url: string; init: RequestInit }[] = [];
  const opts: GraphOptions = {
    baseUrl: 'https://graph.example/',
    getToken: async () => 'tok',
    fetchImpl: (async (url: string, init: RequestInit) => {
      seen.push({ url, init });
      return handler(url, init);
    }) as unknown as typeof fetch,
    timeoutMs: 200,
  };
  return { opts, seen };
}

const json = (o: unknown, status = 200) => new Response(JSON.stringify(o), { status, headers: { 'Content-Type': 'application/json' } });

describe('Graph client', () => {
  it('filters on PR_MESSAGE_CLASS and bounds $top', () => {
    const q = new URLSearchParams(ndrListPath(500).split('?')[1]);
    expect(q.get('$filter')).toBe("singleValueExtendedProperties/any(ep:ep/id eq 'String 0x001A' and ep/value eq 'REPORT.IPM.Note.NDR')");
    expect(q.get('$top')).toBe('50');
  });

  it('lists NDRs newest first, drops entries without an id, and sends the bearer token', async () => {
    const { opts, seen } = fake(() => json({ value: [
      { id: 'a', subject: 'old', receivedDateTime: '2026-11-01T00:00:00Z' },
      { subject: 'no id' },
      { id: 'b', subject: 'new', receivedDateTime: '2026-11-02T00:00:00Z' },
    ] }));
    expect((await listRecentNdrs(opts)).map((m) => m.id)).toEqual(['b', 'a']);
    expect(seen[0]!.url.startsWith('https://graph.example/v1.0/me/messages?')).toBe(true);
    expect((seen[0]!.init.headers as Record<string, string>).Authorization).toBe('Bearer tok');
    expect(seen[0]!.init.credentials).toBe('omit');
  });

  it('turns Graph errors into messages with the code', async () => {
    const { opts } = fake(() => json({ error: { code: 'InvalidAuthenticationToken', message: 'expired' } }, 401));
    await expect(listRecentNdrs(opts)).rejects.toThrow(/401 \(InvalidAuthenticationToken: expired\)/);
  });

  it('times out a Graph call that never answers', async () => {
    const { opts } = fake((_u, init) => new Promise<Response>((_r, reject) => init.signal?.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' })))));
    await expect(getMime(opts, 'x')).rejects.toThrow(/timed out/);
  });

  it('reads MIME with /$value and escapes the id', async () => {
    const { opts, seen } = fake(() => new Response('Subject: x\r\n\r\n'));
    expect(new TextDecoder().decode(await getMime(opts, 'AA/b+c='))).toContain('Subject: x');
    expect(seen[0]!.url).toBe('https://graph.example/v1.0/me/messages/AA%2Fb%2Bc%3D/$value');
  });

  it('asks MailTips for unique addresses only, with the documented body', async () => {
    const { opts, seen } = fake(() => json({ value: [{ emailAddress: { address: 'a@x.jp' }, mailboxFull: true, maxMessageSize: 1000 }, { emailAddress: { address: 'b@x.jp' }, error: { message: 'unknown' } }] }));
    const tips = await getMailTips(opts, ['a@x.jp', ' a@x.jp ', 'b@x.jp', '']);
    expect(JSON.parse(String(seen[0]!.init.body))).toEqual({ EmailAddresses: ['a@x.jp', 'b@x.jp'], MailTipsOptions: 'mailboxFullStatus, maxMessageSize' });
    expect(tips).toEqual([
      { address: 'a@x.jp', mailboxFull: true, maxMessageSize: 1000, error: null },
      { address: 'b@x.jp', mailboxFull: null, maxMessageSize: null, error: 'unknown' },
    ]);
    expect(await getMailTips(opts, [])).toEqual([]);
    expect(seen.length).toBe(1);
  });
});
