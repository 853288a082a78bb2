#!/usr/bin/env node
// npm run test:e2e:outlook — the Outlook pane and handler bundle in real Chromium, under a scripted
// Office.js host served in place of Microsoft's CDN URL, with a local Graph stand-in on 127.0.0.1.
// SKIPs loudly (exit 0) without Chromium; with REQUIRE_E2E=1 a skip is a failure (exit 1).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { startGraph } from './graph-standin.mjs';
import * as fx from './fixtures.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = join(here, '../../..');
const out = join(repo, 'test-results/outlook');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const require_ = process.env.REQUIRE_E2E === '1';

function skip(why) {
  const line = '#'.repeat(78);
  console.error(`${line}\n# SKIP outlook e2e: ${why}\n${line}`);
  if (require_) {
    console.error('REQUIRE_E2E=1: a skip is a failure');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  console.log('0 passed, 0 failed');
  process.exit(0);
}

if (!existsSync(CHROMIUM)) skip(`Chromium not found at ${CHROMIUM} (Debian package "chromium")`);
let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch (e) {
  skip(`playwright-core not installed (${e.message})`);
}

mkdirSync(out, { recursive: true });
const results = [];
function check(flow, cond, what) {
  const r = results.find((x) => x.flow === flow) ?? results[results.push({ flow, fails: [], checks: 0 }) - 1];
  r.checks++;
  if (!cond) r.fails.push(what);
}

// ---- Graph stand-in and the site built against it.
const TOKEN = 'standin-access-token-4c1d';
const sentMessageId = '<orig-bdmark-graph-e6a9@example.org>';
const graph = await startGraph({
  token: TOKEN,
  messages: [
    { id: 'AAMkAD-ndr-1', subject: 'Undeliverable: Meeting notes', receivedDateTime: '2026-11-20T01:00:00Z', mime: fx.userUnknownDsn(fx.MARK.graph, sentMessageId) },
    { id: 'AAMkAD-ndr-2', subject: 'Undeliverable: Lunch', receivedDateTime: '2026-11-19T01:00:00Z', mime: fx.mailboxFullDsn('bdmark-graph-older') },
  ],
  tips: { 'me@example.jp': { mailboxFull: true, maxMessageSize: 36700160 }, 'full@example.com': { mailboxFull: true, maxMessageSize: 36700160 } },
});
const graphOrigin = `http://127.0.0.1:${graph.port}`;
const tmp = mkdtempSync(join(tmpdir(), 'bd-outlook-e2e-'));
// A private build per run: another run (or helper) may be building at the same time.
const site = join(tmp, 'site');
writeFileSync(join(tmp, 'config.json'), JSON.stringify({ providerName: 'Example Net', maxMessageSizeMb: 20, quotaMb: 2048, helpdeskPhone: '0120-000-000', precheckMayBlock: true }));
writeFileSync(join(tmp, 'outlook.json'), JSON.stringify({ graph: { clientId: '0f0e0d0c-0b0a-4909-8807-060504030201', tenant: 'example.onmicrosoft.com', baseUrl: graphOrigin } }));
const b = spawnSync(process.execPath, [join(repo, 'addin-outlook/build.mjs')], {
  encoding: 'utf8',
  env: { ...process.env, BD_HOST: 'https://addin.example.com/bd/', BD_OUT_DIR: site, BD_CONFIG: join(tmp, 'config.json'), BD_OUTLOOK: join(tmp, 'outlook.json') },
});
if (b.status !== 0) {
  console.error(b.stdout, b.stderr);
  await graph.close();
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// Pane JS weight: everything the pane loads up front (lazy MSAL / msgreader chunks excluded).
const html = readFileSync(join(site, 'taskpane.html'), 'utf8');
const eager = [...html.matchAll(/(?:src|href)="\.\/(pane\/[^"]+\.js)"/g)].map((m) => m[1]);
const paneGzip = eager.reduce((n, f) => n + gzipSync(readFileSync(join(site, f))).length, 0);
const paneRaw = eager.reduce((n, f) => n + readFileSync(join(site, f)).length, 0);
const gz = (f) => (existsSync(join(site, f)) ? gzipSync(readFileSync(join(site, f))).length : 0);
const jsLoaded = new Set(); // pane chunks actually fetched across the flows (lazy ones included)
let verdictJs = []; // chunks fetched to show the first verdict (flow 1)

// ---- Static server for the built site (what the admin hosts).
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png', '.xml': 'application/xml' };
const web = createServer((req, res) => {
  const p = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(site, p);
  if (!file.startsWith(site) || !existsSync(file)) {
    res.writeHead(404);
    return res.end();
  }
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((r) => web.listen(0, '127.0.0.1', r));
const siteOrigin = `http://127.0.0.1:${web.address().port}`;

const userDataDir = mkdtempSync(join(tmpdir(), 'bd-chromium-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  viewport: { width: 380, height: 900 },
  deviceScaleFactor: 1,
});
const standin = readFileSync(join(here, 'office-standin.js'), 'utf8');

/** Opens the pane under a scenario; returns the page and its request log. */
async function openPane(scenario, { graphOn = false, path = 'taskpane.html?profile=default', officeDown = false } = {}) {
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() ?? '' }));
  await page.addInitScript((s) => (window.__bdScenario = s), scenario);
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return officeDown ? route.abort('connectionrefused') : route.fulfill({ status: 200, contentType: 'text/javascript', body: standin });
    if (!graphOn && url === `${siteOrigin}/outlook.json`) return route.fulfill({ status: 200, contentType: 'application/json', body: '{}' });
    if (url.startsWith(siteOrigin) || url.startsWith(graphOrigin)) return route.continue();
    return route.abort(); // anything else would be a leak; it is recorded in `requests` and fails the flow
  });
  await page.goto(`${siteOrigin}/${path}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
  return { page, requests, errors };
}

async function calls(page) {
  return page.evaluate(() => window.__bdCalls ?? []);
}
const banners = (cs) => cs.filter((c) => c.name === 'notificationMessages.replaceAsync');

function checkNetwork(flow, requests, markers, graphOn) {
  for (const r of requests) {
    const js = /\/(pane\/[^/?]+\.js)$/.exec(r.url);
    if (js) jsLoaded.add(js[1]);
    const okOrigin = r.url === OFFICE_JS || r.url.startsWith(siteOrigin) || (graphOn && r.url.startsWith(graphOrigin));
    check(flow, okOrigin, `request to a foreign origin: ${r.url}`);
    for (const m of markers) check(flow, !r.url.includes(m) && !r.body.includes(m), `mail content (${m}) in a request to ${r.url}`);
    if (r.method !== 'GET') check(flow, r.url.startsWith(graphOrigin) && r.url.endsWith('/getMailTips'), `unexpected ${r.method} to ${r.url}`);
  }
}

async function meta(page) {
  return page.evaluate(() => {
    const m = document.getElementById('bd-verdict-meta');
    return { ...m.dataset, text: m.textContent, pane: document.getElementById('bd-pane').innerText, diag: document.getElementById('bd-diag-text').textContent };
  });
}

async function shot(page, name) {
  await page.evaluate(() => document.getElementById('bd-diag').setAttribute('open', ''));
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
}

const allMarkers = Object.values(fx.MARK);

async function flow(name, fn) {
  // BD_E2E_ONLY=<substring>: run only matching flows (for debugging; the full suite runs them all).
  if (process.env.BD_E2E_ONLY && !name.includes(process.env.BD_E2E_ONLY)) return;
  const t0 = Date.now();
  try {
    await fn(name);
  } catch (e) {
    check(name, false, `threw: ${e.stack ?? e}`);
  }
  const r = results.find((x) => x.flow === name);
  console.log(`${r && r.fails.length === 0 ? 'PASS' : 'FAIL'} ${name} (${r?.checks ?? 0} checks, ${Date.now() - t0} ms)`);
  for (const f of r?.fails ?? []) console.log(`     - ${f}`);
}

// 1. A plain-text bounce as the open item (getAsFileAsync, 1.14).
await flow('plain-text bounce as the open item', async (n) => {
  const eml = fx.plainBounce();
  const { page, requests, errors } = await openPane({ displayLanguage: 'ja-JP', sets: { Mailbox: '1.14' }, item: { itemClass: 'IPM.Note', subject: 'Undelivered Mail Returned to Sender', emlBase64: fx.b64(eml) } });
  await page.waitForSelector('#bd-verdict-meta[data-bounce]', { state: 'attached' });
  const m = await meta(page);
  check(n, m.bounce === 'true' && m.origin === 'item-eml', `verdict from the item: ${JSON.stringify(m)}`);
  check(n, m.reasons === 'userunknown', `reason userunknown, got ${m.reasons}`);
  check(n, m.pane.includes('taro.yamada@example.jp'), 'recipient shown in the pane');
  check(n, /[\u3040-\u30ff]/.test(m.pane), 'pane in Japanese for displayLanguage ja-JP');
  const cs = await calls(page);
  check(n, cs.some((c) => c.name === 'getAsFileAsync'), 'used getAsFileAsync');
  const bs = banners(cs);
  check(n, bs.length === 1 && bs[0].args[0] === 'bdVerdict', `one verdict banner, got ${JSON.stringify(bs)} calls: ${cs.map((c) => c.name).join(',')}`);
  check(n, bs[0] && bs[0].args[1].message.length <= 150 && bs[0].args[1].type === 'informationalMessage', 'banner <= 150 chars, informational');
  check(n, errors.length === 0, `page errors: ${errors.join(' | ')}`);
  checkNetwork(n, requests, allMarkers, false);
  verdictJs = [...new Set(requests.map((r) => /\/(pane\/[^/?]+\.js)$/.exec(r.url)?.[1]).filter(Boolean))];
  await shot(page, '1-plain-bounce-ja');
  await page.close();
});

// 2. An NDR attached as an item (Eml) to an ordinary message.
await flow('NDR attached as Eml', async (n) => {
  const ndr = fx.mailboxFullDsn(fx.MARK.attached);
  const { page, requests, errors } = await openPane({
    displayLanguage: 'en-US',
    sets: { Mailbox: '1.13' },
    item: {
      itemClass: 'IPM.Note', subject: 'FW: Undeliverable: Meeting notes', headers: 'From: hanako@example.org\r\nSubject: FW: Undeliverable: Meeting notes\r\nContent-Type: multipart/mixed; boundary="x"',
      bodyText: 'See the attached report.',
      attachments: [{ id: 'att-1', name: 'Undeliverable: Meeting notes', contentType: 'message/rfc822', attachmentType: 'item', content: { format: 'eml', content: ndr } }],
    },
  });
  await page.waitForSelector('#bd-verdict-meta[data-bounce]', { state: 'attached' });
  const m = await meta(page);
  check(n, m.bounce === 'true' && m.origin === 'attachment', `verdict from the attachment: ${JSON.stringify({ b: m.bounce, o: m.origin })}`);
  check(n, m.reasons === 'mailboxfull', `reason mailboxfull, got ${m.reasons}`);
  const cs = await calls(page);
  check(n, cs.some((c) => c.name === 'getAttachmentContentAsync' && c.args[0] === 'att-1'), 'read the attachment with getAttachmentContentAsync');
  check(n, !cs.some((c) => c.name === 'getAsFileAsync'), 'no getAsFileAsync on a 1.13 client');
  check(n, cs.some((c) => c.name === 'getAllInternetHeadersAsync'), 'rebuilt the item from its headers first (1.8)');
  const bs = banners(cs);
  check(n, bs.length === 1 && bs[0].args[1].message.length <= 150, `one banner <= 150 chars: ${JSON.stringify(bs)}`);
  check(n, m.diag.includes('getAsFile') && m.diag.includes('1.14'), 'diagnostics say why the whole-item read was skipped');
  check(n, errors.length === 0, `page errors: ${errors.join(' | ')}`);
  checkNetwork(n, requests, allMarkers, false);
  await shot(page, '2-attached-ndr-en');
  await page.close();
});

// 2b. The same forward on a 1.14 client: the whole message as EML carries the NDR as message/rfc822.
await flow('NDR attached, whole message on 1.14', async (n) => {
  const ndr = fx.mailboxFullDsn('bdmark-fw14');
  const { page, requests, errors } = await openPane({
    displayLanguage: 'en-US', sets: { Mailbox: '1.14' },
    item: {
      itemClass: 'IPM.Note', subject: 'FW: Undeliverable: Meeting notes', emlBase64: fx.b64(fx.forwardWithNdrEml(ndr, 'bdmark-fw14')),
      attachments: [{ id: 'att-1', name: 'Undeliverable.eml', contentType: 'message/rfc822', attachmentType: 'item', content: { format: 'eml', content: ndr } }],
    },
  });
  await page.waitForSelector('#bd-verdict-meta[data-bounce]', { state: 'attached' });
  const m = await meta(page);
  check(n, m.bounce === 'true' && m.origin === 'item-eml' && m.reasons === 'mailboxfull', `verdict from the whole message: ${m.origin} ${m.reasons}`);
  const cs = await calls(page);
  check(n, banners(cs).length === 1, 'one banner');
  check(n, errors.length === 0, `page errors: ${errors.join(' | ')}`);
  checkNetwork(n, requests, [...allMarkers, 'bdmark-fw14'], false);
  await page.close();
});

// 3. A quota warning mail.
await flow('quota warning mail', async (n) => {
  const { page, requests, errors } = await openPane({
    displayLanguage: 'ja-JP', sets: { Mailbox: '1.14' },
    item: { itemClass: 'IPM.Note.StorageQuotaWarning.Warning', subject: 'Your mailbox is almost full', bodyText: fx.quotaBody(), emlBase64: fx.b64('Subject: x\r\n\r\nx') },
  });
  await page.waitForSelector('#bd-verdict-meta[data-quota]', { state: 'attached' });
  const m = await meta(page);
  check(n, m.quota === 'warn', `quota level warn from the class and 1.9 of 2 GB, got ${m.quota}`);
  check(n, /95|1\.9|1,9/.test(m.pane), 'usage figures shown in the quota view');
  const bs = banners(await calls(page));
  check(n, bs.length === 1 && bs[0].args[0] === 'bdQuota', `quota banner: ${JSON.stringify(bs)}`);
  check(n, bs[0] && bs[0].args[1].message.length > 0 && bs[0].args[1].message.length <= 150, 'quota banner <= 150 chars');
  check(n, bs[0] && /[\u3040-\u30ff\u4e00-\u9fff]/.test(bs[0].args[1].message), 'quota banner in Japanese');
  check(n, errors.length === 0, `page errors: ${errors.join(' | ')}`);
  checkNetwork(n, requests, allMarkers, false);
  await shot(page, '3-quota-warning-ja');
  // Pinned pane: the user selects another message (ItemChanged); the pane follows it.
  await page.evaluate((eml) => window.__bdSelect({ itemClass: 'IPM.Note', subject: 'Undelivered Mail Returned to Sender', emlBase64: eml }), fx.b64(fx.plainBounce('nanako@example.jp', 'bdmark-pinned')));
  await page.waitForFunction(() => document.getElementById('bd-verdict-meta').dataset.reasons === 'userunknown', null, { timeout: 10_000 });
  const after = await meta(page);
  check(n, after.quota === undefined && after.pane.includes('nanako@example.jp'), 'pinned pane follows the newly selected message');
  const bs2 = banners(await calls(page));
  check(n, bs2.length === 2 && bs2[1].args[0] === 'bdVerdict', `a verdict banner on the newly selected message: ${JSON.stringify(bs2.map((b) => b.args[0]))}`);
  await page.close();
});

// 4. An old client: Mailbox 1.5 only (no 1.8, no 1.14): fallbacks, recorded.
await flow('old client without 1.8/1.14', async (n) => {
  const eml = fx.plainBounce('rokuro@example.jp');
  const [, ...body] = eml.split('\r\n\r\n');
  const { page, requests, errors } = await openPane({
    displayLanguage: 'en-US', sets: { Mailbox: '1.5' }, trapNewApis: true,
    item: {
      itemClass: 'IPM.Note', subject: 'Undelivered Mail Returned to Sender', from: 'MAILER-DAEMON@mail.example.net', bodyText: body.join('\r\n\r\n'), emlBase64: fx.b64(eml),
      attachments: [{ id: 'att-9', name: 'details.eml', contentType: 'message/rfc822', attachmentType: 'file', content: { format: 'base64', content: fx.b64(fx.mailboxFullDsn('bdmark-old')) } }],
    },
  });
  await page.waitForSelector('#bd-verdict-meta[data-bounce]', { state: 'attached' });
  const m = await meta(page);
  check(n, m.bounce === 'true' && m.origin === 'item-rebuilt', `verdict from the rebuilt item: ${m.bounce} ${m.origin}`);
  check(n, m.reasons === 'userunknown', `reason userunknown, got ${m.reasons}`);
  const cs = await calls(page);
  check(n, !cs.some((c) => c.name.startsWith('FORBIDDEN')), 'never called getAsFileAsync on a 1.5 client, even though the function exists');
  check(n, !cs.some((c) => c.name === 'getAttachmentContentAsync' || c.name === 'getAllInternetHeadersAsync'), 'no 1.8 calls');
  for (const f of ['getAsFile', 'attachmentContent', 'internetHeaders', 'smartAlerts', 'nestedAppAuth']) check(n, m.diag.includes(`fallback ${f}:`), `diagnostics record the ${f} fallback`);
  check(n, /attached message\(s\) not readable/.test(m.diag), 'diagnostics say the attachment could not be read');
  check(n, banners(cs).length === 1, 'banner still shown (notificationMessages is 1.3)');
  check(n, errors.length === 0, `page errors: ${errors.join(' | ')}`);
  checkNetwork(n, requests, allMarkers, false);
  await shot(page, '4-old-client-en');
  await page.close();
});

async function dropFile(page, name, bytes) {
  await page.evaluate(
    ({ name, b64 }) => {
      const bin = atob(b64);
      const u8 = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) u8[i] = bin.charCodeAt(i);
      const dt = new DataTransfer();
      dt.items.add(new File([u8], name));
      const zone = document.querySelector('[data-bd="drop"]');
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    { name, b64: Buffer.from(bytes).toString('base64') },
  );
}

// 5. Dropped .eml and .msg (no open item: a pane opened from a report Outlook would not activate on).
await flow('dropped .eml and .msg', async (n) => {
  const { page, requests, errors } = await openPane({ displayLanguage: 'en-US', sets: { Mailbox: '1.14' }, item: { itemClass: 'IPM.Note', subject: 'Lunch?', emlBase64: fx.b64('From: a@example.org\r\nSubject: Lunch?\r\n\r\nNoon?') } });
  await page.waitForSelector('#bd-verdict-meta[data-bounce="false"]', { state: 'attached' });
  const before = banners(await calls(page)).length;
  await dropFile(page, 'bounce.eml', Buffer.from(fx.userUnknownDsn(fx.MARK.eml), 'utf8'));
  await page.waitForSelector('#bd-verdict-meta[data-origin="drop"]', { state: 'attached' });
  let m = await meta(page);
  check(n, m.bounce === 'true' && m.reasons === 'userunknown' && m.text.includes('bounce.eml'), `.eml verdict: ${m.reasons} ${m.text}`);
  await shot(page, '5a-dropped-eml');
  await dropFile(page, 'Undelivered.msg', fx.msgBounce());
  await page
    .waitForFunction(() => document.getElementById('bd-verdict-meta').textContent.includes('Undelivered.msg'), null, { timeout: 10_000 })
    .catch(async () => check(n, false, `no .msg verdict; errors: ${errors.join(' | ')}; diagnostics: ${(await meta(page)).diag}`));
  m = await meta(page);
  check(n, m.bounce === 'true' && m.reasons === 'userunknown' && m.pane.includes('goro@example.jp'), `.msg verdict: ${m.reasons}`);
  check(n, requests.some((r) => /\/pane\/msgreader-[^/]+\.js$/.test(r.url)), 'msgreader chunk loaded only for the .msg');
  check(n, banners(await calls(page)).length === before, 'no banner for a dropped file (it is not the open item)');
  check(n, errors.length === 0, `page errors: ${errors.join(' | ')}`);
  checkNetwork(n, requests, allMarkers, false);
  await shot(page, '5b-dropped-msg');
  await page.close();
});

// 6. Pasted text.
await flow('pasted text', async (n) => {
  const { page, requests, errors } = await openPane({ displayLanguage: 'ja-JP', sets: { Mailbox: '1.14' }, item: null });
  check(n, !requests.some((r) => /msgreader|msal/.test(r.url)), 'no lazy chunk loaded up front');
  await page.fill('[data-bd="paste"]', fx.pastedText());
  await page.click('[data-bd="paste-go"]');
  await page.waitForSelector('#bd-verdict-meta[data-origin="paste"]', { state: 'attached' });
  const m = await meta(page);
  check(n, m.bounce === 'true' && m.reasons === 'mailboxfull', `pasted verdict: ${m.bounce} ${m.reasons}`);
  check(n, m.pane.includes('shiro@example.jp'), 'recipient shown');
  check(n, banners(await calls(page)).length === 0, 'no banner without an open item');
  check(n, errors.length === 0, `page errors: ${errors.join(' | ')}`);
  checkNetwork(n, requests, allMarkers, false);
  await shot(page, '6-pasted-text-ja');
  // The language switch of the shared pane also switches the Outlook chrome around it.
  await page.click('.bd-lang button:has-text("English")');
  await page.waitForFunction(() => document.querySelector('#bd-source h3')?.textContent === 'Other bounces', null, { timeout: 5_000 }).catch(() => undefined);
  const en = await page.evaluate(() => ({ h: document.querySelector('#bd-source h3')?.textContent, lang: document.documentElement.lang, pane: document.getElementById('bd-pane').innerText }));
  check(n, en.h === 'Other bounces' && en.lang === 'en' && en.pane.includes('shiro@example.jp'), `chrome follows the language switch: ${JSON.stringify({ h: en.h, lang: en.lang })}`);
  await page.close();
});

// 7. Graph: recent NDRs listed by message class, read as MIME, token from NAA (real MSAL, scripted bridge).
await flow('Graph NDR list (stand-in)', async (n) => {
  graph.log.length = 0;
  const { page, requests, errors } = await openPane(
    { displayLanguage: 'en-US', sets: { Mailbox: '1.14', NestedAppAuth: '1.1' }, accessToken: TOKEN, item: { itemClass: 'IPM.Note', subject: 'Meeting notes', internetMessageId: sentMessageId, emlBase64: fx.b64('From: hanako@example.org\r\nSubject: Meeting notes\r\n\r\nHi') } },
    { graphOn: true },
  );
  check(n, !requests.some((r) => /\/pane\/msal-/.test(r.url)), 'MSAL not loaded before Graph is used');
  await page.click('[data-bd="graph-list"]');
  await page.waitForSelector('[data-bd="ndr-list"] button.bdo-ndr', { timeout: 15_000 });
  const items = await page.$$eval('[data-bd="ndr-list"] button.bdo-ndr', (bs) => bs.map((b) => b.textContent));
  check(n, items.length === 2 && items[0] === 'Undeliverable: Meeting notes', `listed newest first: ${items}`);
  await page.click('[data-bd="ndr-list"] button.bdo-ndr >> nth=0');
  await page.waitForSelector('#bd-verdict-meta[data-origin="graph"]', { state: 'attached' });
  let m = await meta(page);
  check(n, m.reasons === 'userunknown' && m.pane.includes('saburo@example.jp'), `Graph NDR verdict: ${m.reasons}`);
  await shot(page, '7a-graph-list');
  // From the ordinary sent message: find its bounce among recent NDRs by the original Message-ID.
  await page.click('[data-bd="ndr-list"] button.bdo-ndr >> nth=1');
  await page.waitForFunction(() => document.getElementById('bd-verdict-meta').dataset.reasons === 'mailboxfull');
  await page.click('[data-bd="graph-own"]');
  await page.waitForFunction(() => document.getElementById('bd-verdict-meta').dataset.reasons === 'userunknown', null, { timeout: 10_000 });
  m = await meta(page);
  check(n, m.text.includes('Meeting notes'), 'own bounce found by Message-ID');
  const list = graph.log.filter((r) => r.path === '/v1.0/me/messages');
  check(n, list.length >= 1 && /String 0x001A/.test(list[0].query.$filter) && /REPORT\.IPM\.Note\.NDR/.test(list[0].query.$filter), 'listed by PR_MESSAGE_CLASS');
  check(n, graph.log.some((r) => r.path === '/v1.0/me/messages/AAMkAD-ndr-1/$value'), 'read the NDR as MIME with /$value');
  check(n, graph.log.filter((r) => r.method !== 'OPTIONS').every((r) => r.auth === `Bearer ${TOKEN}`), 'every Graph call carried the NAA token');
  check(n, graph.log.every((r) => r.body === ''), 'nothing sent to Graph in a body');
  const cs = await calls(page);
  check(n, cs.some((c) => c.name === 'naa.GetToken' || c.name === 'naa.GetTokenPopup'), 'token came through the nested-app-auth bridge');
  check(n, banners(cs).length === 0, 'no banner for a report picked from Graph (it is not the open item)');
  check(n, requests.some((r) => /\/pane\/msal-/.test(r.url)), 'MSAL chunk loaded on demand');
  check(n, errors.length === 0, `page errors: ${errors.join(' | ')}`);
  checkNetwork(n, requests, allMarkers, true);
  await shot(page, '7b-graph-own-bounce');
  await page.close();
});

// 6b. office.js cannot be loaded (CDN blocked, page opened outside Outlook): drop and paste still work.
await flow('office.js unavailable', async (n) => {
  const { page, errors } = await openPane({}, { officeDown: true });
  await page.fill('[data-bd="paste"]', fx.pastedText('bdmark-nooffice'));
  await page.click('[data-bd="paste-go"]');
  await page.waitForSelector('#bd-verdict-meta[data-origin="paste"]', { state: 'attached' });
  const m = await meta(page);
  check(n, m.reasons === 'mailboxfull', `pasted verdict without Office: ${m.reasons}`);
  check(n, m.diag.includes('Office requirements API missing'), 'diagnostics say Office was not there');
  check(n, errors.filter((e) => !/office\.js|ERR_CONNECTION_REFUSED|Failed to load resource/i.test(e)).length === 0, `page errors: ${errors.join(' | ')}`);
  await page.close();
});

// 7a. Graph refuses the token (consent withdrawn, wrong tenant): the pane says so, nothing breaks.
await flow('Graph refuses the token', async (n) => {
  const { page, errors } = await openPane(
    { displayLanguage: 'ja-JP', sets: { Mailbox: '1.14', NestedAppAuth: '1.1' }, accessToken: 'revoked-token', item: null },
    { graphOn: true },
  );
  await page.click('[data-bd="graph-list"]');
  await page.waitForSelector('[data-bd="graph-error"]', { timeout: 15_000 });
  const m = await meta(page);
  check(n, /401/.test(m.diag) && /InvalidAuthenticationToken/.test(m.diag), `diagnostics carry Graph's answer: ${m.diag}`);
  check(n, /Microsoft 365/.test(await page.textContent('[data-bd="graph-error"]')), 'user sees a plain message');
  // Chromium logs the 401 itself; anything else would be ours.
  check(n, errors.filter((e) => !/status of 401/.test(e)).length === 0, `page errors: ${errors.join(' | ')}`);
  await page.close();
});

// 7b. A report item (only reachable when a pane was already pinned): say how to get it diagnosed.
await flow('report item: how to reach it', async (n) => {
  const { page, requests, errors } = await openPane({ displayLanguage: 'ja-JP', sets: { Mailbox: '1.14' }, item: { itemClass: 'REPORT.IPM.Note.NDR', subject: '配信不能: 会議', emlBase64: fx.b64('Subject: x\r\n\r\nx') } });
  await page.waitForSelector('#bd-verdict-meta[data-report="true"]', { state: 'attached' });
  const text = await page.evaluate(() => document.body.innerText);
  check(n, /ドラッグ/.test(text) && /添付ファイルとして転送/.test(text) && /Microsoft Graph/.test(text), 'explains drag-and-drop, forward-as-attachment and the Graph option in Japanese');
  check(n, !(await calls(page)).some((c) => c.name === 'getAsFileAsync'), 'does not try to read the report');
  check(n, errors.length === 0, `page errors: ${errors.join(' | ')}`);
  checkNetwork(n, requests, allMarkers, false);
  await shot(page, '7c-report-item-ja');
  await page.close();
});

// 7c. The compose pane runs the same checks on demand.
await flow('compose pane check', async (n) => {
  const { page, errors } = await openPane(
    { displayLanguage: 'en-US', sets: { Mailbox: '1.14' }, compose: { to: ['taro..yamada@example.jp', 'hanako@docomo.ne.jp'], attachments: [{ name: 'big.zip', size: 25 * 1024 * 1024 }] } },
    { path: 'taskpane.html?profile=default&mode=compose' },
  );
  await page.waitForSelector('[data-bd="compose-warnings"] li', { state: 'attached' });
  const items = await page.$$eval('[data-bd="compose-warnings"] li', (ls) => ls.map((l) => l.textContent));
  check(n, items.length === 3, `three warnings (dots, size, carrier): ${JSON.stringify(items)}`);
  check(n, items.some((t) => t.includes('taro..yamada')) && items.some((t) => /docomo/i.test(t)), 'address and carrier warnings name the recipient');
  check(n, errors.length === 0, `page errors: ${errors.join(' | ')}`);
  await shot(page, '7d-compose-pane-en');
  await page.close();
});

// 8. The event handler bundle in the browser runtime page (handlers.html): warnings, allow-on-failure.
await flow('send handler bundle (handlers.html)', async (n) => {
  async function run(compose, name, lang = 'en-US', extra = {}) {
    const { page, errors } = await openHandlers({ displayLanguage: lang, sets: { Mailbox: '1.14' }, compose, ...extra });
    const res = await page.evaluate(
      (fn) =>
        new Promise((resolve) => {
          const h = window.__bdHandlers && window.__bdHandlers[fn];
          if (!h) return resolve({ missing: true });
          h({ completed: (o) => resolve(o ?? {}) });
        }),
      name,
    );
    const cs = await calls(page);
    await page.close();
    return { res, cs, errors };
  }
  const bad = await run({ to: ['taro..yamada@example.jp', 'ok@example.org'] }, 'onMessageSend', 'ja-JP');
  check(n, bad.res.allowEvent === false && /taro\.\.yamada/.test(bad.res.errorMessage ?? '') && bad.res.sendModeOverride === 'promptUser', `blocked with a prompt: ${JSON.stringify(bad.res)}`);
  const ok = await run({ to: ['ok@example.org'] }, 'onMessageSend');
  check(n, ok.res.allowEvent === true, `clean mail allowed: ${JSON.stringify(ok.res)}`);
  const broken = await run({ to: ['a..b@example.org'], failRecipients: true }, 'onMessageSend');
  check(n, broken.res.allowEvent === true, `a failing check lets mail go: ${JSON.stringify(broken.res)}`);
  const big = await run({ to: ['ok@example.org'], attachments: [{ name: 'video.mp4', size: 30 * 1024 * 1024 }] }, 'onMessageSend');
  check(n, big.res.allowEvent === false && /20/.test(big.res.errorMessage ?? ''), `size over 20 MB: ${JSON.stringify(big.res)}`);
  const rc = await run({ to: ['ｔａｒｏ@example.jp'] }, 'onMessageRecipientsChanged');
  const rb = banners(rc.cs);
  check(n, rb.length === 1 && rb[0].args[1].message.length <= 150, `recipients banner: ${JSON.stringify(rb)}`);
  // Graph configured and NAA available: MailTips feed the compose quota banner and the send check.
  graph.log.length = 0;
  const naa = { sets: { Mailbox: '1.14', NestedAppAuth: '1.1' }, accessToken: TOKEN, userEmail: 'me@example.jp' };
  const nc = await run({ to: [] }, 'onNewMessageCompose', 'ja-JP', naa);
  const qb = banners(nc.cs);
  check(n, qb.length === 1 && qb[0].args[0] === 'bdQuota' && qb[0].args[1].message.length <= 150 && /[\u3040-\u30ff]/.test(qb[0].args[1].message), `MailTips quota banner on a new compose window: ${JSON.stringify(qb)}`);
  const tipSend = await run({ to: ['full@example.com'] }, 'onMessageSend', 'en-US', naa);
  check(n, tipSend.res.allowEvent === false && /full@example\.com/.test(tipSend.res.errorMessage ?? ''), `recipient mailbox full (MailTips) stops the send: ${JSON.stringify(tipSend.res)}`);
  const tipCalls = graph.log.filter((r) => r.path === '/v1.0/me/getMailTips');
  check(n, tipCalls.length === 2 && tipCalls.every((r) => r.auth === `Bearer ${TOKEN}` && /mailboxFullStatus/.test(r.body)), `getMailTips called with the NAA token: ${JSON.stringify(tipCalls)}`);
  check(n, tipCalls.every((r) => Object.keys(JSON.parse(r.body)).sort().join() === 'EmailAddresses,MailTipsOptions'), 'MailTips body carries only addresses and options');
  for (const r of [bad, ok, broken, big, rc, nc, tipSend]) check(n, r.errors.length === 0, `handler page errors: ${r.errors.join(' | ')}`);
});

async function openHandlers(scenario) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript((s) => (window.__bdScenario = s), scenario);
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript', body: standin });
    if (url.startsWith(siteOrigin) || url.startsWith(graphOrigin)) return route.continue();
    return route.abort();
  });
  await page.goto(`${siteOrigin}/handlers.html?profile=default`);
  await page.waitForFunction(() => window.__bdHandlers && window.__bdHandlers.onMessageSend, null, { timeout: 10_000 });
  return { page, errors };
}

await context.close();
await graph.close();
web.close();
rmSync(userDataDir, { recursive: true, force: true });
const passed = results.filter((r) => r.fails.length === 0).length;
const failed = results.length - passed;
console.log(`pane JS loaded up front: ${eager.join(', ')} = ${(paneRaw / 1024).toFixed(1)} KB raw, ${(paneGzip / 1024).toFixed(1)} KB gzip (limit 50 KB)`);
for (const f of [...jsLoaded].filter((f) => !eager.includes(f)).sort()) console.log(`  loaded on demand: ${f} ${(gz(f) / 1024).toFixed(1)} KB gzip`);
if (verdictJs.length) console.log(`pane JS fetched to show a verdict (flow 1): ${(verdictJs.reduce((a, f) => a + gz(f), 0) / 1024).toFixed(1)} KB gzip (${verdictJs.join(', ')})`);
if (paneGzip >= 50 * 1024) console.log('FAIL pane JS over 50 KB gzip');
rmSync(tmp, { recursive: true, force: true });
console.log(`screenshots: ${out}`);
console.log(`${passed} passed, ${failed + (paneGzip >= 50 * 1024 ? 1 : 0)} failed`);
process.exit(failed || paneGzip >= 50 * 1024 ? 1 : 0);
