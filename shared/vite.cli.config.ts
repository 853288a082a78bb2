// Builds the CLI as a self-contained ES module for Node (no node_modules resolution at run time). The
// advice catalogs sit in their own chunk, loaded only when advice is printed: `--json` starts faster.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('.'),
  build: {
    ssr: here('src/cli.ts'),
    outDir: here('dist'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      output: { entryFileNames: 'cli.js', chunkFileNames: '[name]-[hash].js', format: 'es' },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
