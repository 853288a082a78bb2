// Every regular expression in the core must run in linear time: bounce text is attacker-controlled
// (Sisimai had a ReDoS CVE). This test finds each regex literal and `new RegExp("...")` in shared/src
// with the TypeScript parser and runs it over pumped inputs (50,000 repetitions of the characters and
// pairs that make `\s*`, `.*`, `-{3,}` and the like backtrack). A linear regex needs a fraction of a
// millisecond for 8,000 repetitions; one that is over the bound there is run again on twice the input
// and named when its time grows more than linearly. Offenders are listed by file:line.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const src = join(root, 'shared', 'src');
const N = 8_000;
const LIMIT_MS = 30;

function sources(dir: string, out: string[] = []): string[] {
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) sources(p, out);
    else if (p.endsWith('.ts') && !p.endsWith('.test.ts') && !p.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

interface Found {
  where: string;
  re: RegExp;
}

function collect(): Found[] {
  const found: Found[] = [];
  for (const file of sources(src)) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const where = (n: ts.Node) => `${relative(root, file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
    const visit = (n: ts.Node) => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const lit = n.getText();
        const slash = lit.lastIndexOf('/');
        try {
          found.push({ where: where(n), re: new RegExp(lit.slice(1, slash), lit.slice(slash + 1)) });
        } catch {
          /* a flag this Node lacks: not our concern here */
        }
      } else if (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp' && n.arguments?.[0] && ts.isStringLiteralLike(n.arguments[0])) {
        const flags = n.arguments[1] && ts.isStringLiteralLike(n.arguments[1]) ? n.arguments[1].text : '';
        try {
          found.push({ where: where(n), re: new RegExp(n.arguments[0].text, flags) });
        } catch {
          /* not a valid pattern on its own */
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return found;
}

const PUMPS = [
  ' ', '\n', '\t', '\r', 'a', 'A', '0', '5', '-', '.', '@', '<', '>', '=', ':', ';', '"', '/', '_', '#', '(',
  'a ', ' a', '\n ', ' \n', '- ', 'a@', '@a', '5.', '0.', 'a.', 'a-', 'a:', '<a', 'a\n', '\n\n', '=?', '?=', '%', 'ab',
  '\u3000', 'あ', 'From ', 'a@b.', '550 ', '- \n', 'x ', '-a', '1 ', ' -', ': ',
  '@a.', 'a.@', 'a-.', '\t\n', ' :', '>>> ', '** ', '-\n', '*', '[', ']', ',', ', ', 'a,', 'a=', '= ', '\\', '#5.', '<a@b>',
];

function timeOne(re: RegExp, input: string): number {
  const t = performance.now();
  if (re.global || re.sticky) {
    re.lastIndex = 0;
    input.replace(re, '');
    re.lastIndex = 0;
  } else {
    re.exec(input);
  }
  return performance.now() - t;
}

describe('regular expressions in shared/src', () => {
  const all = collect();

  it('are found', () => {
    expect(all.length).toBeGreaterThan(50);
  });

  it('run in linear time on pumped input', () => {
    const slow: string[] = [];
    let worst = { ms: 0, what: '' };
    const pumped = (p: string, n: number, tail: string) => p.repeat(Math.ceil(n / p.length)) + tail;
    for (const { where, re } of all) {
      let maxMs = 0;
      for (const p of PUMPS) {
        for (const tail of ['', '\u0001']) {
          const ms = timeOne(re, pumped(p, N, tail));
          maxMs = Math.max(maxMs, ms);
          if (ms <= LIMIT_MS) continue;
          // Over the bound once: confirm the growth on twice the input (GC pauses do not double).
          const again = Math.min(timeOne(re, pumped(p, N, tail)), ms);
          const twice = timeOne(re, pumped(p, 2 * N, tail));
          if (twice > 2.8 * again && twice > 2.5 * LIMIT_MS) {
            slow.push(`${where}  ${String(re).slice(0, 120)}  (${again.toFixed(0)} ms on ${N} x ${JSON.stringify(p)}, ${twice.toFixed(0)} ms on twice that)`);
            break;
          }
        }
        if (slow.at(-1)?.startsWith(where + '  ' + String(re).slice(0, 120))) break;
      }
      if (maxMs > worst.ms) worst = { ms: maxMs, what: `${where} ${re}` };
    }
    console.log(`${all.length} regexes checked; slowest ${worst.ms.toFixed(1)} ms: ${worst.what.slice(0, 160)}`);
    if (slow.length) console.log('super-linear regexes:\n' + slow.join('\n'));
    expect(slow).toEqual([]);
  }, 600_000);
});
