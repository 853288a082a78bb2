// Microsoft Graph, only where the admin configured it: recent NDRs (by message class, read as MIME) and
// MailTips. Every call is bounded in time and size, and nothing from a mail is ever sent anywhere: the only
// request bodies are the recipient addresses MailTips needs.

export const NDR_CLASS = 'REPORT.IPM.Note.NDR';
/** PR_MESSAGE_CLASS as a Graph extended property id. */
export const MESSAGE_CLASS_PROP = 'String 0x001A';

export interface GraphOptions {
  /** e.g. https://graph.microsoft.com (tests point it at a local stand-in). */
  baseUrl: string;
  getToken: () => Promise<string>;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

export interface NdrSummary {
  id: string;
  subject: string;
  receivedDateTime: string | null;
}

export interface MailTip {
  address: string;
  mailboxFull: boolean | null;
  maxMessageSize: number | null;
  error: string | null;
}

export class GraphError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

const MAX_MIME_BYTES = 10 * 1024 * 1024;

async function request(o: GraphOptions, path: string, init: RequestInit = {}): Promise<Response> {
  const token = await o.getToken();
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), o.timeoutMs ?? 15_000);
  try {
    const res = await (o.fetchImpl ?? fetch)(`${o.baseUrl.replace(/\/+$/, '')}/v1.0${path}`, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), Authorization: `Bearer ${token}` },
      signal: ctl.signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
    if (!res.ok) {
      let detail = '';
      try {
        const j = (await res.json()) as { error?: { code?: string; message?: string } };
        detail = j.error?.code ? `${j.error.code}: ${j.error.message ?? ''}` : '';
      } catch {
        /* body is not JSON: status says enough */
      }
      throw new GraphError(`Graph ${path.split('?')[0]} answered ${res.status}${detail ? ` (${detail})` : ''}`, res.status);
    }
    return res;
  } catch (e) {
    if (e instanceof GraphError) throw e;
    const msg = (e as Error)?.name === 'AbortError' ? 'timed out' : (e as Error)?.message;
    throw new GraphError(`Graph ${path.split('?')[0]}: ${msg}`, 0);
  } finally {
    clearTimeout(timer);
  }
}

/** The query that lists NDRs: class is filtered server-side, sorting is done here (Graph refuses
 *  $orderby together with an extended-property filter on many mailboxes: InefficientFilter). */
export function ndrListPath(top: number): string {
  const filter = `singleValueExtendedProperties/any(ep:ep/id eq '${MESSAGE_CLASS_PROP}' and ep/value eq '${NDR_CLASS}')`;
  const q = new URLSearchParams({ $filter: filter, $select: 'id,subject,receivedDateTime', $top: String(Math.max(1, Math.min(top, 50))) });
  return `/me/messages?${q.toString()}`;
}

export async function listRecentNdrs(o: GraphOptions, top = 10): Promise<NdrSummary[]> {
  const res = await request(o, ndrListPath(top), { headers: { Accept: 'application/json' } });
  const j = (await res.json()) as { value?: unknown };
  const list = Array.isArray(j.value) ? j.value : [];
  return list
    .map((m) => m as { id?: unknown; subject?: unknown; receivedDateTime?: unknown })
    .filter((m) => typeof m.id === 'string' && m.id !== '')
    .map((m) => ({
      id: m.id as string,
      subject: typeof m.subject === 'string' ? m.subject : '',
      receivedDateTime: typeof m.receivedDateTime === 'string' ? m.receivedDateTime : null,
    }))
    .sort((a, b) => (b.receivedDateTime ?? '').localeCompare(a.receivedDateTime ?? ''));
}

/** The NDR as MIME (GET /me/messages/{id}/$value), bounded. */
export async function getMime(o: GraphOptions, id: string): Promise<Uint8Array> {
  const res = await request(o, `/me/messages/${encodeURIComponent(id)}/$value`);
  const buf = new Uint8Array(await res.arrayBuffer());
  return buf.length > MAX_MIME_BYTES ? buf.subarray(0, MAX_MIME_BYTES) : buf;
}

/** MailTips for addresses (POST /me/getMailTips). */
export async function getMailTips(o: GraphOptions, addresses: string[]): Promise<MailTip[]> {
  const unique = [...new Set(addresses.map((a) => a.trim()).filter(Boolean))].slice(0, 100);
  if (unique.length === 0) return [];
  const res = await request(o, '/me/getMailTips', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ EmailAddresses: unique, MailTipsOptions: 'mailboxFullStatus, maxMessageSize' }),
  });
  const j = (await res.json()) as { value?: unknown };
  const list = Array.isArray(j.value) ? j.value : [];
  return list.map((t) => {
    const tip = t as { emailAddress?: { address?: unknown }; mailboxFull?: unknown; maxMessageSize?: unknown; error?: { message?: unknown } };
    return {
      address: typeof tip.emailAddress?.address === 'string' ? tip.emailAddress.address : '',
      mailboxFull: typeof tip.mailboxFull === 'boolean' ? tip.mailboxFull : null,
      maxMessageSize: typeof tip.maxMessageSize === 'number' ? tip.maxMessageSize : null,
      error: tip.error && typeof tip.error.message === 'string' ? tip.error.message : null,
    };
  });
}
