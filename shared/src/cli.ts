// The bounce-doctor command. Node-only shell around the pure core.
import { diagnose } from './diagnose.js';
import { listFiles, readMessages } from './cli/files.js';
import { toJson } from './cli/json.js';
import { formatHuman } from './cli/human.js';
import type { Locale } from './types.js';

const USAGE = `usage: bounce-doctor diagnose [--json] [--lang ja|en] [--config FILE] PATH...

Reads bounce messages (files, directories recursively, mbox files, Maildir folders) and says, per
recipient, what went wrong and who has to act.
  --json          one JSON object per message per line (machine-readable, stable)
  --lang ja|en    add advice in Japanese or English (default for human output: from LANG)
  --config FILE   the organisation's config (limits, helpdesk...) for the advice
`;

interface Options {
  json: boolean;
  lang: Locale | null;
  config: string | null;
  paths: string[];
}

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
    else if (a.startsWith('--')) return `unknown option: ${a}\n\n${USAGE}`;
    else o.paths.push(a);
  }
  if (!o.paths.length) return `no input given\n\n${USAGE}`;
  return o;
}

function defaultLang(): Locale {
  const l = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return l.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

async function main(argv: string[]): Promise<number> {
  const o = parseArgs(argv);
  if (typeof o === 'string') {
    (o === USAGE ? process.stdout : process.stderr).write(o);
    return o === USAGE ? 0 : 2;
  }
  const { adviceFor, loadConfigFile } = await import('./cli/advice-hook.js');
  const config = o.config ? loadConfigFile(o.config) : null;
  let ok = true;
  const out: string[] = [];
  const flush = () => {
    if (out.length) {
      process.stdout.write(out.join(''));
      out.length = 0;
    }
  };
  const files: string[] = [];
  for (const p of o.paths) {
    const { files: f, errors } = listFiles(p);
    for (const e of errors) {
      ok = false;
      out.push(JSON.stringify({ file: e.file, index: 0, error: e.error }) + '\n');
    }
    files.push(...f);
  }
  const progress = files.length > 20 && process.stderr.isTTY;
  const lang = o.lang ?? (o.json ? null : defaultLang());
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    if (progress && i % 10 === 0) process.stderr.write(`\r${i}/${files.length} files`);
    for (const item of readMessages(file)) {
      if (item.error || !item.bytes) {
        ok = false;
        out.push(o.json ? JSON.stringify({ file: item.file, index: item.index, error: item.error }) + '\n' : `${item.file}: ${item.error}\n`);
        continue;
      }
      const d = await diagnose(item.bytes);
      const advise = lang ? (r: Parameters<typeof adviceFor>[1]) => adviceFor(d, r, lang, config?.config ?? null) : undefined;
      if (o.json) out.push(JSON.stringify(toJson(item.file, item.index, d, o.lang ? advise : undefined)) + '\n');
      else out.push(formatHuman(item.file, item.index, d, lang ?? 'en', advise));
    }
    if (out.length > 200) flush();
  }
  if (progress) process.stderr.write(`\r${files.length}/${files.length} files\n`);
  if (config?.errors.length) for (const e of config.errors) process.stderr.write(`config: ${e}\n`);
  flush();
  return ok ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`bounce-doctor: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
