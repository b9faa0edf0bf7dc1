import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CLAIM_STATUSES } from '../../server/claims/list-query';
import { claimViewHelpers, STATUS_LABELS } from '../../server/claims/present';

const SERVER = path.resolve(__dirname, '../../server');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(path.join(dir, d.name)) : d.name.endsWith('.ts') ? [path.join(dir, d.name)] : []);
}

describe('a claim status in words', () => {
  it('when any page names a status, then its words come from the one table beside the claims helpers', () => {
    const tables = sources(SERVER).filter((file) => /needs_translation_review:\s*['"`]/.test(readFileSync(file, 'utf8')));
    expect(tables.map((file) => path.relative(SERVER, file))).toEqual([path.join('claims', 'present.ts')]);
  });

  it('when a status is shown, then it has words of its own, the same on every page', () => {
    expect(Object.keys(STATUS_LABELS)).toEqual([...CLAIM_STATUSES]);
    for (const status of CLAIM_STATUSES) expect(claimViewHelpers.statusLabel(status)).toBe(STATUS_LABELS[status]);
    expect(new Set(Object.values(STATUS_LABELS)).size).toBe(CLAIM_STATUSES.length);
  });
});
