// Lints the built XPI with Mozilla's addons-linter (v7: the latest release has a broken dependency
// on npm). Fails on any error; the only expected warnings are Thunderbird's own permissions
// (accountsRead, messagesRead, compose), which the Firefox schema does not know.
// Usage: npm run lint:xpi -w addin-thunderbird   (fetches addons-linter@7 through npx once)
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const xpi = path.join(here, '../dist/bounce-doctor-thunderbird.xpi');
const THUNDERBIRD_ONLY = new Set(['accountsRead', 'messagesRead', 'compose', 'compose.send', 'messagesModify', 'accountsFolders']);

let out;
try {
  out = execFileSync('npx', ['--yes', 'addons-linter@7', '--output', 'json', xpi], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
} catch (e) {
  // addons-linter exits non-zero on errors but still prints its JSON.
  out = e.stdout || '';
  if (!out) { console.error(String(e.stderr || e.message)); process.exit(1); }
}
const report = JSON.parse(out);
const expected = (m) => m.code === 'MANIFEST_PERMISSIONS' && [...THUNDERBIRD_ONLY].some((p) => m.message.includes(`"${p}"`));
for (const m of report.errors) console.log(`ERROR   ${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`);
for (const m of report.warnings) console.log(`${expected(m) ? 'ok-tb  ' : 'WARNING'} ${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`);
const unexpected = report.warnings.filter((m) => !expected(m)).length;
console.log(`addons-linter: ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.length - unexpected} Thunderbird-only permissions), ${report.notices.length} notices`);
process.exit(report.errors.length ? 1 : 0);
