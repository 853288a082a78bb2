// Weighs the pane as a shell ships it (entry.ts), apart from the preview page's own code.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  logLevel: 'warn',
  resolve: { alias: { 'iconv-lite': fileURLToPath(new URL('../../../../shared/src/ui/iconv-lite-shim.ts', import.meta.url)) } },
  build: {
    outDir: process.env.BD_PANE_BUDGET_OUT ?? 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    rollupOptions: {
      // entry: the pane and the engine in one bundle; view and engine: each alone, as the shells load them.
      input: {
        entry: fileURLToPath(new URL('./entry.ts', import.meta.url)),
        view: fileURLToPath(new URL('./view.ts', import.meta.url)),
        engine: fileURLToPath(new URL('./engine.ts', import.meta.url)),
      },
      preserveEntrySignatures: 'exports-only',
    },
  },
});
