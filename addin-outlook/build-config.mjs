// The handler bundle's build options, shared by build.mjs and the no-imports test (so the test checks the
// bundle exactly as shipped).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export function handlersBuildConfig(outDir, configText = '{}', outlookText = '{}') {
  return {
    configFile: false,
    logLevel: 'warn',
    root: join(root, 'src'),
    define: { __BD_CONFIG__: JSON.stringify(configText), __BD_OUTLOOK__: JSON.stringify(outlookText) },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2017',
      minify: true,
      // iife = one classic script: no import/export, and dynamic imports (MSAL) are inlined.
      lib: { entry: join(root, 'src/handlers/index.ts'), formats: ['iife'], name: 'BounceDoctorHandlers', fileName: () => 'handlers.js' },
    },
  };
}
