// The pane alone, as the Thunderbird shell ships it (its background page diagnoses and sends the result)
// and as the Outlook shell loads it up front (the engine comes as its own chunk, in parallel).
import type { Diagnosis } from '../../../../shared/src/index.js';
import { createPane } from '../../../../shared/src/ui/index.js';
import '../../../../shared/src/ui/pane.css';

export function show(root: HTMLElement, d: Diagnosis): void {
  createPane(root).showDiagnosis(d);
}
