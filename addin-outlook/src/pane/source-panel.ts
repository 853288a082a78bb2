// The Outlook-only part of the pane: the NDR hint, drop zone, file picker, paste box and the Graph list.
// Built with textContent only: nothing from a mail is ever parsed as HTML.
import type { PaneStrings } from '../text/pane-strings.js';
import type { ItemInfo } from '../office/item.js';
import type { NdrSummary } from '../graph/client.js';

export interface SourcePanel {
  setItem(info: ItemInfo): void;
  showNdrList(list: NdrSummary[], open: (id: string, subject: string) => void): void;
  showGraphError(): void;
}

interface Callbacks {
  graphAvailable: boolean;
  onFile(f: File): void;
  onPaste(text: string): void;
  onGraphList(): void;
  onGraphOwn(): void;
}

function make<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, text = ''): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) e.setAttribute(k, v);
  if (text) e.textContent = text;
  return e;
}

const MAX_PASTE = 2_000_000;

export function buildSourcePanel(root: HTMLElement, t: PaneStrings, cb: Callbacks): SourcePanel {
  root.replaceChildren();
  root.append(make('h3', { class: 'bdo-h' }, t.sourceHeading));
  const hint = make('p', { class: 'bdo-hint', 'data-bd': 'report-hint' }, `${t.reportHint} ${cb.graphAvailable ? t.reportHintGraph : t.reportHintNoGraph}`);
  root.append(hint);

  const drop = make('div', { class: 'bdo-drop', 'data-bd': 'drop', tabindex: '0', role: 'group', 'aria-label': t.dropLabel });
  const input = make('input', { type: 'file', accept: '.eml,.msg,.txt,message/rfc822', id: 'bdo-file', class: 'bdo-file' });
  const pick = make('label', { for: 'bdo-file', class: 'bdo-button' }, t.chooseFile);
  drop.append(make('span', {}, t.dropLabel), pick, input);
  input.addEventListener('change', () => {
    const f = input.files?.[0];
    if (f) cb.onFile(f);
    input.value = '';
  });
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('bdo-over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('bdo-over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('bdo-over');
    const f = e.dataTransfer?.files?.[0];
    if (f) cb.onFile(f);
  });
  root.append(drop);

  const pasteId = 'bdo-paste';
  const paste = make('textarea', { id: pasteId, rows: '4', class: 'bdo-paste', 'data-bd': 'paste', spellcheck: 'false' });
  const pasteBtn = make('button', { type: 'button', class: 'bdo-button', 'data-bd': 'paste-go' }, t.pasteButton);
  pasteBtn.addEventListener('click', () => {
    const v = paste.value.slice(0, MAX_PASTE);
    if (v.trim()) cb.onPaste(v);
  });
  root.append(make('label', { for: pasteId, class: 'bdo-label' }, t.pasteLabel), paste, pasteBtn);

  const graphBox = make('div', { class: 'bdo-graph', 'data-bd': 'graph' });
  const list = make('ul', { class: 'bdo-ndr-list', 'data-bd': 'ndr-list' });
  const own = make('button', { type: 'button', class: 'bdo-button', 'data-bd': 'graph-own', hidden: '' }, t.graphOwnBounces);
  if (cb.graphAvailable) {
    const listBtn = make('button', { type: 'button', class: 'bdo-button', 'data-bd': 'graph-list' }, t.graphList);
    listBtn.addEventListener('click', () => cb.onGraphList());
    own.addEventListener('click', () => cb.onGraphOwn());
    graphBox.append(listBtn, own, list);
  } else {
    graphBox.hidden = true;
  }
  root.append(graphBox);

  return {
    setItem(info) {
      own.hidden = !cb.graphAvailable || !info.internetMessageId || info.quotaClass !== null;
    },
    showGraphError() {
      list.replaceChildren(make('li', { class: 'bdo-empty', 'data-bd': 'graph-error', role: 'alert' }, t.graphFailed));
    },
    showNdrList(items, open) {
      list.replaceChildren();
      if (items.length === 0) {
        list.append(make('li', { class: 'bdo-empty' }, t.graphEmpty));
        return;
      }
      for (const n of items) {
        const b = make('button', { type: 'button', class: 'bdo-ndr', 'data-id': n.id }, n.subject || n.id);
        if (n.receivedDateTime) b.title = n.receivedDateTime;
        b.addEventListener('click', () => open(n.id, n.subject));
        const li = make('li');
        li.append(b);
        list.append(li);
      }
    },
  };
}
