// The `npm start` preview and its built copy (shared/preview/dist) used by the Chromium tests.
// The built page gets the strict Content-Security-Policy; the dev server needs inline styles and a
// websocket for hot reload, so it gets a relaxed one (dev only, never shipped).
import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

export const STRICT_CSP = [
  "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'",
  "connect-src 'self'", "base-uri 'none'", "form-action 'none'", "object-src 'none'", "frame-src 'none'",
].join('; ');
const DEV_CSP = [
  "default-src 'none'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:", "font-src 'self'",
  "connect-src 'self' ws://localhost:* ws://127.0.0.1:*", "base-uri 'none'", "form-action 'none'", "object-src 'none'",
].join('; ');

function csp(): Plugin {
  let dev = false;
  return {
    name: 'bounce-doctor-csp',
    configResolved(c) { dev = c.command === 'serve'; },
    transformIndexHtml(html) {
      return html.replace('__CSP__', dev ? DEV_CSP : STRICT_CSP);
    },
  };
}

export default defineConfig({
  root: here,
  base: './',
  plugins: [csp()],
  resolve: {
    // msgreader's code-page decoding through the browser's TextDecoder instead of Node's Buffer.
    alias: { 'iconv-lite': fileURLToPath(new URL('../src/ui/iconv-lite-shim.ts', import.meta.url)) },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The polyfill would be an inline script; every browser we target has modulepreload.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    chunkSizeWarningLimit: 400,
  },
});
