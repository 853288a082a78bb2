// What a shell bundles to show the pane: the pane, the diagnosis core (with postal-mime) and the
// stylesheet. Built by run.mjs only to weigh it; the advice catalogs load as their own chunk.
import { createPane } from '../../../../shared/src/ui/index.js';
import { diagnose } from '../../../../shared/src/index.js';
import '../../../../shared/src/ui/pane.css';

export async function show(root: HTMLElement, raw: Uint8Array): Promise<void> {
  createPane(root).showDiagnosis(await diagnose(raw));
}
