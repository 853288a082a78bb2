// npm run build: dist/ = the static site an admin hosts at BD_HOST (pane, handlers, config) + manifest.xml.
//   BD_HOST         https base URL where dist/ will be served (default https://localhost:3000/)
//   BD_PROFILE      config profile named in the manifest URLs (default "default" -> config.json)
//   BD_CONFIG       path to the org config JSON (default: none -> built-in defaults, written as {})
//   BD_OUTLOOK      path to outlook.json (Graph settings); or BD_GRAPH_CLIENT_ID [+ BD_GRAPH_TENANT]
//   BD_ADDIN_ID, BD_PROVIDER, BD_SEND_MODE (PromptUser|SoftBlock), BD_SUPPORT_URL: see manifest/generate.mjs
import { build } from 'vite';
import { mkdirSync, readFileSync, writeFileSync, copyFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { generateManifest, optionsFromEnv } from './manifest/generate.mjs';
import { handlersBuildConfig } from './build-config.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
// BD_OUT_DIR: build somewhere else (the e2e suite builds its own site).
const dist = process.env.BD_OUT_DIR ? process.env.BD_OUT_DIR : join(root, 'dist');
const env = process.env;

function readJson(path, what) {
  const text = readFileSync(path, 'utf8');
  JSON.parse(text); // fail the build on broken JSON rather than ship it
  console.log(`outlook build: ${what} from ${path}`);
  return text;
}

const opts = optionsFromEnv(env);
const manifest = generateManifest(opts); // validates host, profile, id, send mode first
const configText = env.BD_CONFIG ? readJson(env.BD_CONFIG, 'org config') : '{}';
let outlookText = '{}';
if (env.BD_OUTLOOK) outlookText = readJson(env.BD_OUTLOOK, 'Outlook settings');
else if (env.BD_GRAPH_CLIENT_ID) {
  outlookText = JSON.stringify({ graph: { clientId: env.BD_GRAPH_CLIENT_ID, ...(env.BD_GRAPH_TENANT ? { tenant: env.BD_GRAPH_TENANT } : {}) } }, null, 2);
}
const graphBase = (() => {
  try {
    const g = JSON.parse(outlookText).graph;
    return g?.clientId ? new URL(g.baseUrl ?? 'https://graph.microsoft.com').origin : null;
  } catch {
    return null;
  }
})();
const connectSrc = graphBase ? `${graphBase} https://login.microsoftonline.com` : '';

if (dist.split('/').filter(Boolean).length < 2) throw new Error(`refusing to empty ${dist}`);
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const common = { configFile: false, logLevel: 'warn', root: join(root, 'src') };

// 1. The pane: an ES module page; MSAL and msgreader become lazy chunks loaded only when used.
await build({
  ...common,
  root: join(root, 'src/pane'),
  base: './',
  // The shared .msg reader's stand-in for iconv-lite (the browser's TextDecoder instead of Node's Buffer).
  resolve: { alias: { 'iconv-lite': join(root, '../shared/src/ui/iconv-lite-shim.ts') } },
  build: {
    outDir: dist,
    emptyOutDir: false,
    target: 'es2020',
    assetsDir: 'pane',
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: { taskpane: join(root, 'src/pane/taskpane.html') },
      output: {
        entryFileNames: 'pane/[name]-[hash].js',
        // Stable prefixes so the e2e suite (and an admin reading the network log) can tell the lazy chunks apart.
        chunkFileNames: (c) => {
          const ids = [c.facadeModuleId ?? '', ...(c.moduleIds ?? [])].join(' ');
          if (/@azure[\\/]msal/.test(ids)) return 'pane/msal-[hash].js';
          if (/@kenjiuno[\\/]msgreader/.test(ids)) return 'pane/msgreader-[hash].js';
          if (/shared[\\/]src[\\/]advice[\\/]pack-ja\./.test(ids)) return 'pane/advice-ja-[hash].js';
          if (/shared[\\/]src[\\/]advice[\\/]pack-en\./.test(ids)) return 'pane/advice-en-[hash].js';
          if (/shared[\\/]src[\\/]advice[\\/]/.test(ids)) return 'pane/advice-[hash].js';
          if (/shared[\\/]src[\\/]diagnose\./.test(ids)) return 'pane/engine-[hash].js';
          return 'pane/[name]-[hash].js';
        },
      },
    },
  },
});

// 2. The event handlers: one classic script, no import/require (classic Outlook on Windows), config baked in.
await build(handlersBuildConfig(dist, configText, outlookText));

// 3. Static files beside them.
const pageHtml = join(dist, 'taskpane.html');
writeFileSync(pageHtml, readFileSync(pageHtml, 'utf8').replace(' __BD_CONNECT_SRC__', connectSrc ? ` ${connectSrc}` : ''));
copyFileSync(join(root, 'src/handlers/handlers.html'), join(dist, 'handlers.html'));
copyFileSync(join(root, 'src/pane/help.html'), join(dist, 'help.html'));
mkdirSync(join(dist, 'assets'), { recursive: true });
for (const f of readdirSync(join(root, 'assets'))) copyFileSync(join(root, 'assets', f), join(dist, 'assets', f));
const suffix = opts.profile === 'default' ? '' : `.${opts.profile}`;
writeFileSync(join(dist, `config${suffix}.json`), configText);
writeFileSync(join(dist, `outlook${suffix}.json`), outlookText);
writeFileSync(join(dist, 'manifest.xml'), manifest);
if (!existsSync(join(dist, 'handlers.js'))) throw new Error('handlers.js was not produced');
console.log(`outlook build: dist/ ready for ${opts.host} (profile ${opts.profile}); upload dist/manifest.xml`);
