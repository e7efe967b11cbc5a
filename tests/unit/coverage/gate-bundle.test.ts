import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The content script bundles gate.ts: it must stay tiny and pull in nothing heavy.
describe('gate imports', () => {
  it('imports only its word list, its config and types', () => {
    const src = readFileSync(path.resolve(__dirname, '../../../lib/coverage/gate.ts'), 'utf8');
    const imports = [...src.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]).sort();
    expect(imports).toEqual(['../types', './config', './gate-terms']);
    const config = readFileSync(path.resolve(__dirname, '../../../lib/coverage/config.ts'), 'utf8');
    expect(config).not.toMatch(/from\s+'/);
  });
});
