// A tiny element builder. Text is only ever set through textContent, so nothing from a message can
// become markup; attributes are set one by one and never include inline event handlers or styles.
type Child = Node | string | null | undefined | false;

export interface Attrs {
  [name: string]: string | number | boolean | null | undefined;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function applyAttrs(el: Element, attrs: Attrs | undefined): void {
  if (!attrs) return;
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    // Event handlers and inline styles are never set from here (CSP forbids them, and they are a sink).
    if (/^on/i.test(name) || name.toLowerCase() === 'style') continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
}

function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** Creates an HTML element; string children become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  applyAttrs(el, attrs);
  append(el, children);
  return el;
}

/** Creates an SVG element in the SVG namespace. */
export function s(tag: string, attrs?: Attrs, ...children: Child[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag) as SVGElement;
  applyAttrs(el, attrs);
  append(el, children);
  return el;
}

/** A text-only element: the safe way to show words from a message. */
export function text<K extends keyof HTMLElementTagNameMap>(tag: K, value: string, attrs?: Attrs): HTMLElementTagNameMap[K] {
  const el = h(tag, attrs);
  el.textContent = value;
  return el;
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

let idCounter = 0;
/** Unique ids for aria-labelledby / aria-describedby within one document. */
export function uid(prefix: string): string {
  idCounter += 1;
  return `bd-${prefix}-${idCounter}`;
}
