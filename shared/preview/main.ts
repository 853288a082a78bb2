// The preview page: sample picker, file drop / chooser (.eml, .msg), paste box and the shared pane.
// Also the help desk's tool when no mail client is at hand. Makes no network requests.
import '../src/ui/pane.css';
import './preview.css';
import { diagnose } from '../src/diagnose.js';
import type { Locale } from '../src/types.js';
import { bannerForDiagnosis, bannerForQuota, createPane, detectLocale, fill, pastedInput, readFile, renderBanner, type BannerContent } from '../src/ui/index.js';
import type { Diagnosis } from '../src/types.js';
import { PREVIEW_STRINGS } from './strings.js';
import samples from './samples/index.json';

interface Sample { id: string; file: string; reasons: string[]; kind: string; label: Record<Locale, string> }

// Each sample is its own small chunk, fetched from this origin only when picked.
const loaders = import.meta.glob<string>('./samples/*.eml', { query: '?raw', import: 'default' });

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const params = new URLSearchParams(location.search);
const langParam = params.get('lang');
let locale: Locale = langParam === 'ja' || langParam === 'en' ? langParam : detectLocale(navigator.languages);
let loadSeq = 0;

const pane = createPane($('pane'), { locale, landmark: 'main', onLocaleChange: (l) => { locale = l; renderChrome(); void updateBanner(); } });
$('pane').setAttribute('tabindex', '-1');

function setText(id: string, value: string): void {
  $(id).textContent = value;
}

function renderChrome(): void {
  const t = PREVIEW_STRINGS[locale];
  document.documentElement.lang = locale;
  document.title = locale === 'ja' ? 'Bounce Doctor（エラーメール診断）' : 'Bounce Doctor';
  setText('pv-lead', t.lead);
  setText('pv-input-title', t.inputTitle);
  setText('pv-sample-label', t.sampleLabel);
  setText('pv-drop-text', t.dropText);
  setText('pv-file-label', t.fileLabel);
  setText('pv-paste-label', t.pasteLabel);
  setText('pv-paste-go', t.pasteGo);
  setText('pv-config-summary', t.configSummary);
  setText('pv-config-label', t.configLabel);
  setText('pv-config-apply', t.configApply);
  setText('pv-privacy', t.privacy);
  (document.querySelector('.pv-skip') as HTMLElement).textContent = t.skip;
  const select = $<HTMLSelectElement>('pv-sample');
  const keep = select.value;
  // The empty first option stands for "your own file or text" once one is shown.
  const none = document.createElement('option');
  none.value = '';
  none.textContent = t.sampleNone;
  select.replaceChildren(none, ...(samples as Sample[]).map((s) => {
    const o = document.createElement('option');
    o.value = s.id;
    o.textContent = s.label[locale];
    return o;
  }));
  select.value = keep;
}

let shown: Diagnosis | null = null;

/** The one-line banner a shell would show above the message (same text Outlook puts in its infobar). */
async function updateBanner(): Promise<void> {
  const slot = $('pv-banner');
  const st = pane.getState();
  let b: BannerContent | null = null;
  if (st.view === 'quota' && st.quota) b = await bannerForQuota(st.quota, locale, st.config);
  else if (shown) b = await bannerForDiagnosis(shown, locale, st.config);
  if (!b) {
    slot.replaceChildren();
    return;
  }
  renderBanner(slot, { ...b, onAction: () => $('pane').querySelector<HTMLElement>('.bd-detail, .bd-content')?.focus() });
}

async function show(input: Uint8Array | string | null, seq: number): Promise<void> {
  if (input === null) return;
  const d = await diagnose(input);
  if (seq !== loadSeq) return;
  shown = d;
  pane.showDiagnosis(d);
  void updateBanner();
}

async function loadSample(id: string): Promise<void> {
  const s = (samples as Sample[]).find((x) => x.id === id);
  const load = s ? loaders[`./samples/${s.file}`] : undefined;
  if (!load) return;
  const seq = ++loadSeq;
  await show(await load(), seq);
}

function notASample(): void {
  $<HTMLSelectElement>('pv-sample').value = '';
}

async function loadFile(file: File): Promise<void> {
  const t = PREVIEW_STRINGS[locale];
  notASample();
  const seq = ++loadSeq;
  pane.setNotice(fill(t.reading, { name: file.name.slice(0, 100) }));
  const r = await readFile(file);
  if (!r.ok) {
    if (seq !== loadSeq) return;
    shown = null;
    void updateBanner();
    pane.showDiagnosis(null);
    pane.setNotice(r.error === 'too-big' ? t.tooBig : r.error === 'unreadable-msg' ? t.unreadableMsg : t.readFailed);
    return;
  }
  await show(r.input, seq);
}

function wire(): void {
  $<HTMLSelectElement>('pv-sample').addEventListener('change', (e) => void loadSample((e.target as HTMLSelectElement).value));
  $<HTMLInputElement>('pv-file').addEventListener('change', (e) => {
    const f = (e.target as HTMLInputElement).files?.[0];
    if (f) void loadFile(f);
  });
  $('pv-paste-go').addEventListener('click', () => {
    const text = $<HTMLTextAreaElement>('pv-paste').value;
    if (!text.trim()) return;
    notASample();
    void show(pastedInput(text), ++loadSeq);
  });
  $('pv-config-apply').addEventListener('click', async () => {
    // The validator is only needed here, so it loads on demand.
    const { parseConfig } = await import('../src/config/index.js');
    const raw = $<HTMLTextAreaElement>('pv-config-text').value;
    let parsed: unknown = null;
    const errors: string[] = [];
    if (raw.trim()) {
      try {
        parsed = JSON.parse(raw);
      } catch {
        errors.push(PREVIEW_STRINGS[locale].configBadJson);
      }
    }
    const r = parseConfig(parsed);
    pane.setConfig(r.config, [...errors, ...r.errors]);
    void updateBanner();
  });
  const drop = $('pv-drop');
  // The whole page accepts a drop, so a help desk can throw a file anywhere on it.
  document.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('pv-over');
  });
  document.addEventListener('dragleave', (e) => {
    if (!e.relatedTarget) drop.classList.remove('pv-over');
  });
  document.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('pv-over');
    const f = e.dataTransfer?.files?.[0];
    if (f) void loadFile(f);
  });
}

renderChrome();
wire();
const quota = params.get('quota')?.split(',').map(Number);
if (quota && quota.length === 2 && quota.every((n) => Number.isFinite(n) && n >= 0)) {
  pane.showQuota({ used: quota[0]! * 1024 * 1024, limit: quota[1]! * 1024 * 1024 });
  void updateBanner();
} else if (params.get('view') === 'guide') {
  pane.showGuide();
} else {
  const first = params.get('sample') ?? (samples as Sample[])[0]?.id;
  if (first) {
    $<HTMLSelectElement>('pv-sample').value = first;
    void loadSample(first);
  }
}
