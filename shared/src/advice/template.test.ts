import { describe, expect, it } from 'vitest';
import { fillOne, placeholders, render, renderList } from './template.js';

describe('template variants', () => {
  it('takes the first alternative whose values all exist', () => {
    const v = ['Limit {size} at {url}', 'Limit {size}', 'There is a limit'];
    expect(render(v, { size: '20 MB', url: 'https://x.example' })).toBe('Limit 20 MB at https://x.example');
    expect(render(v, { size: '20 MB' })).toBe('Limit 20 MB');
    expect(render(v, { size: '' })).toBe('There is a limit');
  });

  it('treats {?name} as a silent condition', () => {
    expect(fillOne('{?flag}{name} blocks it', { flag: 'yes', name: 'KCN' })).toBe('KCN blocks it');
    expect(fillOne('{?flag}{name} blocks it', { name: 'KCN' })).toBeNull();
    expect(placeholders('{?flag}{name}')).toEqual(['flag', 'name']);
  });

  it('omits a sentence at a null alternative and inserts values literally', () => {
    expect(render(['Call {helpdesk}', null], {})).toBeNull();
    expect(renderList(['a', ['Call {helpdesk}', null], 'b'], {})).toEqual(['a', 'b']);
    expect(fillOne('Hi {name}', { name: '{name} $& $1' })).toBe('Hi {name} $& $1');
  });
});
