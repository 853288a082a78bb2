// Builds the CLI as one self-contained ES module for Node (fast cold start: one file, no resolution).
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: 'src/cli.ts',
    outDir: 'dist',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      output: { entryFileNames: 'cli.js', format: 'es', inlineDynamicImports: true },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
