/**
 * The store zips leave out the tests' TLS key: the sources zip's file list
 * is computed the way WXT computes it (tinyglobby over includeSources minus
 * excludeSources, from wxt.config.ts), and must name no key file while still
 * carrying the sources and the licence.
 */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';

const ROOT = path.resolve(__dirname, '../../..');

describe('sources zip', () => {
  it('carries the sources and LICENSE but no TLS key or certificate', async () => {
    const zip = (config as { zip?: { includeSources?: string[]; excludeSources?: string[] } }).zip;
    expect(zip?.includeSources).toBeDefined();
    const files = await glob(zip!.includeSources!, {
      cwd: ROOT,
      ignore: ['**/node_modules', ...(zip!.excludeSources ?? [])],
      onlyFiles: true,
    });
    // The key exists in the repository (the tests use it)…
    expect(existsSync(path.join(ROOT, 'scripts/lib/tls/key.pem'))).toBe(true);
    // …but not in the zip.
    expect(files.filter((f) => f.startsWith('scripts/lib/tls/') || f.endsWith('.pem'))).toEqual([]);
    expect(files).toContain('LICENSE');
    expect(files).toContain('scripts/lib/fixture-server.ts');
    expect(files).toContain('wxt.config.ts');
  });

  it('no extension zip may carry a .pem file', () => {
    expect((config as { zip?: { exclude?: string[] } }).zip?.exclude).toContain('**/*.pem');
  });
});
