// Builds the bounce-doctor command into dist/: the program as one CommonJS bundle for Node (main.cjs, no
// node_modules resolution at run time), the advice catalogs in their own chunk (loaded only when advice
// is printed: `--json` starts faster), the launcher (cli.cjs) and V8 code caches for both bundles, which
// spare a one-file run most of its compile time (launcher/cli.cjs says how).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

function launcherAndCodeCache(): Plugin {
  let outDir = '';
  return {
    name: 'bounce-doctor-launcher',
    apply: 'build',
    configResolved(c) {
      outDir = resolve(c.root, c.build.outDir);
    },
    generateBundle(_options, bundle) {
      // A stamp that changes whenever a bundle's code does: the launcher uses a cache only with the build it was made for.
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') chunk.code += `\n// bounce-doctor build ${createHash('sha256').update(chunk.code).digest('hex').slice(0, 32)}`;
      }
      this.emitFile({ type: 'asset', fileName: 'cli.cjs', source: readFileSync(here('launcher/cli.cjs'), 'utf8') });
    },
    closeBundle() {
      const samplesDir = here('preview/samples');
      const samples = readdirSync(samplesDir).filter((n) => n.endsWith('.eml')).map((n) => join(samplesDir, n));
      // A clean child process: node's default flags, as the command will run.
      const r = spawnSync(process.execPath, [here('launcher/write-code-cache.cjs'), outDir, ...samples], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
      if (r.status !== 0) throw new Error(`writing the code cache failed:\n${r.stdout}${r.stderr}`);
    },
  };
}

export default defineConfig({
  root: here('.'),
  plugins: [launcherAndCodeCache()],
  build: {
    ssr: here('src/cli.ts'),
    outDir: here('dist'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      output: { entryFileNames: 'main.cjs', chunkFileNames: '[name].cjs', format: 'cjs' },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
