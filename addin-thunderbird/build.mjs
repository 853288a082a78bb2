// Builds the Thunderbird add-in: one plain-JS bundle per entry (background event page, message
// display script, pane, pre-send dialog), the static files, the XPI, and a sample policies.json.
// Output: dist/ext/ (unpacked), dist/bounce-doctor-thunderbird.xpi, dist/policies.json.
import { build } from 'vite';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, 'dist');
const out = path.join(dist, 'ext');
const XPI = 'bounce-doctor-thunderbird.xpi';

const entries = {
  background: 'src/background/main.ts',
  banner: 'src/display/banner.ts',
  pane: 'src/pane/pane.ts',
  presend: 'src/presend/presend.ts',
};

fs.rmSync(dist, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

for (const [name, entry] of Object.entries(entries)) {
  await build({
    configFile: false,
    root: here,
    logLevel: 'warn',
    // Content scripts and event pages must be classic scripts: one self-contained IIFE each.
    build: {
      outDir: out,
      emptyOutDir: false,
      target: 'firefox128',
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      lib: { entry: path.join(here, entry), formats: ['iife'], name: `BounceDoctor_${name}`, fileName: () => `${name}.js` },
    },
    define: { 'process.env.NODE_ENV': '"production"' },
  });
}

// Static files: manifest, locales, pages, styles, icons; the shared pane's stylesheet.
fs.cpSync(path.join(here, 'static'), out, { recursive: true });
fs.copyFileSync(path.join(here, '../shared/src/ui/pane.css'), path.join(out, 'pane.css'));
const pkg = JSON.parse(fs.readFileSync(path.join(here, 'package.json'), 'utf8'));
const manifestPath = path.join(out, 'manifest.json');
const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
manifest.version = pkg.version;
fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');

// ---------------------------------------------------------------- XPI (a zip; deflate, no extras)
const crcTable = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function listFiles(dir, base = '') {
  return fs.readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), `${base}${e.name}/`) : [`${base}${e.name}`]));
}
function zip(files, root) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  // A fixed timestamp keeps the XPI reproducible (1980-01-01 00:00).
  const dosTime = 0;
  const dosDate = (0 << 9) | (1 << 5) | 1;
  // manifest.json first: some tools read only the first entries.
  files.sort((a, b) => (a === 'manifest.json' ? -1 : b === 'manifest.json' ? 1 : 0));
  for (const name of files) {
    const data = fs.readFileSync(path.join(root, name));
    const deflated = zlib.deflateRawSync(data, { level: 9 });
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8); local.writeUInt16LE(dosTime, 10); local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14); local.writeUInt32LE(deflated.length, 18); local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26); local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8); central.writeUInt16LE(8, 10); central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14); central.writeUInt32LE(crc, 16); central.writeUInt32LE(deflated.length, 20);
    central.writeUInt32LE(data.length, 24); central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, deflated);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + deflated.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(files.length, 8); end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
const files = listFiles(out);
fs.writeFileSync(path.join(dist, XPI), zip(files, out));

// ---------------------------------------------------------------- sample policies.json
const id = manifest.browser_specific_settings.gecko.id;
const policies = {
  policies: {
    ExtensionSettings: {
      [id]: { installation_mode: 'force_installed', install_url: `file:///opt/bounce-doctor/${XPI}` },
    },
    '3rdparty': {
      Extensions: {
        [id]: {
          providerName: 'Example ISP',
          maxMessageSizeMb: 20,
          quotaMb: 200,
          quotaUpgradeMb: 1000,
          quotaUpgradeFree: true,
          quotaUpgradeUrl: 'https://support.example.jp/mail/quota',
          quotaWarnPercent: 80,
          quotaCriticalPercent: 95,
          helpdeskName: 'Example ISP Support',
          helpdeskPhone: '0120-000-000',
          helpdeskHours: '9:00-18:00',
          helpdeskUrl: 'https://support.example.jp/',
          webmailUrl: 'https://webmail.example.jp/',
          precheckEnabled: true,
          precheckMayBlock: false,
        },
      },
    },
  },
};
fs.writeFileSync(path.join(dist, 'policies.json'), JSON.stringify(policies, null, 2) + '\n');
const size = fs.statSync(path.join(dist, XPI)).size;
console.log(`addin-thunderbird: ${files.length} files -> dist/${XPI} (${(size / 1024).toFixed(1)} KiB), dist/policies.json`);
