// Real-Chromium tests of the preview page (shared/preview): builds it, serves the built copy on
// 127.0.0.1 with a tiny static server, and drives Debian's chromium through playwright-core.
// Without /usr/bin/chromium it says so loudly and skips (exit 0), unless REQUIRE_E2E=1 (exit 1).
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { makeMsg } from './make-msg.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = resolve(here, '../../..');
const dist = join(repo, 'shared/preview/dist');
const samplesDir = join(repo, 'shared/preview/samples');
const shots = join(repo, 'test-results/preview');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const REQUIRE = process.env.REQUIRE_E2E === '1';

if (!existsSync(CHROMIUM)) {
  const bar = '!'.repeat(72);
  console.log(`${bar}\nSKIP preview e2e: ${CHROMIUM} not found (install the Debian package "chromium").\n${bar}`);
  console.log('0 passed, 0 failed');
  process.exit(REQUIRE ? 1 : 0);
}

let passed = 0;
let failed = 0;
const failures = [];
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`  ok    ${name}`);
  } catch (e) {
    failed++;
    failures.push(name);
    console.log(`  FAIL  ${name}\n        ${String(e && e.stack ? e.stack : e).split('\n').slice(0, 4).join('\n        ')}`);
  }
}
function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

// 1. Build (the preview page, and the CLI whose output the page is compared with).
function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) {
    console.log(r.stdout.slice(-3000), r.stderr.slice(-3000));
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
  }
  return r.stdout;
}
if (process.env.BD_PREVIEW_NO_BUILD !== '1' || !existsSync(join(dist, 'index.html'))) {
  console.log('building shared (CLI) and the preview…');
  run(process.execPath, [join(repo, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'shared/vite.cli.config.ts', '--logLevel', 'warn']);
  run(process.execPath, [join(repo, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'shared/preview/vite.config.ts', '--logLevel', 'warn']);
}

// What the core + catalog say for a file, through the CLI: the page must show the same advice.
function cliAdvice(file, lang) {
  const out = run(process.execPath, [join(repo, 'shared/bin/bounce-doctor.cjs'), 'diagnose', '--json', '--lang', lang, file]);
  return JSON.parse(out.trim().split('\n')[0]);
}

// 2. A static server for the built page, bound to loopback only.
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };
const served = [];
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  served.push(url.pathname);
  const path = normalize(join(dist, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)));
  if (!path.startsWith(dist + sep) || !existsSync(path)) {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  res.end(readFileSync(path));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}/`;

const { chromium } = await import('playwright-core');
const ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--disable-default-apps', '--no-default-browser-check'];
const profiles = [];
async function launch(locale, extra = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'bd-chromium-'));
  profiles.push(dir);
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM, headless: true, args: ARGS, locale, viewport: { width: 900, height: 900 }, deviceScaleFactor: 1, ...extra,
  });
  ctx.requests = [];
  ctx.dialogs = [];
  ctx.on('request', (r) => ctx.requests.push(r.url()));
  ctx.on('page', (p) => p.on('dialog', (d) => { ctx.dialogs.push(d.message()); void d.dismiss(); }));
  await ctx.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return ctx;
}

const samples = JSON.parse(readFileSync(join(samplesDir, 'index.json'), 'utf8'));
mkdirSync(shots, { recursive: true });
const ctx = await launch('en-US');
const consoleErrors = [];

const watched = new WeakSet();
async function open(query, opts = {}) {
  const page = opts.page ?? (await ctx.newPage());
  if (!watched.has(page)) {
    watched.add(page);
    // Dialogs are recorded and dismissed by the context's 'page' listener (see launch()).
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
  }
  await page.goto(`${base}${query}`);
  return page;
}
async function waitResult(page) {
  await page.waitForSelector('.bd-headline', { timeout: 10_000 });
  // The sample loads asynchronously; wait until the pane shows a diagnosis (not the empty state).
  await page.waitForFunction(() => !!document.querySelector('.bd-detail, .bd-headline[data-kind]'), null, { timeout: 10_000 });
}
async function noHorizontalScroll(page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
}

console.log(`preview e2e on ${base} with ${CHROMIUM}`);
try {
  await check('pane JavaScript as the shells ship it: the view and the diagnosis engine each under 50 KB gzip', async () => {
    // Weighed apart from the preview page. pane-budget/view.ts is the pane as the Thunderbird shell ships
    // it (its background page diagnoses) and as Outlook loads it up front; engine.ts is the core with
    // postal-mime, which Outlook fetches as its own chunk in parallel; entry.ts is both in one bundle.
    const out = mkdtempSync(join(tmpdir(), 'bd-pane-budget-'));
    profiles.push(out);
    const r = spawnSync(process.execPath, [join(repo, 'node_modules/vite/bin/vite.js'), 'build', '--config', join(here, 'pane-budget/vite.config.ts')],
      { cwd: repo, env: { ...process.env, BD_PANE_BUDGET_OUT: out }, encoding: 'utf8' });
    assert(r.status === 0, `pane budget build failed: ${r.stderr.slice(-2000)}`);
    const gz = (dir, f) => gzipSync(readFileSync(join(dir, f)), { level: 9 }).length;
    // Everything the entry imports statically loads with it; import("...") chunks load later.
    const closure = (dir, entries) => {
      const seen = new Set();
      const visit = (f) => {
        if (seen.has(f)) return;
        seen.add(f);
        const code = readFileSync(join(dir, f), 'utf8');
        for (const m of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) visit(join(f, '..', m[1]));
      };
      entries.forEach(visit);
      return [...seen];
    };
    const paneAssets = readdirSync(join(out, 'assets'));
    const firstLoad = (name) => closure(out, paneAssets.filter((f) => f.startsWith(`${name}-`) && f.endsWith('.js')).map((f) => `assets/${f}`)).reduce((n, f) => n + gz(out, f), 0);
    const paneBytes = firstLoad('entry');
    const viewBytes = firstLoad('view');
    const engineBytes = firstLoad('engine');
    const chunk = (prefix) => paneAssets.filter((f) => f.startsWith(prefix) && f.endsWith('.js')).reduce((n, f) => n + gz(out, `assets/${f}`), 0);
    // The advice functions (lazy-*, or advice-* when one chunk holds everything) and one language pack.
    const adviceCode = chunk('lazy-') + chunk('advice-');
    const packEn = chunk('pack-en');
    const packJa = chunk('pack-ja');

    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const pageFirst = closure(dist, [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]));
    const pageBytes = pageFirst.reduce((n, f) => n + gz(dist, f), 0);
    const lazy = (prefix) => readdirSync(join(dist, 'assets')).filter((f) => f.startsWith(prefix) && f.endsWith('.js')).reduce((n, f) => n + gz(dist, `assets/${f}`), 0);
    const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
    console.log(`        view ${kib(viewBytes)} gzip (${viewBytes} B), engine ${kib(engineBytes)} (${engineBytes} B); both in one bundle ${kib(paneBytes)} gzip; then advice code ${kib(adviceCode)} + one language (en ${kib(packEn)}, ja ${kib(packJa)}): JS before a verdict shows ${kib(paneBytes + adviceCode + packEn)} in English, ${kib(paneBytes + adviceCode + packJa)} in Japanese`);
    console.log(`        preview page first load ${kib(pageBytes)} (pane + core + page code); .msg reader chunk ${kib(lazy('lib-') + lazy('msg-'))} on the first .msg`);
    assert(viewBytes < 50 * 1024, `the pane's first-load JS is ${viewBytes} bytes gzip`);
    assert(engineBytes < 50 * 1024, `the diagnosis engine's JS is ${engineBytes} bytes gzip`);
  });

  await check('page has a strict Content-Security-Policy meta and loads', async () => {
    const page = await open('?lang=en');
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert(csp && csp.includes("default-src 'none'") && csp.includes("script-src 'self'") && csp.includes("style-src 'self'"), `CSP: ${csp}`);
    assert(!/unsafe-inline|unsafe-eval|\*/.test(csp), `CSP allows too much: ${csp}`);
    assert(!/connect-src[^;]*(ws:|http)/.test(csp), `connect-src must not reach out: ${csp}`);
    await waitResult(page);
    const inline = await page.evaluate(() => [...document.scripts].filter((s) => !s.src).length + document.querySelectorAll('style').length);
    assert(inline === 0, `inline scripts/styles in the built page: ${inline}`);
    await page.close();
  });

  for (const s of samples) {
    for (const lang of ['en', 'ja']) {
      await check(`sample ${s.id} (${lang}): verdict, advice and picture`, async () => {
        const expected = cliAdvice(join(samplesDir, s.file), lang);
        const first = expected.recipients[0];
        assert(first, 'CLI found no recipient');
        // The reasons a careful reader of this bounce would accept; the page must then match the core exactly.
        assert(s.reasons.includes(first.reason), `core says ${first.reason}, sample expects one of ${s.reasons}`);
        const page = await open(`?sample=${s.id}&lang=${lang}`);
        await waitResult(page);
        const detail = page.locator('.bd-detail');
        assert((await detail.getAttribute('data-reason')) === first.reason, `pane reason ${await detail.getAttribute('data-reason')} != CLI ${first.reason}`);
        const title = (await page.textContent('.bd-detail-title'))?.trim();
        assert(title === first.advice.title, `title "${title}" != CLI "${first.advice.title}"`);
        const steps = await page.locator('.bd-detail .bd-steps li').allTextContents();
        assert(JSON.stringify(steps) === JSON.stringify(first.advice.steps), `steps differ: ${JSON.stringify(steps)} vs ${JSON.stringify(first.advice.steps)}`);
        const words = await page.textContent('.bd-words');
        assert(words.includes(first.diagnostic.slice(0, 40)), `server words missing: ${words}`);
        assert((await page.textContent('.bd-detail-addr')).trim() === first.address, 'address');
        const headline = (await page.textContent('.bd-headline')).trim();
        assert(headline.length > 0, 'empty headline');
        if (lang === 'ja') assert(JAPANESE.test(headline) && JAPANESE.test(title), `not Japanese: ${headline} / ${title}`);
        else assert(!JAPANESE.test(title), `English title has Japanese: ${title}`);
        assert((await page.getAttribute('.bd-pane', 'lang')) === lang, 'pane lang attribute');
        assert((await page.locator('.bd-path-svg').count()) === 1, 'delivery path picture missing');
        const stop = await page.getAttribute('.bd-path-svg', 'data-stopped-at');
        assert(stop && stop !== '', 'stopped-at missing');
        const mark = first.action === 'delayed' ? '.bd-wait-mark' : '.bd-stop-mark';
        if (stop !== 'unknown') assert((await page.locator(mark).count()) === 1, `${mark} missing`);
        const pathText = await page.textContent('.bd-path-desc');
        assert(pathText.trim().length > 10, 'path description missing');
        const expectTemp = first.advice.temporary;
        const tag = await page.textContent('.bd-rcpt[aria-current="true"] .bd-tag');
        assert(tag.trim().length > 0, 'temporary/permanent tag');
        const expectState = first.action === 'delayed' ? 'retryingTag' : expectTemp ? 'temporaryTag' : 'permanentTag';
        const state = await page.getAttribute('.bd-detail .bd-badge', 'data-state');
        assert(state === expectState, `badge ${state}, expected ${expectState}`);
        await page.waitForSelector('.bd-banner', { timeout: 5000 });
        const banner = await page.evaluate(() => {
          const b = document.querySelector('.bd-banner');
          return { role: b.getAttribute('role'), cls: b.className, text: b.querySelector('.bd-banner-text').textContent, lang: b.getAttribute('lang') };
        });
        assert(banner.text.length > 0 && banner.text.length <= 150, `banner length ${banner.text.length}`);
        assert(banner.role === 'alert' && banner.lang === lang, `banner ${JSON.stringify(banner)}`);
        assert(banner.cls.includes(first.action === 'delayed' ? 'bd-banner-warning' : 'bd-banner-error'), `banner tone ${banner.cls}`);
        if (lang === 'ja') assert(JAPANESE.test(banner.text), `banner not Japanese: ${banner.text}`);
        await page.screenshot({ path: join(shots, `${s.id}-${lang}.png`), fullPage: true });
        await page.close();
      });
    }
  }

  await check('two recipients: arrow keys and clicks select, detail follows', async () => {
    const page = await open('?sample=user-unknown&lang=en');
    await waitResult(page);
    const buttons = page.locator('.bd-rcpt');
    assert((await buttons.count()) === 2, 'two recipient lines');
    await buttons.nth(1).click();
    assert((await page.textContent('.bd-detail-addr')).includes('ichiro.suzuki@example.org'), 'click did not select');
    assert((await buttons.nth(1).getAttribute('aria-current')) === 'true', 'aria-current not moved');
    assert(await page.evaluate(() => document.activeElement?.getAttribute('data-bd-focus') === 'rcpt-1'), 'focus lost after re-render');
    await page.keyboard.press('ArrowDown');
    assert((await page.textContent('.bd-detail-addr')).includes('taro.yamada@example.co.jp'), 'ArrowDown did not wrap');
    assert((await buttons.nth(0).getAttribute('tabindex')) === '0' && (await buttons.nth(1).getAttribute('tabindex')) === '-1', 'roving tabindex');
    await page.close();
  });

  await check('original message: subject, date and recipients shown', async () => {
    const page = await open('?sample=mailbox-full&lang=ja');
    await waitResult(page);
    const orig = await page.textContent('.bd-original');
    assert(orig.includes('見積書をお送りします'), `subject missing: ${orig}`);
    assert(orig.includes('kenji@example.jp'), 'recipient missing');
    assert(orig.includes('2026'), 'date missing');
    await page.close();
  });

  await check('hostile bounce executes nothing and shows its markup as text', async () => {
    const page = await open('?lang=en');
    await waitResult(page);
    await page.setInputFiles('#pv-file', join(here, 'fixtures/hostile.eml'));
    await page.waitForSelector('.bd-detail', { timeout: 10_000 });
    await page.waitForFunction(() => document.querySelector('.bd-detail-addr')?.textContent?.includes('evil.example'));
    await page.waitForTimeout(500);
    const r = await page.evaluate(() => {
      const pane = document.getElementById('pane');
      const all = [...pane.querySelectorAll('*')];
      return {
        pwned: window.__pwned ?? null,
        handlers: all.filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
        jsLinks: all.filter((el) => /^\s*javascript:/i.test(el.getAttribute('href') ?? '') || /^\s*javascript:/i.test(el.getAttribute('src') ?? '')).length,
        foreign: pane.querySelectorAll('script, img, iframe, object, embed, meta, a[href]').length,
        words: pane.querySelector('.bd-words')?.textContent ?? '',
        codes: pane.querySelector('.bd-codes')?.textContent ?? '',
        original: pane.querySelector('.bd-original')?.textContent ?? '',
        scripts: [...document.scripts].map((s) => s.src),
        csp: window.__cspViolations,
      };
    });
    assert(r.pwned === null, `window.__pwned was set to ${r.pwned}`);
    assert(ctx.dialogs.length === 0, `dialogs opened: ${ctx.dialogs.join(', ')}`);
    assert(r.handlers === 0, `${r.handlers} elements carry on* attributes`);
    assert(r.jsLinks === 0, 'javascript: link or source in the pane');
    assert(r.foreign === 0, `${r.foreign} script/img/iframe/link elements inside the pane`);
    assert(r.words.includes("<script>window.__pwned='diag'</script>"), `diagnostic not shown verbatim as text: ${r.words}`);
    assert(r.words.includes('javascript:'), 'javascript: text missing from the server words');
    assert(r.codes.includes('<svg onload='), 'remote MTA not shown as text');
    assert(r.original.includes('<script>'), 'original subject not shown as text');
    assert(r.scripts.every((src) => src.startsWith(base)), `scripts from elsewhere: ${r.scripts}`);
    assert(r.csp.length === 0, `CSP violations: ${r.csp.join('; ')}`);
    await page.screenshot({ path: join(shots, 'hostile-en.png'), fullPage: true });
    await page.close();
  });

  await check('.msg file (Outlook) is read through msgreader and diagnosed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bd-msg-'));
    profiles.push(dir);
    const file = join(dir, 'undeliverable.msg');
    writeFileSync(file, makeMsg({
      '001A001F': 'IPM.Note',
      '0037001F': 'Undelivered Mail Returned to Sender',
      '007D001F': 'Received: by mail.example.net (Postfix)\r\nFrom: MAILER-DAEMON@mail.example.net (Mail Delivery System)\r\nTo: hanako.sato@example.net\r\nSubject: Undelivered Mail Returned to Sender\r\nDate: Tue, 17 Nov 2026 10:02:11 +0900\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n',
      '1000001F': "This is the mail system at host mail.example.net.\r\n\r\nI'm sorry to have to inform you that your message could not\r\nbe delivered to one or more recipients. It's attached below.\r\n\r\n                   The mail system\r\n\r\n<kenji@example.jp>: host mx.example.jp[198.51.100.60] said: 552 5.2.2\r\n    <kenji@example.jp>: Mailbox full: user is over quota (in reply to RCPT TO\r\n    command)\r\n",
    }));
    const page = await open('?lang=en');
    await waitResult(page);
    await page.setInputFiles('#pv-file', file);
    await page.waitForFunction(() => document.querySelector('.bd-detail-addr')?.textContent?.includes('kenji@example.jp'), null, { timeout: 10_000 });
    assert((await page.getAttribute('.bd-detail', 'data-reason')) === 'mailboxfull', 'reason from .msg');
    await page.close();
  });

  await check('a file dropped anywhere on the page is diagnosed', async () => {
    const page = await open('?lang=en');
    await waitResult(page);
    const raw = readFileSync(join(samplesDir, 'host-unknown.eml'), 'utf8');
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'returned.eml', { type: 'message/rfc822' }));
      const target = document.querySelector('.pv-header');
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, raw);
    await page.waitForFunction(() => document.querySelector('.bd-detail-addr')?.textContent?.includes('yuki@exmaple.co.jp'), null, { timeout: 10_000 });
    assert((await page.inputValue('#pv-sample')) === '', 'picker should no longer name a sample');
    await page.close();
  });

  await check('advice that cannot load: the pane shows the plain facts, once, without retrying in a loop', async () => {
    const page = await ctx.newPage();
    let packRequests = 0;
    await page.route(/\/assets\/pack-ja-[^/]*\.js$/, (route) => { packRequests++; return route.fulfill({ status: 404, body: 'gone' }); });
    await page.goto(`${base}?sample=too-big&lang=ja`);
    await page.waitForSelector('.bd-detail', { timeout: 10_000 });
    await page.waitForTimeout(1500);
    const r = await page.evaluate(() => ({
      busy: document.querySelector('.bd-content')?.getAttribute('aria-busy'),
      addr: document.querySelector('.bd-detail-addr')?.textContent ?? '',
      words: document.querySelector('.bd-words')?.textContent ?? '',
    }));
    assert(r.busy === 'false', 'pane still busy after the advice failed to load');
    assert(r.addr.includes('mika@example.com') && r.words.includes('552 5.3.4'), `fallback lacks the facts: ${JSON.stringify(r)}`);
    assert(packRequests >= 1 && packRequests <= 2, `the Japanese pack was requested ${packRequests} times`);
    await page.close();
  });

  await check('pasted header-less text is diagnosed', async () => {
    const page = await open('?lang=en');
    await waitResult(page);
    await page.fill('#pv-paste', '<taro@example.co.jp>: host mx1.example.co.jp[198.51.100.25] said: 550 5.1.1 <taro@example.co.jp>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)');
    await page.click('#pv-paste-go');
    await page.waitForFunction(() => document.querySelector('.bd-detail-addr')?.textContent?.includes('taro@example.co.jp'), null, { timeout: 10_000 });
    assert((await page.getAttribute('.bd-detail', 'data-reason')) === 'userunknown', 'reason from pasted text');
    await page.close();
  });

  await check('an ordinary mail says it is not a bounce and offers the guide', async () => {
    const page = await open('?lang=ja');
    await waitResult(page);
    await page.fill('#pv-paste', 'From: friend@example.jp\nTo: me@example.net\nSubject: lunch\nDate: Mon, 23 Nov 2026 12:00:00 +0900\n\nLunch tomorrow?\n');
    await page.click('#pv-paste-go');
    await page.waitForSelector('.bd-headline[data-kind="none"]', { timeout: 10_000 });
    assert(JAPANESE.test(await page.textContent('.bd-headline')), 'not-a-bounce headline not Japanese');
    assert((await page.locator('.bd-banner').count()) === 0, 'no banner for an ordinary mail');
    assert((await page.inputValue('#pv-sample')) === '', 'picker should no longer name a sample');
    await page.click('[data-bd-focus="open-guide"]');
    await page.waitForSelector('.bd-guide');
    await page.close();
  });

  await check('keyboard only: skip link, recipients, copy, language, guide', async () => {
    const page = await open('?sample=user-unknown&lang=en');
    await waitResult(page);
    await page.keyboard.press('Tab');
    assert(await page.evaluate(() => document.activeElement?.classList.contains('pv-skip')), 'first Tab should reach the skip link');
    await page.keyboard.press('Enter');
    let reached = false;
    for (let i = 0; i < 15 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.classList.contains('bd-rcpt') ?? false);
    }
    assert(reached, 'Tab never reached the recipient list');
    const outline = await page.evaluate(() => {
      const cs = getComputedStyle(document.activeElement);
      return { style: cs.outlineStyle, width: parseFloat(cs.outlineWidth) };
    });
    assert(outline.style !== 'none' && outline.width >= 2, `focus not visible: ${JSON.stringify(outline)}`);
    await page.keyboard.press('ArrowDown');
    assert((await page.textContent('.bd-detail-addr')).includes('ichiro.suzuki'), 'ArrowDown did not select the next recipient');
    let onCopy = false;
    for (let i = 0; i < 25 && !onCopy; i++) {
      await page.keyboard.press('Tab');
      onCopy = await page.evaluate(() => document.activeElement?.classList.contains('bd-copy') ?? false);
    }
    assert(onCopy, 'Tab never reached the copy button');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.querySelector('.bd-copy-status')?.textContent ?? '').length > 0);
    // Back up to the language switch and change it with Space.
    await page.focus('[data-bd-focus="lang-ja"]');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelector('.bd-pane')?.getAttribute('lang') === 'ja');
    assert(await page.evaluate(() => document.activeElement?.getAttribute('data-bd-focus') === 'lang-ja'), 'focus lost after language switch');
    // The other language's advice may arrive as its own chunk: wait for it, then check it is Japanese.
    await page.waitForFunction(() => /[\u3040-\u30ff]/.test(document.querySelector('.bd-detail-title')?.textContent ?? ''), null, { timeout: 10_000 });
    assert((await page.evaluate(() => document.documentElement.lang)) === 'ja', 'page chrome did not follow the language');
    await page.focus('[data-bd-focus="view-guide"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.bd-guide');
    assert(await page.evaluate(() => document.activeElement?.getAttribute('data-bd-focus') === 'view-heading'), 'guide heading not focused');
    await page.keyboard.press('Tab');
    assert(await page.evaluate(() => document.activeElement?.tagName === 'SUMMARY'), 'Tab from the guide heading should reach the first item');
    await page.keyboard.press('Enter');
    assert(await page.evaluate(() => document.activeElement?.parentElement?.hasAttribute('open')), 'Enter did not open the guide item');
    await page.close();
  });

  await check('screen reader structure: landmarks, live region, labelled controls', async () => {
    const page = await open('?sample=too-big&lang=en');
    await waitResult(page);
    const r = await page.evaluate(() => ({
      main: document.querySelectorAll('main').length,
      nav: document.querySelectorAll('nav[aria-label]').length,
      live: document.querySelectorAll('[aria-live="polite"]').length,
      langGroup: document.querySelector('.bd-lang')?.getAttribute('aria-label') ?? '',
      pressed: [...document.querySelectorAll('.bd-lang-btn')].map((b) => b.getAttribute('aria-pressed')),
      unnamedButtons: [...document.querySelectorAll('button')].filter((b) => !(b.textContent ?? '').trim() && !b.getAttribute('aria-label')).length,
      headings: [...document.querySelectorAll('h1, h2, h3')].map((h) => h.tagName),
    }));
    assert(r.main === 1, `one main landmark, got ${r.main}`);
    assert(r.nav >= 1, 'labelled nav');
    assert(r.live >= 1, 'aria-live region');
    assert(r.langGroup.length > 0, 'language group label');
    assert(JSON.stringify(r.pressed) === '["false","true"]', `aria-pressed ${r.pressed}`);
    assert(r.unnamedButtons === 0, `${r.unnamedButtons} buttons without a name`);
    assert(r.headings[0] === 'H1', 'page starts with h1');
    await page.waitForFunction(() => (document.querySelector('.bd-live')?.textContent ?? '').length > 0, null, { timeout: 3000 });
    await page.close();
  });

  await check('copy: clipboard gets the helpdesk text', async () => {
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base.replace(/\/$/, '') });
    const page = await open('?sample=mailbox-full&lang=en');
    await waitResult(page);
    await page.click('.bd-copy');
    await page.waitForFunction(() => (document.querySelector('.bd-copy-status')?.textContent ?? '').length > 0);
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    assert(clip.includes('kenji@example.jp') && clip.includes('552 5.2.2'), `clipboard: ${clip}`);
    assert((await page.locator('.bd-copy-text').count()) === 0, 'fallback shown although the copy worked');
    await page.close();
    await ctx.clearPermissions();
  });

  await check('copy: refused clipboard shows a selected fallback textarea', async () => {
    const page = await ctx.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await open('?sample=too-big&lang=ja', { page });
    await waitResult(page);
    await page.click('.bd-copy');
    await page.waitForSelector('.bd-copy-text');
    const r = await page.evaluate(() => {
      const ta = document.querySelector('.bd-copy-text');
      return { focused: document.activeElement === ta, value: ta.value, selected: ta.selectionEnd - ta.selectionStart };
    });
    assert(r.focused && r.selected === r.value.length && r.value.includes('mika@example.com'), JSON.stringify(r).slice(0, 300));
    await page.close();
  });

  await check('no-bounce guide and quota meter views', async () => {
    const page = await open('?view=guide&lang=ja');
    await page.waitForSelector('.bd-guide');
    const items = await page.locator('.bd-guide-item').count();
    assert(items >= 5, `guide has only ${items} items`);
    await page.locator('.bd-guide-item summary').first().click();
    await page.screenshot({ path: join(shots, 'guide-ja.png'), fullPage: true });
    await page.goto(`${base}?quota=190,200&lang=en`);
    await page.waitForSelector('.bd-quota meter');
    await page.waitForSelector('.bd-banner');
    assert((await page.getAttribute('.bd-banner', 'class')).includes('bd-banner-error'), 'critical quota banner');
    const q = await page.evaluate(() => ({
      value: Number(document.querySelector('.bd-quota meter')?.getAttribute('value')),
      max: Number(document.querySelector('.bd-quota meter')?.getAttribute('max')),
      level: document.querySelector('.bd-quota [data-level]')?.getAttribute('data-level'),
      text: document.querySelector('.bd-quota')?.textContent ?? '',
    }));
    assert(q.level === 'critical', `level ${q.level}`);
    assert(q.value === 190 * 1024 * 1024 && q.max === 200 * 1024 * 1024, 'meter values');
    assert(q.text.includes('95%') && q.text.includes('200 MB'), `quota text: ${q.text.slice(0, 200)}`);
    await page.screenshot({ path: join(shots, 'quota-en.png'), fullPage: true });
    await page.close();
  });

  await check('admin config errors are shown as a notice', async () => {
    const page = await open('?sample=too-big&lang=en');
    await waitResult(page);
    await page.click('.pv-config summary');
    await page.fill('#pv-config-text', '{"maxMessageSizeMb": "lots", "noSuchField": 1}');
    await page.click('#pv-config-apply');
    await page.waitForSelector('.bd-config-notice');
    const items = await page.locator('.bd-config-notice li').allTextContents();
    assert(items.some((t) => t.includes('maxMessageSizeMb')) && items.some((t) => t.includes('noSuchField')), `errors should name the fields: ${items}`);
    // A valid config fills in its values; a link only ever comes from the config, and never as javascript:.
    await page.fill('#pv-config-text', '{"helpdeskName": "Example ISP support", "webmailUrl": "https://webmail.example.jp/", "settingsUrl": "javascript:window.__pwned=1"}');
    await page.click('#pv-config-apply');
    await page.waitForFunction(() => (document.querySelector('.bd-config-notice')?.textContent ?? '').includes('settingsUrl'), null, { timeout: 5000 });
    await page.click('[data-bd-focus="view-guide"]');
    await page.waitForSelector('.bd-guide');
    await page.evaluate(() => document.querySelectorAll('.bd-guide details').forEach((d) => { d.open = true; }));
    await page.waitForFunction(() => [...document.querySelectorAll('.bd-pane a[href]')].some((a) => a.getAttribute('href') === 'https://webmail.example.jp/'), null, { timeout: 5000 });
    const r = await page.evaluate(() => ({
      hrefs: [...document.querySelectorAll('.bd-pane a[href]')].map((a) => a.getAttribute('href')),
      notice: document.querySelector('.bd-config-notice')?.textContent ?? '',
      rel: [...document.querySelectorAll('.bd-pane a[href]')].map((a) => a.getAttribute('rel')),
    }));
    assert(r.hrefs.every((h) => /^(https?:|mailto:|tel:)/.test(h)), `unsafe link: ${r.hrefs}`);
    assert(r.notice.includes('settingsUrl'), 'javascript: URL in the config should be reported');
    assert(await page.evaluate(() => window.__pwned === undefined), 'config URL executed');
    assert(r.rel.every((x) => x === 'noopener noreferrer'), 'links must not leak the opener or referrer');
    await page.screenshot({ path: join(shots, 'too-big-en-config.png'), fullPage: true });
    // "language" in the org config forces the pane's language (the page chrome follows).
    await page.fill('#pv-config-text', '{"language": "ja"}');
    await page.click('#pv-config-apply');
    await page.waitForFunction(() => document.querySelector('.bd-pane')?.getAttribute('lang') === 'ja' && document.documentElement.lang === 'ja', null, { timeout: 5000 });
    await page.close();
  });

  await check('320 px wide: no horizontal scroll (samples, guide, quota)', async () => {
    const page = await ctx.newPage();
    await page.setViewportSize({ width: 320, height: 700 });
    for (const q of ['?sample=user-unknown&lang=ja', '?sample=host-unknown&lang=en', '?sample=forwarded&lang=ja', '?view=guide&lang=en', '?quota=50,200&lang=ja']) {
      await open(q, { page });
      await page.waitForSelector('.bd-content > *');
      await page.waitForTimeout(300);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      assert(await noHorizontalScroll(page), `horizontal scroll at 320 px on ${q}`);
      await page.locator('#pane').screenshot({ path: join(shots, `narrow-320-${q.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '')}.png`) });
    }
    await open('?sample=user-unknown&lang=ja', { page });
    await waitResult(page);
    await page.screenshot({ path: join(shots, 'narrow-320-ja.png'), fullPage: true });
    await page.close();
  });

  await check('dark and forced-colors themes render readable', async () => {
    const page = await ctx.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await open('?sample=mailbox-full&lang=en', { page });
    await waitResult(page);
    const dark = await page.evaluate(() => {
      const lum = (c) => { const m = c.match(/\d+(\.\d+)?/g).map(Number); return (0.2126 * m[0] + 0.7152 * m[1] + 0.0722 * m[2]) / 255; };
      const pane = getComputedStyle(document.querySelector('.bd-pane'));
      return { bg: lum(pane.backgroundColor), fg: lum(pane.color) };
    });
    assert(dark.bg < 0.2 && dark.fg > 0.7, `dark theme not applied: ${JSON.stringify(dark)}`);
    await page.screenshot({ path: join(shots, 'mailbox-full-en-dark.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
    await page.waitForTimeout(200);
    const fc = await page.evaluate(() => matchMedia('(forced-colors: active)').matches);
    assert(fc, 'forced colors not emulated');
    await page.screenshot({ path: join(shots, 'mailbox-full-en-forced.png'), fullPage: true });
    assert(await noHorizontalScroll(page), 'overflow in forced colors');
    await page.close();
  });

  await check('host language decides the first language (ja-JP browser)', async () => {
    const ja = await launch('ja-JP');
    try {
      const page = await ja.newPage();
      await page.goto(`${base}?sample=host-unknown`);
      await waitResult(page);
      assert((await page.getAttribute('.bd-pane', 'lang')) === 'ja', 'pane not Japanese for a ja-JP browser');
      assert(JAPANESE.test(await page.textContent('.bd-detail-title')), 'advice not Japanese');
      for (const u of ja.requests) assert(u.startsWith(base), `request outside 127.0.0.1: ${u}`);
    } finally {
      await ja.close();
    }
  });

  await check('axe-core finds no moderate, serious or critical accessibility problem (en, ja, dark, guide, quota, 320 px)', async () => {
    const axePath = join(repo, 'node_modules/axe-core/axe.min.js');
    assert(existsSync(axePath), 'axe-core is not installed (npm ci)');
    // A separate browser that lets the test inject axe (the page's CSP would refuse it, rightly).
    const audit = await launch('en-US', { bypassCSP: true });
    const problems = [];
    try {
      const cases = [
        { q: '?sample=user-unknown&lang=en' }, { q: '?sample=carrier-ja&lang=ja' }, { q: '?sample=delayed&lang=ja', dark: true },
        { q: '?sample=mailbox-full&lang=en', width: 320 }, { q: '?view=guide&lang=ja', open: true }, { q: '?quota=199,200&lang=en' },
      ];
      for (const c of cases) {
        const page = await audit.newPage();
        if (c.dark) await page.emulateMedia({ colorScheme: 'dark' });
        if (c.width) await page.setViewportSize({ width: c.width, height: 800 });
        await page.goto(`${base}${c.q}`);
        await page.waitForSelector('.bd-content > :not(.bd-loading)', { timeout: 10_000 });
        await page.waitForTimeout(300);
        if (c.open) await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
        await page.addScriptTag({ path: axePath });
        const res = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
        for (const v of res.violations) {
          if (v.impact === 'minor') console.log(`        axe (minor, not failing): ${c.q} ${v.id} ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`);
          else problems.push(`${c.q}${c.dark ? ' dark' : ''}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        }
        await page.close();
      }
    } finally {
      await audit.close();
    }
    assert(problems.length === 0, problems.join('\n        '));
  });

  await check('no network request other than the page\'s own origin', async () => {
    assert(ctx.requests.length > 10, `suspiciously few requests recorded: ${ctx.requests.length}`);
    const outside = ctx.requests.filter((u) => !u.startsWith(base) && !u.startsWith('data:') && !u.startsWith('blob:'));
    assert(outside.length === 0, `requests outside ${base}: ${outside.join(', ')}`);
  });

  await check('no console errors or CSP violations', async () => {
    const relevant = consoleErrors.filter((e) => !/Failed to load resource: the server responded with a status of 404/.test(e));
    assert(relevant.length === 0, relevant.join('\n'));
  });
} finally {
  await ctx.close().catch(() => {});
  server.close();
  for (const p of profiles) rmSync(p, { recursive: true, force: true });
}

if (failures.length) console.log(`failed: ${failures.join('; ')}`);
console.log(`screenshots in ${shots}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
