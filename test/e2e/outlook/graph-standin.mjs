// A local Microsoft Graph stand-in on 127.0.0.1 answering with the documented response shapes for the
// three calls the add-in makes: list messages filtered on PR_MESSAGE_CLASS, GET .../$value (MIME), and
// POST /me/getMailTips. Logs every request so the suite can check what was sent.
import { createServer } from 'node:http';

export function startGraph({ token, messages, tips = {} }) {
  const log = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const url = new URL(req.url, 'http://127.0.0.1');
      log.push({ method: req.method, path: url.pathname, query: Object.fromEntries(url.searchParams), auth: req.headers.authorization ?? null, body });
      const cors = {
        'Access-Control-Allow-Origin': req.headers.origin ?? '*',
        'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept',
        'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
      };
      const json = (status, obj) => {
        res.writeHead(status, { ...cors, 'Content-Type': 'application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8' });
        res.end(JSON.stringify(obj));
      };
      if (req.method === 'OPTIONS') {
        res.writeHead(204, cors);
        return res.end();
      }
      if (req.headers.authorization !== `Bearer ${token}`) {
        return json(401, { error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty or invalid.' } });
      }
      if (req.method === 'GET' && url.pathname === '/v1.0/me/messages') {
        const filter = url.searchParams.get('$filter') ?? '';
        // Answer only the exact query Graph documents for string extended properties.
        if (!/singleValueExtendedProperties\/any\(ep:\s*ep\/id eq 'String 0x001A' and ep\/value eq 'REPORT\.IPM\.Note\.NDR'\)/.test(filter)) {
          return json(400, { error: { code: 'BadRequest', message: `unexpected $filter: ${filter}` } });
        }
        const top = Number(url.searchParams.get('$top') ?? '10');
        return json(200, {
          '@odata.context': "https://graph.microsoft.com/v1.0/$metadata#users('me')/messages(id,subject,receivedDateTime)",
          value: messages.slice(0, top).map((m) => ({ '@odata.etag': `W/"${m.id}"`, id: m.id, subject: m.subject, receivedDateTime: m.receivedDateTime })),
        });
      }
      const mime = /^\/v1\.0\/me\/messages\/([^/]+)\/\$value$/.exec(url.pathname);
      if (req.method === 'GET' && mime) {
        const m = messages.find((x) => x.id === decodeURIComponent(mime[1]));
        if (!m) return json(404, { error: { code: 'ErrorItemNotFound', message: 'The specified object was not found in the store.' } });
        res.writeHead(200, { ...cors, 'Content-Type': 'text/plain' });
        return res.end(m.mime);
      }
      if (req.method === 'POST' && url.pathname === '/v1.0/me/getMailTips') {
        let parsed;
        try {
          parsed = JSON.parse(body);
        } catch {
          return json(400, { error: { code: 'BadRequest', message: 'body is not JSON' } });
        }
        return json(200, {
          '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.mailTips)',
          value: (parsed.EmailAddresses ?? []).map((a) => ({ emailAddress: { name: '', address: a }, ...(tips[a] ?? { mailboxFull: false, maxMessageSize: 36700160 }) })),
        });
      }
      json(404, { error: { code: 'UnknownPath', message: url.pathname } });
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ port: server.address().port, log, close: () => new Promise((r) => server.close(r)) })));
}
