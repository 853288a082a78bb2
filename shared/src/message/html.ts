// Crude but linear html -> text, used only when a bounce has no text/plain part. Every step is a
// single forward scan (indexOf from a moving position), so hostile html cannot make it super-linear.

/** Removes <script>...</script> and <style>...</style> elements; an unclosed one runs to the end. */
function dropElements(html: string, lower: string, tag: string): { html: string; lower: string } {
  const open = '<' + tag;
  const close = '</' + tag;
  let i = lower.indexOf(open);
  if (i === -1) return { html, lower };
  const keep: string[] = [];
  const keepLower: string[] = [];
  let pos = 0;
  while (i !== -1) {
    const after = lower[i + open.length];
    // "<scripts" or "<styled" are other tags: only a name boundary counts.
    if (after !== undefined && /[a-z0-9-]/.test(after)) {
      i = lower.indexOf(open, i + open.length);
      continue;
    }
    keep.push(html.slice(pos, i), ' ');
    keepLower.push(lower.slice(pos, i), ' ');
    const end = lower.indexOf(close, i + open.length);
    if (end === -1) {
      pos = html.length;
      break;
    }
    const gt = lower.indexOf('>', end);
    pos = gt === -1 ? html.length : gt + 1;
    i = lower.indexOf(open, pos);
  }
  keep.push(html.slice(pos));
  keepLower.push(lower.slice(pos));
  return { html: keep.join(''), lower: keepLower.join('') };
}

/** Line-breaking tags become newlines; every other tag (up to 2000 characters long) is dropped. */
function dropTags(html: string, lower: string): string {
  const out: string[] = [];
  let pos = 0;
  let gt = -1; // the next '>' at or after the current '<', reused while later '<' come before it
  for (let lt = html.indexOf('<'); lt !== -1; lt = html.indexOf('<', lt + 1)) {
    if (gt < lt) gt = html.indexOf('>', lt + 1);
    if (gt === -1) break;
    if (lt < pos || gt - lt - 1 > 2000) continue;
    out.push(html.slice(pos, lt));
    const name = lower.slice(lt + 1, Math.min(gt, lt + 6)).replace(/^\//, '');
    if (/^(?:br|p|div|tr|li|h\d)\b/.test(name) && (lower[lt + 1] === '/' || name.startsWith('br'))) out.push('\n');
    pos = gt + 1;
  }
  out.push(html.slice(pos));
  return out.join('');
}

const ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' };

export function htmlToText(html: string): string {
  let lower = html.toLowerCase();
  // toLowerCase can change the length of a few characters (e.g. U+0130); then fall back to a copy
  // where only ASCII is lowered so indexes still line up.
  if (lower.length !== html.length) lower = html.replace(/[A-Z]+/g, (s) => s.toLowerCase());
  let r = dropElements(html, lower, 'script');
  r = dropElements(r.html, r.lower, 'style');
  return dropTags(r.html, r.lower).replace(/&(?:nbsp|lt|gt|quot|#39|amp);/g, (e) => ENTITIES[e] ?? e);
}
