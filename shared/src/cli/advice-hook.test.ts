import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adviceFor, loadConfigFile } from './advice-hook.js';
import { diagnosis, recipient } from '../advice/test-helpers.js';

describe('CLI advice hook', () => {
  it('prints exactly the DESIGN.md advice fields', () => {
    const r = recipient('mailboxfull');
    const a = adviceFor(diagnosis([r]), r, 'ja', null);
    expect(Object.keys(a).sort()).toEqual(['actor', 'cause', 'steps', 'temporary', 'title']);
    expect(a.actor).toBe('recipient');
    expect(a.title).toContain('メールボックス');
  });

  it('reads a config file and reports its problems', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bd-config-'));
    const file = join(dir, 'config.json');
    writeFileSync(file, JSON.stringify({ maxMessageSizeMb: 20, colour: 'red' }));
    const { config, errors } = loadConfigFile(file);
    expect(config.maxMessageSizeMb).toBe(20);
    expect(errors).toEqual(['unknown field "colour" ignored']);
    const r = recipient('mesgtoobig');
    expect(adviceFor(diagnosis([r]), r, 'en', config).cause).toContain('20 MB');
    const missing = loadConfigFile(join(dir, 'nope.json'));
    expect(missing.errors[0]).toMatch(/^cannot read .*nope\.json/);
    expect(missing.config.submissionPort).toBe(587);
  });
});
