import { describe, expect, it } from 'vitest';
import type { Diagnosis, RecipientDiagnosis } from '../types.js';
import { initialState, moveSelection, withDiagnosis, withQuota, withSelected, withView } from './state.js';

const cfg = { providerName: null } as never;
function rcpt(address: string): RecipientDiagnosis {
  return {
    address, action: 'failed', status: '5.1.1', replyCode: '550', remoteMta: null, diagnostic: '', command: null,
    reason: 'userunknown', temporary: false, evidence: { by: 'status', value: '5.1.1' },
  };
}
const d3: Diagnosis = {
  bounce: true, kind: 'failed', source: 't', recipients: [rcpt('a@x'), rcpt('b@x'), rcpt('c@x')], original: null,
  bounceDate: null, bounceSubject: '', forwarded: false,
};

describe('pane state', () => {
  it('starts empty on the diagnosis view', () => {
    const s = initialState('ja', cfg);
    expect(s.view).toBe('diagnosis');
    expect(s.diagnosis).toBeNull();
    expect(s.locale).toBe('ja');
  });
  it('resets the selection and view for a new diagnosis', () => {
    const s = withView(withSelected(withDiagnosis(initialState('en', cfg), d3), 2), 'guide');
    expect(s.selected).toBe(2);
    const t = withDiagnosis(s, { ...d3, recipients: [rcpt('z@x')] });
    expect(t.selected).toBe(0);
    expect(t.view).toBe('diagnosis');
  });
  it('clamps selection to the list and wraps arrow movement', () => {
    const s = withDiagnosis(initialState('en', cfg), d3);
    expect(withSelected(s, 10).selected).toBe(2);
    expect(moveSelection(s, -1).selected).toBe(2);
    expect(moveSelection(withSelected(s, 2), 1).selected).toBe(0);
    expect(moveSelection(initialState('en', cfg), 1).selected).toBe(0);
  });
  it('switches to the quota view when a quota arrives', () => {
    const s = withQuota(initialState('en', cfg), { used: 1, limit: 2 });
    expect(s.view).toBe('quota');
  });
});

