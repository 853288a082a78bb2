// The bounce-doctor command, with its streams passed in so tests can drive it without a process.
import { diagnose } from '../diagnose.js';
import { listFiles, readMessages } from './files.js';
import { toJson } from './json.js';
import { formatHuman, formatSummary, newTally, tally } from './human.js';
import type { Diagnosis, Locale, RecipientDiagnosis } from '../types.js';
import type { AdviceJson } from '../advice/index.js';

export const USAGE = `usage: bounce-doctor diagnose [--json] [--lang ja|en] [--config FILE] PATH...

Reads bounce messages (files, directories recursively, mbox files, Maildir folders) and says, per
recipient, what went wrong and who has to act.
  --json          one JSON object per message per line (machine-readable, stable)
  --lang ja|en    add advice in Japanese or English (default for human output: from LANG)
  --config FILE   the organisation's config (limits, helpdesk...) for the advice
`;

export interface CliIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
}

interface Options {
  json: boolean;
  lang: Locale | null;
  config: string | null;
  paths: string[];
}

/** More inputs than this and an interactive stderr get a progress line. */
export const PROGRESS_MIN_FILES = 20;
/** The progress line is redrawn at most this often. */
const PROGRESS_EVERY_MS = 100;

function parseArgs(argv: string[]): Options | string {
  const [cmd, ...rest] = argv;
  if (cmd !== 'diagnose') return cmd === undefined || cmd === '--help' || cmd === '-h' ? USAGE : `unknown command: ${cmd}\n\n${USAGE}`;
  const o: Options = { json: false, lang: null, config: null, paths: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--json') o.json = true;
    else if (a === '--lang') {
      const v = rest[++i];
      if (v !== 'ja' && v !== 'en') return `--lang takes ja or en\n\n${USAGE}`;
      o.lang = v;
    } else if (a === '--config') {
      const v = rest[++i];
      if (!v) return `--config takes a file\n\n${USAGE}`;
      o.config = v;
    } else if (a === '--help' || a === '-h') return USAGE;
    else if (a === '--') {
      o.paths.push(...rest.slice(i + 1)); // everything after "--" is a path, even "--json"
      break;
    } else if (a.startsWith('--')) return `unknown option: ${a}\n\n${USAGE}`;
    else o.paths.push(a);
  }
  if (!o.paths.length) return `no input given\n\n${USAGE}`;
  return o;
}

function defaultLang(env: CliIo['env']): Locale {
  const l = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return l.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** Runs the command; resolves to the exit status (0 all read, 1 some input unreadable, 2 usage). */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const o = parseArgs(argv);
  if (typeof o === 'string') {
    (o === USAGE ? io.stdout : io.stderr).write(o);
    return o === USAGE ? 0 : 2;
  }
  const lang = o.lang ?? (o.json ? null : defaultLang(io.env));
  // The advice catalogs are only loaded when advice is printed, which keeps `--json` runs quick to start.
  const hook = lang ? await import('./advice-hook.js') : null;
  const config = hook && o.config ? hook.loadConfigFile(o.config) : null;
  let ok = true;
  const out: string[] = [];
  const flush = () => {
    if (out.length) {
      io.stdout.write(out.join(''));
      out.length = 0;
    }
  };

  const counts = newTally();
  const files: string[] = [];
  for (const p of o.paths) {
    const { files: f, errors } = listFiles(p);
    for (const e of errors) {
      ok = false;
      counts.errors++;
      out.push(o.json ? JSON.stringify({ file: e.file, index: 0, error: e.error }) + '\n' : `${e.file}: ${e.error}\n\n`);
    }
    files.push(...f);
  }

  const progress = files.length > PROGRESS_MIN_FILES && io.stderr.isTTY === true;
  let lastDraw = 0;
  const draw = (i: number) => {
    const now = Date.now();
    if (i < files.length && now - lastDraw < PROGRESS_EVERY_MS) return;
    lastDraw = now;
    io.stderr.write(`\r${i}/${files.length} files`);
  };
  for (let i = 0; i < files.length; i++) {
    if (progress) draw(i);
    for (const item of readMessages(files[i]!)) {
      if (item.error || !item.bytes) {
        ok = false;
        counts.errors++;
        out.push(o.json ? JSON.stringify({ file: item.file, index: item.index, error: item.error }) + '\n' : `${item.file}: ${item.error}\n\n`);
        continue;
      }
      const d: Diagnosis = await diagnose(item.bytes);
      tally(counts, d);
      const advise = hook && lang ? (r: RecipientDiagnosis): AdviceJson => hook.adviceFor(d, r, lang, config?.config ?? null) : undefined;
      if (o.json) out.push(JSON.stringify(toJson(item.file, item.index, d, o.lang ? advise : undefined)) + '\n');
      else out.push(formatHuman(item.file, item.index, d, lang ?? 'en', advise));
    }
    if (out.length > 200) flush();
  }
  if (progress) io.stderr.write(`\r${files.length}/${files.length} files\n`);
  if (!o.json && counts.messages + counts.errors > 1) out.push(formatSummary(counts, lang ?? 'en'));
  if (config?.errors.length) for (const e of config.errors) io.stderr.write(`config: ${e}\n`);
  flush();
  return ok ? 0 : 1;
}
