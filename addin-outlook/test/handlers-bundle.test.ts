// The event-handler bundle as shipped: one classic script (classic Outlook on Windows loads it in a bare
// JavaScript runtime: no modules, no require, no further files), registering the manifest's functions.
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { parse } from 'acorn';
// @ts-expect-error plain ESM build config without types
import { handlersBuildConfig } from '../build-config.mjs';

let code = '';

type Node = { type: string; [k: string]: unknown };
function walk(n: unknown, visit: (n: Node) => void): void {
  if (!n || typeof n !== 'object') return;
  if (Array.isArray(n)) return n.forEach((c) => walk(c, visit));
  const node = n as Node;
  if (typeof node.type === 'string') visit(node);
  for (const [k, v] of Object.entries(node)) if (k !== 'type' && v && typeof v === 'object') walk(v, visit);
}

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'bd-handlers-'));
  await build(handlersBuildConfig(out, JSON.stringify({ maxMessageSizeMb: 20 }), JSON.stringify({ graph: { clientId: '0f0e0d0c-0b0a-4909-8807-060504030201' } })));
  code = readFileSync(join(out, 'handlers.js'), 'utf8');
}, 120_000);

describe('handlers.js bundle', () => {
  it('parses as a classic script (no import/export statements)', () => {
    expect(code.length).toBeGreaterThan(1000);
    expect(() => parse(code, { ecmaVersion: 2022, sourceType: 'script' })).not.toThrow();
  });

  it('has no dynamic import(), require(), importScripts() or further script loads', () => {
    const ast = parse(code, { ecmaVersion: 2022, sourceType: 'script' });
    const found: string[] = [];
    walk(ast, (n) => {
      if (n.type === 'ImportExpression') found.push('import()');
      if (n.type === 'CallExpression') {
        const callee = n.callee as Node & { name?: string };
        if (callee.type === 'Identifier' && ['require', 'importScripts'].includes(callee.name ?? '')) found.push(`${callee.name}()`);
      }
    });
    expect(found).toEqual([]);
    expect(code).not.toMatch(/<script|createElement\(["']script/);
  });

  it('registers exactly the manifest launch functions', () => {
    const names = [...code.matchAll(/Office\.actions\.associate\(\s*["'`]([A-Za-z]+)["'`]/g)].map((m) => m[1]).sort();
    const manifest = JSON.parse(readFileSync(new URL('../manifest/launch-events.json', import.meta.url), 'utf8')) as { events: { functionName: string }[] };
    expect(names).toEqual(manifest.events.map((e) => e.functionName).sort());
  });

  it('carries the org config baked in at build time', () => {
    expect(code).toContain('maxMessageSizeMb');
  });
});
