// Bounce Doctor in real Thunderbird: installs the built XPI through policies.json, sends real mail
// that bounces through the loopback Postfix, and checks what the add-in shows. Started by run.sh,
// which has already started Dovecot and Postfix (servers.sh). Prints "N passed, N failed".
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Marionette } from './marionette.mjs';
import { basePrefs, accountPrefs, writePrefs, STORE_PASSWORDS, USERS } from './profile.mjs';
import * as C from './chrome.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');
const STATE = process.env.BD_E2E_DIR || '/tmp/bd-tb-e2e';
const OUT = path.resolve(repo, process.env.BD_E2E_OUT || 'test-results/thunderbird');
const XPI = path.join(repo, 'addin-thunderbird/dist/bounce-doctor-thunderbird.xpi');
const MANIFEST = JSON.parse(fs.readFileSync(path.join(repo, 'addin-thunderbird/dist/ext/manifest.json'), 'utf8'));
const EXT_ID = MANIFEST.browser_specific_settings.gecko.id;
const MPORT = Number(process.env.MARIONETTE_PORT || 2828);
const IMAP_PORT = Number(process.env.IMAP_PORT || 143);
const DISPLAY_NUM = process.env.DISPLAY_NUM || '99';
const POLICY_DIR = '/etc/thunderbird/policies';
const POLICY = path.join(POLICY_DIR, 'policies.json');
const POLICY_BACKUP = path.join(STATE, 'policies.json.orig');
const HELPDESK_PHONE = '0120-555-019';
const PROFILE = path.join(STATE, 'profile');
const ALICE = 'alice@example.test';
const HALF = 'half@example.test';

fs.mkdirSync(OUT, { recursive: true });
for (const f of fs.readdirSync(OUT)) fs.rmSync(path.join(OUT, f), { recursive: true, force: true });
const results = [];
const figures = {};
const log = (...a) => console.log(`[tb-e2e ${new Date().toISOString().slice(11, 23)}]`, ...a);
function check(name, ok, detail = '') {
  results.push({ name, ok: !!ok, detail });
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}${detail ? `  -- ${detail}` : ''}`);
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const children = [];

// ---------------------------------------------------------------- policies.json (system-wide)
let policyBackedUp = false;
function installPolicy(extra = {}) {
  fs.mkdirSync(POLICY_DIR, { recursive: true });
  // Keep the machine's own file once, before the first write of this run (never our own copy).
  if (!policyBackedUp) {
    fs.rmSync(POLICY_BACKUP, { force: true });
    if (fs.existsSync(POLICY)) fs.copyFileSync(POLICY, POLICY_BACKUP);
    policyBackedUp = true;
  }
  const policy = {
    policies: {
      ExtensionSettings: { [EXT_ID]: { installation_mode: 'force_installed', install_url: `file://${XPI}` } },
      '3rdparty': {
        Extensions: {
          [EXT_ID]: {
            providerName: 'Example Test ISP',
            helpdeskName: 'Example Test ISP Support',
            helpdeskPhone: HELPDESK_PHONE,
            helpdeskHours: '9:00-18:00',
            maxMessageSizeMb: 10,
            quotaMb: 1,
            quotaUpgradeMb: 1000,
            quotaUpgradeFree: true,
            quotaWarnPercent: 80,
            // Deliberately invalid: the pane must name it and the default (95) must apply.
            quotaCriticalPercent: 'ninety-five',
            precheckEnabled: true,
            precheckMayBlock: false,
            ...extra,
          },
        },
      },
    },
  };
  fs.writeFileSync(POLICY, JSON.stringify(policy, null, 2));
}
function restorePolicy() {
  if (!policyBackedUp) return;
  if (fs.existsSync(POLICY_BACKUP)) { fs.copyFileSync(POLICY_BACKUP, POLICY); fs.rmSync(POLICY_BACKUP); }
  else fs.rmSync(POLICY, { force: true });
}

// ---------------------------------------------------------------- processes
function startThunderbird(extraArgs, env, logName) {
  const out = fs.openSync(path.join(OUT, logName), 'a');
  const p = spawn('thunderbird', ['--marionette', '--remote-allow-system-access', '--no-remote', '--profile', PROFILE, ...extraArgs],
    { env: { ...process.env, ...env }, stdio: ['ignore', out, out] });
  children.push(p);
  return p;
}
async function stopThunderbird(m, p) {
  if (m) await m.quit();
  for (let i = 0; i < 40 && p.exitCode === null; i++) await sleep(250);
  if (p.exitCode === null) p.kill('SIGKILL');
}
function screenshot(name) {
  const file = path.join(OUT, name);
  try {
    execFileSync('import', ['-display', `:${DISPLAY_NUM}`, '-window', 'root', file], { stdio: 'ignore', timeout: 20000 });
    return file;
  } catch (e) {
    log('screenshot failed', name, e.message);
    return null;
  }
}
const chrome = (m, body, args = [], timeoutMs = 60000) => m.run(C.PRELUDE + body, args, timeoutMs);

// ---------------------------------------------------------------- the run
async function main() {
  const tStart = Date.now();
  installPolicy();
  fs.rmSync(PROFILE, { recursive: true, force: true });
  writePrefs(PROFILE, basePrefs(MPORT));

  // Seed launch: stores the passwords; the policy installs the add-in on this launch.
  log('seed launch (headless)');
  const seed = startThunderbird(['--headless'], { MOZ_HEADLESS: '1' }, 'thunderbird-seed.log');
  const ms = new Marionette(MPORT);
  await ms.connect(90000);
  await ms.run(STORE_PASSWORDS, [USERS.map((u) => u.email)]);
  const addonSeed = await ms.run(C.PRELUDE.replace(/const win = [^\n]*\n/, 'const win = { setTimeout };\n') + C.ADDON_STATE, [EXT_ID]).catch((e) => ({ error: e.message }));
  log('add-on after seed launch', JSON.stringify(addonSeed));
  await stopThunderbird(ms, seed);
  writePrefs(PROFILE, basePrefs(MPORT) + accountPrefs(IMAP_PORT));

  // Real launch on a private X display.
  const xvfb = spawn('Xvfb', [`:${DISPLAY_NUM}`, '-screen', '0', '1400x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  children.push(xvfb);
  for (let i = 0; i < 50 && !fs.existsSync(`/tmp/.X11-unix/X${DISPLAY_NUM}`); i++) await sleep(100);
  const t0 = Date.now();
  const tb = startThunderbird([], { DISPLAY: `:${DISPLAY_NUM}`, LANG: 'en_US.UTF-8' }, 'thunderbird.log');
  const m = new Marionette(MPORT);
  await m.connect(90000);
  figures.marionetteReadyMs = Date.now() - t0;
  await chrome(m, 'await waitFor(() => win.gTabmail && win.gTabmail.currentAbout3Pane, 30000, 50); return true;');

  const addon = await chrome(m, C.ADDON_STATE, [EXT_ID]);
  check('add-in installed from policies.json (force_installed) and active', addon && addon.active, JSON.stringify(addon));
  figures.thunderbird = await m.run('return Services.appinfo.version');

  const quotas = await chrome(m, C.WAIT_QUOTA, [[ALICE, HALF]], 40000);
  log('server quota as Thunderbird sees it', JSON.stringify(quotas));
  figures.quota = quotas;

  // ------------------------------------------------ quota banner: alice ~90 %, half ~50 %
  await chrome(m, C.SHOW_FOLDER, [ALICE]);
  await sleep(1500); // the add-in reads quota at start-up; give the reading a moment after IMAP login
  const aliceMsgs = await chrome(m, C.LIST_MESSAGES, [ALICE]);
  const filler = aliceMsgs.find((x) => /filler/.test(x.subject));
  let shownFiller = await chrome(m, C.SHOW_MESSAGE, [ALICE, filler.messageId, false, 8000]);
  log('ordinary message', JSON.stringify(shownFiller));
  // The add-in reads quota once Thunderbird's IMAP login has answered; on a slow start that reading can
  // land after the first message is shown (seen once in CI). Show another message and this one again,
  // at most three times; the retries are logged and counted in the figures.
  const fillers = aliceMsgs.filter((x) => /filler/.test(x.subject));
  const away = fillers[fillers.length - 1];
  figures.quotaBannerRetries = 0;
  while (figures.quotaBannerRetries < 3 && away && away.messageId !== filler.messageId && !shownFiller.quota.some((q) => q.text.includes(ALICE))) {
    figures.quotaBannerRetries++;
    await chrome(m, C.SHOW_MESSAGE, [ALICE, away.messageId, false, 3000]);
    shownFiller = await chrome(m, C.SHOW_MESSAGE, [ALICE, filler.messageId, false, 8000]);
    log(`ordinary message, shown again (${figures.quotaBannerRetries})`, JSON.stringify(shownFiller));
  }
  const aliceBanner = shownFiller.quota.find((q) => q.text.includes(ALICE));
  check('quota banner shown for the ~90 % account', aliceBanner && aliceBanner.level === 'warn', aliceBanner ? aliceBanner.text.replace(/\s+/g, ' ') : 'none');
  check('no quota banner for the ~50 % account', !shownFiller.quota.some((q) => q.text.includes(HALF)), shownFiller.quota.map((q) => q.id).join(','));
  check('no bounce banner on an ordinary message', shownFiller.bounce === null);
  if (aliceBanner) screenshot('quota-banner.png');
  // Dismiss: the warning stays away for the rest of this crossing (the bounces below raise the
  // usage a little, still within "warn": no new alert may appear).
  const dismissed = await chrome(m, `const b = messageDoc().querySelector(".bd-quota .bd-dismiss"); if (!b) return false; b.click(); await sleep(300); return !messageDoc().querySelector(".bd-quota");`);
  const other = aliceMsgs.filter((x) => /filler/.test(x.subject))[1];
  const afterDismiss = other ? await chrome(m, C.SHOW_MESSAGE, [ALICE, other.messageId, false, 1500]) : null;
  check('dismissed quota banner stays dismissed on the next message', dismissed && afterDismiss && afterDismiss.quota.length === 0, JSON.stringify(afterDismiss && afterDismiss.quota));

  // ------------------------------------------------ pre-send check stops an RFC-violating address
  const badSubject = 'E2E: address with a dot before @';
  const bad = await chrome(m, C.COMPOSE_AND_SEND, [ALICE, 'Hanako <hanako.@example.test>', badSubject, 'Hello.', null, 15000], 30000);
  const dlg = bad.state === 'dialog' ? await chrome(m, C.READ_PRESEND) : null;
  check('send to an RFC-violating address is stopped with the warning', bad.state === 'dialog' && dlg && dlg.codes.includes('address-dot-before-at'),
    `${bad.state}; ${dlg ? dlg.codes.join(',') : ''}; ${dlg ? dlg.text.replace(/\s+/g, ' ').slice(0, 160) : ''}`);
  if (dlg) screenshot('presend-warning.png');
  const back = await chrome(m, C.PRESEND_BACK, [badSubject]);
  check('"Back to editing" keeps the message unsent', back.dialogClosed && back.composeOpen, JSON.stringify(back));

  // ------------------------------------------------ Thunderbird sends mail that bounces for real
  const bigFile = path.join(STATE, 'big-report.bin');
  fs.writeFileSync(bigFile, Buffer.alloc(200_000, 7));
  const cases = [
    { to: 'nobody@example.test', subject: 'E2E: unknown user', tone: 'failed', reason: 'userunknown' },
    { to: 'bob@example.test', subject: 'E2E: recipient over quota', tone: 'failed', reason: 'mailboxfull', body: 'x'.repeat(12000) },
    { to: 'carol@big.example.test', subject: 'E2E: too large for the remote server', tone: 'failed', reason: 'mesgtoobig', attach: bigFile },
    { to: 'dave@nohost.example.test', subject: 'E2E: unknown domain', tone: 'failed', reason: 'hostunknown' },
    { to: 'erin@down.example.test', subject: 'E2E: remote host down (delay)', tone: 'delayed', reason: null },
  ];
  const sendStart = Date.now();
  for (const c of cases) {
    const r = await chrome(m, C.COMPOSE_AND_SEND, [ALICE, c.to, c.subject, c.body || `Hello ${c.to}, this is the e2e run.`, c.attach || null, 20000], 40000);
    check(`Thunderbird sent to ${c.to} (no pre-send warning)`, r.state === 'sent', JSON.stringify(r));
  }

  // ------------------------------------------------ wait for the bounces (IMAP IDLE)
  const bounceFor = new Map();
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    mapBounces(bounceFor);
    if (cases.every((c) => bounceFor.has(c.to))) break;
    await sleep(1000);
  }
  figures.bouncesArrivedSec = (Date.now() - sendStart) / 1000;
  log(`bounces found on the server after ${figures.bouncesArrivedSec}s: ${[...bounceFor.keys()].join(', ')}`);
  // Thunderbird must have them in its database too.
  await chrome(m, 'inboxOf(args[0]).updateFolder(null); return true;', [ALICE]);
  await chrome(m, `const want = args[1]; return !!(await waitFor(() => want.every((id) => inboxOf(args[0]).msgDatabase.getMsgHdrForMessageID(id)), 30000, 200));`,
    [ALICE, [...bounceFor.values()].map((b) => b.messageId)], 40000);

  // ------------------------------------------------ each bounce: banner text and pane verdict
  const timings = [];
  let shotBanner = false;
  for (const c of cases) {
    const b = bounceFor.get(c.to);
    if (!b) { check(`bounce for ${c.to} arrived`, false); continue; }
    const shown = await chrome(m, C.SHOW_MESSAGE, [ALICE, b.messageId, true, 5000]);
    const banner = shown.bounce;
    const okTone = banner && banner.tone === c.tone;
    const mentions = banner && banner.text.includes(c.to);
    const wording = banner && (c.tone === 'delayed' ? /still|retry|trying|not failed/i.test(banner.text) && !/not delivered|could not be delivered|undeliverable/i.test(banner.text) : true);
    check(`banner for ${c.to}: ${c.tone}, names the recipient`, okTone && mentions && wording, banner ? `"${banner.text}"` : JSON.stringify(shown).slice(0, 300));
    if (banner) {
      const r1 = (x) => Math.round(x * 10) / 10;
      timings.push({
        to: c.to,
        // display -> banner: the message document's load event (message on screen) to banner insertion
        loadToBannerMs: r1(banner.shownMs - shown.loadEndMs),
        domContentLoadedToBannerMs: r1(banner.shownMs - shown.domContentLoadedMs),
        scriptRoundTripMs: banner.waitMs, backgroundHandlerMs: banner.handlerMs, getRawMs: banner.rawMs, diagnoseMs: banner.diagnoseMs,
        selectToBannerMs: shown.pollMs,
      });
    }
    if (banner && !shotBanner) { screenshot('bounce-banner.png'); }
    const pane = await chrome(m, C.OPEN_PANE);
    const verdictOk = c.tone === 'delayed' ? pane.kind === 'delayed' : pane.kind === 'failed' && pane.reason === c.reason;
    check(`pane verdict for ${c.to}: ${c.reason || 'delayed'}`, verdictOk && pane.text && pane.text.includes(c.to),
      `kind=${pane.kind} reason=${pane.reason} badge=${pane.badge} headline="${pane.headline}"${pane.error ? ' error=' + pane.error : ''}`);
    check(`header button badge for ${c.to}`, pane.badge === (c.tone === 'delayed' ? '…' : '!'), `badge=${pane.badge}`);
    if (!shotBanner) {
      screenshot('pane.png');
      shotBanner = true;
      check('managed config from policies.json shows in the advice (helpdesk phone)', pane.text && pane.text.includes(HELPDESK_PHONE), HELPDESK_PHONE);
      check('invalid managed field is reported in the pane', pane.configNotice && /quotaCriticalPercent/.test(pane.text));
      const acc = pane.accounts || [];
      const alice = acc.find((a) => a.text.includes(ALICE));
      const half = acc.find((a) => a.text.includes(HALF));
      const local = acc.find((a) => /Local Folders/.test(a.text));
      check('pane shows a quota meter per account (alice warn, half ok) and says so where none is reported',
        alice && alice.level === 'warn' && half && half.level === 'ok' && local && /quota|容量/i.test(local.text),
        acc.map((a) => `${a.id}:${a.level}`).join(' '));
      fs.writeFileSync(path.join(OUT, 'pane-text.txt'), String(pane.text ?? JSON.stringify(pane)));
    }
    await chrome(m, C.CLOSE_PANE);
  }
  figures.bannerTimings = timings;

  // ------------------------------------------------ "Diagnose this bounce" in the message list menu
  const first = bounceFor.get(cases[1].to);
  if (first) {
    await chrome(m, C.SHOW_MESSAGE, [ALICE, first.messageId, true, 5000]);
    const cm = await chrome(m, C.CONTEXT_MENU_DIAGNOSE);
    check('message list menu "Diagnose this bounce" opens the pane with the verdict', cm.items === 1 && cm.reason === cases[1].reason, JSON.stringify(cm));
  }
  const median = (xs) => { const v = xs.filter(Number.isFinite).sort((a, b) => a - b); return v.length ? v[Math.floor(v.length / 2)] : null; };
  figures.loadToBannerMedianMs = median(timings.map((t) => t.loadToBannerMs));
  figures.loadToBannerMaxMs = Math.max(...timings.map((t) => t.loadToBannerMs).filter(Number.isFinite));
  figures.diagnoseMedianMs = median(timings.map((t) => t.diagnoseMs));
  const goal = figures.loadToBannerMedianMs !== null && figures.loadToBannerMedianMs < 100;
  console.log(`${goal ? 'GOAL MET' : 'GOAL MISSED'}: banner ${figures.loadToBannerMedianMs} ms (median; max ${figures.loadToBannerMaxMs} ms) after the message finished loading; goal < 100 ms`);
  // The 100 ms goal is reported, not enforced: on a shared 2-core runner the figure swings with load.
  check('banner shown within 1 s of the message being displayed', figures.loadToBannerMaxMs < 1000, `median ${figures.loadToBannerMedianMs} ms, max ${figures.loadToBannerMaxMs} ms`);

  // ------------------------------------------------ a bounce already on screen at start-up
  const last = bounceFor.get(cases[0].to);
  if (last) {
    // Open the bounce in its own tab and quit cleanly: Thunderbird restores that tab at the next launch.
    await chrome(m, `const inbox = inboxOf(args[0]); const hdr = inbox.msgDatabase.getMsgHdrForMessageID(args[1]);
      win.gTabmail.openTab("mailMessageTab", { messageURI: inbox.getUriForMsg(hdr), background: false }); await sleep(1500); return true;`, [ALICE, last.messageId]);
    try { await m.command('Marionette:Quit', { flags: ['eAttemptQuit'] }); } catch { /* socket closes */ }
    m.close();
    for (let i = 0; i < 60 && tb.exitCode === null; i++) await sleep(250);
    if (tb.exitCode === null) tb.kill('SIGKILL');
    // The second launch runs with the org config forcing Japanese (policy changes apply on restart).
    installPolicy({ language: 'ja' });
    const t2 = Date.now();
    const tb2 = startThunderbird([], { DISPLAY: `:${DISPLAY_NUM}`, LANG: 'en_US.UTF-8' }, 'thunderbird-2.log');
    const m2 = new Marionette(MPORT);
    await m2.connect(90000);
    const restored = await chrome(m2, `
      const doc = () => { const t = win.gTabmail && win.gTabmail.currentTabInfo; const am = t && t.chromeBrowser && t.chromeBrowser.contentWindow;
        const b = am && am.getMessagePaneBrowser && am.getMessagePaneBrowser(); return b && b.contentDocument; };
      const el = await waitFor(() => doc() && doc().getElementById("bounce-doctor-banner"), 30000, 50);
      return el ? el.querySelector(".bd-line").textContent : null;`, [], 60000);
    figures.launchToRestoredBannerMs = Date.now() - t2;
    check('banner on the bounce already on screen when Thunderbird starts', restored && restored.includes(cases[0].to), String(restored));
    check('org config language "ja" gives the banner in Japanese', restored && /[\u3040-\u30ff\u4e00-\u9fff]/.test(restored), String(restored));
    if (restored) screenshot('startup-banner.png');
    // A bounce that arrived in an earlier session: not read ahead, so getRaw is on the path.
    const older = bounceFor.get(cases[3].to);
    if (older) {
      await chrome(m2, 'win.gTabmail.switchToTab(0); return true;');
      const s2 = await chrome(m2, C.SHOW_MESSAGE, [ALICE, older.messageId, true, 8000]);
      if (s2.bounce) {
        figures.olderBounce = { loadToBannerMs: Math.round((s2.bounce.shownMs - s2.loadEndMs) * 10) / 10, getRawMs: s2.bounce.rawMs, diagnoseMs: s2.bounce.diagnoseMs, scriptRoundTripMs: s2.bounce.waitMs };
        console.log(`older bounce (not read ahead): banner ${figures.olderBounce.loadToBannerMs} ms after load (getRaw ${s2.bounce.rawMs} ms, diagnose ${s2.bounce.diagnoseMs} ms)`);
      }
      check('banner on a bounce from an earlier session', s2.bounce && s2.bounce.text.includes(cases[3].to), s2.bounce ? s2.bounce.text : JSON.stringify(s2).slice(0, 200));
    }
    figures.consoleErrors = await chrome(m2, C.CONSOLE_ERRORS).catch(() => []);
    figures.rssMiB = memory(tb2.pid);
    await stopThunderbird(m2, tb2);
  } else {
    await stopThunderbird(m, tb);
  }
  xvfb.kill();
  figures.totalSec = (Date.now() - tStart) / 1000;
}

function memory(pid) {
  try {
    const out = execFileSync('ps', ['-o', 'rss=', '--ppid', String(pid), '-p', String(pid)]).toString();
    return Math.round(out.split('\n').map(Number).filter(Boolean).reduce((a, b) => a + b, 0) / 1024);
  } catch {
    return null;
  }
}

/** Finds the DSNs in alice's Maildir and which test recipient each is about. */
function mapBounces(map) {
  const root = path.join(STATE, 'mail/alice/Maildir');
  for (const sub of ['new', 'cur']) {
    const dir = path.join(root, sub);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir)) {
      const text = fs.readFileSync(path.join(dir, f), 'latin1');
      if (!/^Content-Type: multipart\/report/im.test(text)) continue;
      const rcpt = /^Final-Recipient:\s*rfc822;\s*(\S+)/im.exec(text)?.[1]?.toLowerCase();
      const id = /^Message-ID:\s*<([^>]+)>/im.exec(text)?.[1];
      const delayed = /^Action:\s*delayed/im.test(text);
      if (!rcpt || !id) continue;
      // For the delay case only the "still trying" notice counts (not a later expiry bounce).
      if (rcpt.startsWith('erin@') && !delayed) continue;
      if (!map.has(rcpt)) map.set(rcpt, { messageId: id, file: f, delayed });
    }
  }
}

let failedHard = null;
try {
  await main();
} catch (e) {
  failedHard = e;
  check('e2e run completed without an exception', false, e.stack || String(e));
} finally {
  for (const p of children) if (p.exitCode === null) { try { p.kill('SIGKILL'); } catch { /* gone */ } }
  restorePolicy();
}
fs.writeFileSync(path.join(OUT, 'results.json'), JSON.stringify({ results, figures }, null, 2));
console.log('\nfigures:', JSON.stringify(figures, null, 2));
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed || failedHard ? 1 : 0);
