#!/usr/bin/env node
// npm run bench: speed and memory figures for the diagnosis core and the CLI. Prints figures, never
// fails on time (machines differ); exits 1 only when something cannot run.
//
//   warm   messages/s over bsd/ read ten times in one process (files pre-read into memory, one untimed
//          warm-up pass first), with that process's peak RSS; three fresh processes, the best one counts
//   ref    Sisimai's own figure over the same files, when its Perl module is installed (the issue's
//          goal is ten times Sisimai on the same machine); three runs, alternated with ours so that both
//          sides see the same moments of a shared machine's load, the best one counts
//   ratio  best warm / best ref, against the goal of 10x
//   cold   wall time of one `bounce-doctor diagnose --json FILE` run (median of 11 spawns), without and
//          with the environment's NODE_EXTRA_CA_CERTS
//   big    a generated 25 MB bounce (multipart/report whose returned original carries a 25 MB base64
//          attachment), diagnosed in a fresh process: time, and memory above the input already held
//
// The core and the CLI are built from the working tree into a temp dir first, so the figures describe
// the current source and nothing is written into the repo.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const bounces = process.env.BOUNCES_DIR ? resolve(process.env.BOUNCES_DIR) : resolve(root, '..', 'shared', 'bounces');

const GOALS = { warmPerSec: 9000, coldMs: 75, bigMs: 200, bigMemFactor: 3 };

// ---- child phases (run in their own process so memory figures are not mixed) ----
const phase = process.argv[2];
if (phase === '--warm') await warm(process.argv[3], process.argv[4]);
else if (phase === '--big') await big(process.argv[3], process.argv[4]);
else await main();

async function warm(libPath, setDir) {
  const { diagnose } = await import(pathToFileURL(libPath).href);
  const names = readdirSync(setDir).sort();
  const inputs = names.map((n) => new Uint8Array(readFileSync(join(setDir, n))));
  for (const b of inputs) await diagnose(b); // warm-up: JIT, decoders
  const rounds = 10;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let n = 0;
  let maxOne = 0;
  for (let r = 0; r < rounds; r++) {
    for (const b of inputs) {
      const t = performance.now();
      await diagnose(b);
      const dt = performance.now() - t;
      if (dt > maxOne) maxOne = dt;
      n++;
    }
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  // Ten more rounds once the optimising compiler has caught up: what a long batch run settles at. The
  // goal is judged on the ten rounds above, which include the compiler's warm-up.
  const t1 = performance.now();
  for (let r = 0; r < rounds; r++) for (const b of inputs) await diagnose(b);
  const steadyMs = performance.now() - t1;
  console.log(JSON.stringify({ messages: n, ms, perSec: (n * 1000) / ms, perCpuSec: (n * 1000) / cpuMs, steadyPerSec: (n * 1000) / steadyMs, maxOneMs: maxOne, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
}

async function big(libPath, file) {
  const { diagnose } = await import(pathToFileURL(libPath).href);
  // Warm the code path on a small bounce first so the figure is the big message's cost, not JIT.
  await diagnose('From: MAILER-DAEMON@example.org\nSubject: Undelivered Mail\nContent-Type: text/plain\n\n550 5.1.1 <a@example.org>: User unknown\n');
  const bytes = readFileSync(file); // a Buffer is a Uint8Array: no second copy
  const before = process.memoryUsage();
  const t0 = performance.now();
  const d = await diagnose(bytes);
  const ms = performance.now() - t0;
  const after = process.memoryUsage();
  const maxRss = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({
    size: bytes.length,
    ms,
    rssBefore: before.rss,
    maxRss,
    rssGrowth: Math.max(0, maxRss - before.rss),
    heapGrowth: after.heapUsed + after.arrayBuffers - (before.heapUsed + before.arrayBuffers),
    kind: d.kind,
    recipients: d.recipients.map((r) => `${r.address} ${r.reason} ${r.status ?? ''}`),
  }));
}

// ---- parent ----
function buildInto(dir) {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const cli = spawnSync(process.execPath, [vite, 'build', '--config', 'vite.cli.config.ts', '--outDir', join(dir, 'cli'), '--logLevel', 'error'], { cwd: join(root, 'shared'), encoding: 'utf8' });
  if (cli.status !== 0) throw new Error(`CLI build failed:\n${cli.stdout}${cli.stderr}`);
  // The core alone, built the same way as the CLI (one ES module for Node).
  const cfg = join(dir, 'vite.lib.config.mjs');
  writeFileSync(cfg, `export default { root: ${JSON.stringify(join(root, 'shared'))}, logLevel: 'error', build: { ssr: 'src/index.ts', outDir: ${JSON.stringify(join(dir, 'lib'))}, emptyOutDir: true, target: 'node20', minify: false, rollupOptions: { output: { entryFileNames: 'core.js', format: 'es' } } }, ssr: { noExternal: true, target: 'node' } };\n`);
  const lib = spawnSync(process.execPath, [vite, 'build', '--config', cfg], { cwd: join(root, 'shared'), encoding: 'utf8' });
  if (lib.status !== 0) throw new Error(`core build failed:\n${lib.stdout}${lib.stderr}`);
  return { cli: join(dir, 'cli', 'cli.cjs'), lib: join(dir, 'lib', 'core.js') };
}

function child(args) {
  const r = spawnSync(process.execPath, ['--max-old-space-size=2048', fileURLToPath(import.meta.url), ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`bench phase ${args[0]} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

/** Sisimai's own throughput here, when its Perl module is installed; null otherwise. */
function sisimaiReference(dir) {
  // The script's own `use Sisimai` fails when the module is missing: no separate probe (it now runs three times).
  const r = spawnSync('perl', [join(here, 'sisimai-reference.pl'), dir, '3'], { encoding: 'utf8' });
  if (r.status !== 0) return null;
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** A spawned run's own view: ms since its process started, and its CPU time (robust on a busy machine). */
function spawnInner(hook, args, env = process.env) {
  const r = spawnSync(process.execPath, ['--import', hook, ...args], { encoding: 'utf8', env });
  const m = /#cold wall=([\d.]+) cpu=([\d.]+) rss=(\d+)/.exec(r.stderr);
  return m ? { wall: Number(m[1]), cpu: Number(m[2]), rssKB: Number(m[3]), lines: r.stdout.split('\n').filter(Boolean).length } : { wall: NaN, cpu: NaN, rssKB: NaN, lines: 0 };
}

function spawnMs(cmd, args, env = process.env) {
  const t = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', env });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/** A 25 MB bounce: Postfix-style multipart/report whose returned original has a big base64 attachment. */
function writeBigBounce(file, targetBytes = 25 * 1024 * 1024) {
  const fd = openSync(file, 'w');
  const w = (s) => writeSync(fd, s);
  w([
    'Return-Path: <>',
    'From: MAILER-DAEMON@mx.example.org (Mail Delivery System)',
    'To: sender@example.jp',
    'Subject: Undelivered Mail Returned to Sender',
    'Date: Mon, 23 Nov 2026 10:00:00 +0900',
    'Message-Id: <bench-big@mx.example.org>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"',
    '',
    '--B1',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'I\'m sorry to have to inform you that your message could not be delivered.',
    '',
    '<big@example.net>: host mx.example.net[192.0.2.9] said: 552 5.2.2 <big@example.net>: Mailbox full (in reply to RCPT TO command)',
    '',
    '--B1',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.org',
    '',
    'Final-Recipient: rfc822; big@example.net',
    'Action: failed',
    'Status: 5.2.2',
    'Remote-MTA: dns; mx.example.net',
    'Diagnostic-Code: smtp; 552 5.2.2 <big@example.net>: Mailbox full',
    '',
    '--B1',
    'Content-Type: message/rfc822',
    '',
    'From: sender@example.jp',
    'To: big@example.net',
    'Subject: the quarterly figures',
    'Date: Mon, 23 Nov 2026 09:59:00 +0900',
    'Message-Id: <orig-big@example.jp>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="B2"',
    '',
    '--B2',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Please find the figures attached.',
    '',
    '--B2',
    'Content-Type: application/octet-stream; name="figures.bin"',
    'Content-Transfer-Encoding: base64',
    'Content-Disposition: attachment; filename="figures.bin"',
    '',
    '',
  ].join('\r\n'));
  // Pseudo-random payload, base64 in 76-character lines, written in chunks to keep this process small.
  let seed = 12345;
  let written = 0;
  const rawChunk = Buffer.alloc(57 * 1024);
  while (written < targetBytes) {
    for (let i = 0; i < rawChunk.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      rawChunk[i] = seed >>> 16;
    }
    const b64 = rawChunk.toString('base64');
    let out = '';
    for (let i = 0; i < b64.length; i += 76) out += b64.slice(i, i + 76) + '\r\n';
    w(out);
    written += out.length;
  }
  w('\r\n--B2--\r\n\r\n--B1--\r\n');
  closeSync(fd);
  return statSync(file).size;
}

async function main() {
  const bsd = join(bounces, 'bsd');
  let haveCorpus = true;
  try {
    statSync(bsd);
  } catch {
    haveCorpus = false;
    console.log(`bench: no corpus at ${bounces}: the warm and corpus-file cold figures are SKIPPED (set BOUNCES_DIR)`);
  }
  const tmp = mkdtempSync(join(tmpdir(), 'bd-bench-'));
  try {
    const { cli, lib } = buildInto(tmp);
    console.log(`bench on node ${process.version}, ${process.platform}/${process.arch}\n`);

    if (haveCorpus) {
      // Ours and Sisimai's in turn, three times: on a machine shared with other jobs the load moves by
      // the second, and alternating gives both sides the same chances. Each side is judged on its best run.
      const warms = [];
      const refs = [];
      for (let i = 0; i < 3; i++) {
        warms.push(child(['--warm', lib, bsd]));
        const r = sisimaiReference(bsd);
        if (r) refs.push(r);
      }
      const w = warms.reduce((a, b) => (b.perSec > a.perSec ? b : a));
      const ref = refs.length ? refs.reduce((a, b) => (b.perSec > a.perSec ? b : a)) : null;
      const runs = (xs) => xs.map((x) => Math.round(x.perSec).toLocaleString('en')).join(', ');
      if (ref) console.log(`ref    Sisimai ${ref.version} (Perl) on this machine, same files and method: ${Math.round(ref.perSec).toLocaleString('en')} messages/s, best of ${refs.length} runs (${runs(refs)}); ten times that is ${Math.round(10 * ref.perSec).toLocaleString('en')}/s`);
      else console.log('ref    Sisimai is not installed here (Debian: libsisimai-perl): no reference figure; the goal stays the issue\'s 9,000/s');
      console.log(`warm   ${Math.round(w.perSec).toLocaleString('en')} messages/s, best of ${warms.length} runs (${runs(warms)})  (${w.messages} messages of bsd/ x10 in ${Math.round(w.ms)} ms; slowest single message ${w.maxOneMs.toFixed(1)} ms; peak RSS ${w.maxRssMB.toFixed(0)} MB; ${Math.round(w.perCpuSec).toLocaleString('en')} messages per CPU-second)  goal >= ${GOALS.warmPerSec.toLocaleString('en')}/s: ${w.perSec >= GOALS.warmPerSec ? 'met' : 'NOT met'}`);
      console.log(`       the next ten rounds in the same process, once compiled: ${Math.round(w.steadyPerSec).toLocaleString('en')} messages/s (not what the goal is judged on)`);
      if (ref) console.log(`ratio  ${(w.perSec / ref.perSec).toFixed(1)}x Sisimai (${(w.steadyPerSec / ref.perSec).toFixed(1)}x once compiled)  goal >= 10x: ${w.perSec >= 10 * ref.perSec ? 'met' : 'NOT met'}`);
    }

    const one = haveCorpus ? join(bsd, 'lhost-postfix-01.eml') : join(tmp, 'one.eml');
    if (!haveCorpus) writeFileSync(one, 'From: MAILER-DAEMON@example.org\nSubject: Undelivered Mail Returned to Sender\n\n<a@example.org>: host mx said: 550 5.1.1 User unknown\n');
    spawnMs(process.execPath, [cli, 'diagnose', '--json', one]); // fill the page cache
    // NODE_EXTRA_CA_CERTS makes node read and parse a CA bundle before any script runs (seen here: about
    // 90 ms). It is the machine's setting, not the CLI's cost, so the goal is judged without it and the
    // figure as this environment runs is printed beside it.
    const caVar = process.env.NODE_EXTRA_CA_CERTS;
    const envWithout = { ...process.env };
    delete envWithout.NODE_EXTRA_CA_CERTS;
    const coldRuns = (env) => {
      const cold = [];
      const nodeOnly = [];
      for (let i = 0; i < 11; i++) {
        cold.push(spawnMs(process.execPath, [cli, 'diagnose', '--json', one], env));
        nodeOnly.push(spawnMs(process.execPath, ['-e', '0'], env));
      }
      return { cold, nodeOnly };
    };
    const clean = coldRuns(envWithout);
    const hook = join(tmp, 'exit-hook.mjs');
    writeFileSync(hook, "process.on('exit', () => { const c = process.cpuUsage(); process.stderr.write(`\\n#cold wall=${performance.now().toFixed(1)} cpu=${((c.user + c.system) / 1000).toFixed(1)} rss=${process.resourceUsage().maxRSS}\\n`); });\n");
    const inner = [];
    const innerNode = [];
    for (let i = 0; i < 11; i++) {
      inner.push(spawnInner(hook, [cli, 'diagnose', '--json', one], envWithout));
      innerNode.push(spawnInner(hook, ['-e', '0'], envWithout));
    }
    const coldMed = median(clean.cold);
    const what = `\`node cli.cjs diagnose --json ${haveCorpus ? 'bsd/lhost-postfix-01.eml' : 'one.eml'}\``;
    console.log(`cold   ${coldMed.toFixed(0)} ms wall, median of ${clean.cold.length} runs of ${what} (min ${Math.min(...clean.cold).toFixed(0)}, max ${Math.max(...clean.cold).toFixed(0)}; bare \`node -e 0\`: ${median(clean.nodeOnly).toFixed(0)} ms)  goal <= ${GOALS.coldMs} ms: ${coldMed <= GOALS.coldMs ? 'met' : 'NOT met'}`);
    if (caVar) {
      const asIs = coldRuns(process.env);
      console.log(`       with this environment's NODE_EXTRA_CA_CERTS (${caVar}) left set: ${median(asIs.cold).toFixed(0)} ms, and bare node alone ${median(asIs.nodeOnly).toFixed(0)} ms: node reads that bundle before our code starts`);
    }
    const cpuOurs = median(inner.map((x) => x.cpu));
    const cpuNode = median(innerNode.map((x) => x.cpu));
    console.log(`       CPU time of that run ${cpuOurs.toFixed(0)} ms vs ${cpuNode.toFixed(0)} ms for bare node: the command itself adds ${(cpuOurs - cpuNode).toFixed(0)} ms CPU (load-independent); load average now ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} CPUs`);

    const bigFile = join(tmp, 'big-bounce.eml');
    const size = writeBigBounce(bigFile);
    const b = child(['--big', lib, bigFile]);
    const mb = (x) => (x / 1024 / 1024).toFixed(1);
    console.log(`big    ${mb(size)} MB bounce diagnosed in ${b.ms.toFixed(1)} ms; memory above the held input: peak RSS +${mb(b.rssGrowth)} MB (${(b.rssGrowth / size).toFixed(2)}x its size), heap+buffers +${mb(b.heapGrowth)} MB; process peak RSS ${mb(b.maxRss)} MB`);
    console.log(`       verdict: ${b.kind}: ${b.recipients.join('; ')}  goals < ${GOALS.bigMs} ms: ${b.ms < GOALS.bigMs ? 'met' : 'NOT met'}, < ${GOALS.bigMemFactor}x size: ${b.rssGrowth < GOALS.bigMemFactor * size ? 'met' : 'NOT met'}`);
    const bigCli = [];
    for (let i = 0; i < 3; i++) bigCli.push(spawnMs(process.execPath, [cli, 'diagnose', '--json', bigFile]));
    console.log(`       the same file through the CLI (read + diagnose + print): ${median(bigCli).toFixed(0)} ms wall (median of 3)`);

    // A mailbox export bigger than the streaming threshold: 400 bounces around one 80,000,000-byte message.
    const mboxFile = join(tmp, 'export.mbox');
    const dsnText = readFileSync(bigFile).subarray(0, 2000).toString('latin1').split('\r\n--B1--')[0];
    const fd = openSync(mboxFile, 'w');
    const env = (i) => `From MAILER-DAEMON Mon Nov 23 10:${String(i % 60).padStart(2, '0')}:00 2026\n`;
    for (let i = 0; i < 200; i++) writeSync(fd, env(i) + dsnText.replaceAll('\r\n', '\n') + '\n--B1--\n\n');
    writeSync(fd, env(0) + 'Subject: huge\n\n');
    const line = 'z'.repeat(999) + '\n';
    for (let i = 0; i < 80_000; i++) writeSync(fd, line);
    writeSync(fd, '\n');
    for (let i = 0; i < 200; i++) writeSync(fd, env(i) + dsnText.replaceAll('\r\n', '\n') + '\n--B1--\n\n');
    closeSync(fd);
    const mboxSize = statSync(mboxFile).size;
    const t0 = performance.now();
    const m = spawnInner(hook, [cli, 'diagnose', '--json', mboxFile]);
    const mboxMs = performance.now() - t0;
    console.log(`mbox   ${mb(mboxSize)} MB mbox export (401 messages, one of them 80,000,000 bytes) streamed through the CLI: ${m.lines} lines in ${mboxMs.toFixed(0)} ms wall, peak RSS ${(m.rssKB / 1024).toFixed(0)} MB`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
