'use strict';
// Build step (run by vite.cli.config.ts after the bundle is written): runs the built command over the
// preview's sample bounces in this process, so that V8 compiles what real runs use (JSON output, and
// readable output with advice in both languages), then writes each script's code cache beside it,
// headed by the bundle's build stamp. Run as its own process, with node's default flags: V8 rejects a
// cache made under other flags.
//
//   node write-code-cache.cjs DIST_DIR SAMPLE...
const fs = require('node:fs');
const path = require('node:path');

async function main() {
  const [dist, ...samples] = process.argv.slice(2);
  if (!dist || !samples.length) throw new Error('usage: write-code-cache.cjs DIST_DIR SAMPLE...');
  const { loadBundle } = require(path.resolve(dist, 'cli.cjs'));
  const compiled = [];
  const cli = loadBundle(path.resolve(dist, 'main.cjs'), compiled);
  const sink = { write: () => true };
  const io = { stdout: sink, stderr: sink, env: {} };
  for (const args of [['--json'], ['--json', '--lang', 'en'], ['--lang', 'ja'], ['--lang', 'en']]) {
    const code = await cli.run(['diagnose', ...args, ...samples], io);
    if (code !== 0) throw new Error(`the built command exited ${code} on the samples (${args.join(' ')})`);
  }
  for (const { file, source, script } of compiled) {
    const stamp = source.slice(source.lastIndexOf('\n') + 1);
    if (!stamp.startsWith('// bounce-doctor build ')) throw new Error(`${file} has no build stamp on its last line`);
    fs.writeFileSync(file + '.v8cache', Buffer.concat([Buffer.from(stamp + '\n', 'latin1'), script.createCachedData()]));
  }
}

main().catch((e) => {
  process.stderr.write(`write-code-cache: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
