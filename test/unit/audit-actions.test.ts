import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AUDIT_ACTIONS } from '../../server/audit/routes';
import { actionLabel } from '../../server/audit/labels';

const SERVER = path.resolve(__dirname, '../../server');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(path.join(dir, d.name)) : d.name.endsWith('.ts') ? [path.join(dir, d.name)] : []);
}

// only files that write events count: the pages' words and labels name every action without recording one
test('every action the audit filter offers is one the server code records somewhere else than in the list itself', () => {
  const recorded = new Set<string>();
  for (const file of sources(SERVER)) {
    const code = readFileSync(file, 'utf8');
    if (file.endsWith(path.join('audit', 'routes.ts')) || !/recordAudit(?:WithParts)?\(|INSERT INTO audit_events/.test(code)) continue;
    for (const m of code.matchAll(/'([a-z]+\.[a-z_]+)'/g)) recorded.add(m[1]!);
  }
  expect(AUDIT_ACTIONS.filter((a) => !recorded.has(a))).toEqual([]);
});

test('every action the server code records is one the audit filter offers, with words for it', () => {
  const recorded = new Set<string>();
  for (const file of sources(SERVER)) {
    const code = readFileSync(file, 'utf8');
    if (!/recordAudit(?:WithParts)?\(|INSERT INTO audit_events/.test(code) || file.includes(`${path.sep}cli${path.sep}`)) continue;
    for (const m of code.matchAll(/action: '([a-z]+\.[a-z_]+)'|'((?:article|claim|speaker|user)\.[a-z_]+)'/g)) recorded.add((m[1] ?? m[2])!);
  }
  expect(recorded.size).toBeGreaterThan(10);
  expect([...recorded].filter((a) => !AUDIT_ACTIONS.includes(a))).toEqual([]);
  expect([...recorded].filter((a) => actionLabel(a) === a)).toEqual([]);
});
