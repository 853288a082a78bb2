// Builds the CLI as one self-contained ES module for Node (fast cold start: one file, no resolution).
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
      output: { entryFileNames: 'cli.js', format: 'es', codeSplitting: false },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
