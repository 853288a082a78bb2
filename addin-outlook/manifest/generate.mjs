// Fills manifest.template.xml from the build environment. Plain ESM so `npm run build` needs no TS loader.
// Refuses what Outlook would reject later (non-https host, Block send mode, over-long strings), so an admin
// finds out at build time instead of at upload time.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

export const DEFAULTS = Object.freeze({
  host: 'https://localhost:3000/',
  profile: 'default',
  // A fixed GUID so rebuilding for the same host keeps the same add-in identity; override per tenant.
  id: '6b1f2c1e-7d39-4e8a-9a57-3c0d8e5b2a41',
  provider: 'Bounce Doctor',
  sendMode: 'PromptUser',
});

const SEND_MODES = new Set(['PromptUser', 'SoftBlock']);
const LIMITS = { DisplayName: 125, Description: 250, short: 125, long: 250 };
const SHORT = new Set(['GroupLabel', 'PaneButton.Label', 'ComposeButton.Label']);

/** Options from the environment (BD_HOST, BD_PROFILE, BD_ADDIN_ID, BD_PROVIDER, BD_SEND_MODE, BD_SUPPORT_URL). */
export function optionsFromEnv(env = process.env) {
  return {
    host: env.BD_HOST || DEFAULTS.host,
    profile: env.BD_PROFILE || DEFAULTS.profile,
    id: env.BD_ADDIN_ID || DEFAULTS.id,
    provider: env.BD_PROVIDER || DEFAULTS.provider,
    sendMode: env.BD_SEND_MODE || DEFAULTS.sendMode,
    supportUrl: env.BD_SUPPORT_URL || null,
  };
}

/** Package version x.y.z -> the four-part version the manifest requires. */
export function manifestVersion(pkgVersion) {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(String(pkgVersion));
  if (!m) throw new Error(`package version "${pkgVersion}" is not x.y.z`);
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

/** Normalises the host to an https base URL ending in "/". Throws with a message naming BD_HOST. */
export function baseUrl(host) {
  let u;
  try {
    u = new URL(host);
  } catch {
    throw new Error(`BD_HOST "${host}" is not a URL (expected e.g. https://addin.example.com/)`);
  }
  if (u.protocol !== 'https:') throw new Error(`BD_HOST must use https (Outlook refuses http add-ins): "${host}"`);
  if (u.search || u.hash) throw new Error(`BD_HOST must not carry a query or fragment: "${host}"`);
  const path = u.pathname.endsWith('/') ? u.pathname : `${u.pathname}/`;
  return { base: `${u.origin}${path}`, origin: u.origin };
}

function xmlEscape(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function loadStrings() {
  const raw = JSON.parse(readFileSync(here('./strings.json'), 'utf8'));
  delete raw._comment;
  return raw;
}

function checkStrings(strings) {
  for (const [id, byLocale] of Object.entries(strings)) {
    for (const loc of ['en-US', 'ja-JP']) {
      const v = byLocale[loc];
      if (typeof v !== 'string' || v.trim() === '') throw new Error(`manifest string ${id} has no ${loc} text`);
      const max = LIMITS[id] ?? (SHORT.has(id) ? LIMITS.short : LIMITS.long);
      if (v.length > max) throw new Error(`manifest string ${id} (${loc}) is ${v.length} chars, limit ${max}`);
    }
  }
}

function profileOk(p) {
  // The profile ends up in a URL query and a file name: keep it boring.
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(p)) throw new Error(`BD_PROFILE "${p}" must be 1-40 letters, digits, _ or -`);
  return p;
}

function idOk(id) {
  if (!/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(id)) {
    throw new Error(`BD_ADDIN_ID "${id}" is not a GUID`);
  }
  return id;
}

export function launchEvents(sendMode) {
  if (!SEND_MODES.has(sendMode)) {
    throw new Error(`BD_SEND_MODE "${sendMode}" must be PromptUser or SoftBlock (Block would stop mail when the add-in breaks)`);
  }
  const raw = JSON.parse(readFileSync(here('./launch-events.json'), 'utf8'));
  return raw.events.map((e) => ({ ...e, sendMode: e.sendMode ? e.sendMode.replace('{{SEND_MODE}}', sendMode) : undefined }));
}

/** Returns the manifest XML text. Throws on any option Outlook would reject. */
export function generateManifest(opts = {}) {
  const o = { ...DEFAULTS, ...Object.fromEntries(Object.entries(opts).filter(([, v]) => v != null)) };
  const { base, origin } = baseUrl(o.host);
  const pkg = JSON.parse(readFileSync(here('../package.json'), 'utf8'));
  const strings = loadStrings();
  checkStrings(strings);
  const profile = profileOk(o.profile);
  const events = launchEvents(o.sendMode)
    .map((e) => `                <LaunchEvent Type="${e.type}" FunctionName="${e.functionName}"${e.sendMode ? ` SendMode="${e.sendMode}"` : ''}/>`)
    .join('\n');
  const vars = {
    ID: idOk(o.id),
    VERSION: manifestVersion(pkg.version),
    PROVIDER: xmlEscape(o.provider),
    BASE: xmlEscape(base),
    ORIGIN: xmlEscape(origin),
    PROFILE: profile,
    SUPPORT_URL: xmlEscape(o.supportUrl || `${base}help.html`),
    LAUNCH_EVENTS: events,
  };
  const template = readFileSync(here('./manifest.template.xml'), 'utf8');
  return template.replace(/\{\{(S|O|BO):([A-Za-z.]+)\}\}|\{\{([A-Z_]+)\}\}/g, (all, kind, sid, name) => {
    if (name) {
      if (!(name in vars)) throw new Error(`template placeholder ${all} has no value`);
      return vars[name];
    }
    const s = strings[sid];
    if (!s) throw new Error(`template string ${sid} missing from strings.json`);
    if (kind === 'S') return xmlEscape(s['en-US']);
    const tag = kind === 'O' ? 'Override' : 'bt:Override';
    return Object.entries(s)
      .filter(([loc]) => loc !== 'en-US')
      .map(([loc, v]) => `\n    <${tag} Locale="${loc}" Value="${xmlEscape(v)}"/>`)
      .join('');
  });
}
