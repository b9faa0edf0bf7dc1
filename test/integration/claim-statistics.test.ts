import { importArticle } from '../../server/articles/service';
import { refreshClaimStatistics } from '../../server/db/statistics';
import { insertArticleWithClaims } from '../support/claims-fixtures';
import { createUser, isolatedDatabase, newAgent, signIn, type IsolatedDatabase } from '../support';

// A database of its own: these tests read the planner's statistics of the whole claims table.
let iso: IsolatedDatabase;
beforeAll(async () => {
  iso = await isolatedDatabase();
}, 60_000);
afterAll(() => iso?.close());

const plannedClaims = async () => Number((await iso.db.raw(`SELECT greatest(reltuples, 0) AS n FROM pg_class WHERE oid = 'claims'::regclass`)).rows[0].n);

function articleWithQuotes(n: number, tag: string): string {
  const lines = [`Harbour council, session ${tag}.`];
  for (let i = 0; i < n; i++) lines.push(`“The pier number ${i} of ${tag} stays open,” Ana Ruiz said.`);
  return lines.join('\n\n');
}

describe('planner statistics of the claims table', () => {
  test('when an import leaves the planner’s count of claims far from the kept counters, then the table is analysed, and not again for a small change', async () => {
    const { user } = await createUser(iso.db);
    const before = await plannedClaims();
    const { created } = await importArticle(iso.db, { id: user.id, ip: null }, { text: articleWithQuotes(120, 'first') });
    expect(created).toBe(true);
    const kept = Number((await iso.db('claim_status_counts').sum({ n: 'claims' }).first())!.n);
    expect(kept).toBeGreaterThanOrEqual(120);
    expect(before).toBeLessThan(kept - 50);
    // the import itself brought the planner's count to the table's, and the speakers' with it
    expect(await plannedClaims()).toBe(kept);
    const speakers = Number((await iso.db('speakers').count({ n: '*' }).first())!.n);
    expect(speakers).toBeGreaterThan(0);
    expect(Number((await iso.db.raw(`SELECT greatest(reltuples, 0) AS n FROM pg_class WHERE oid = 'speakers'::regclass`)).rows[0].n)).toBe(speakers);
    // a change under the threshold (50 rows and a tenth) leaves the statistics alone
    await insertArticleWithClaims(iso.db, user.id, 'One more: “It stays open.”', [{ quote: 'It stays open.' }]);
    expect(await refreshClaimStatistics(iso.db)).toBe(false);
  }, 60_000);

  test('when the planner’s estimate of a filter is a little behind the table, then the list counts the claims and says how many there are, on every page', async () => {
    const { user, password } = await createUser(iso.db, { role: 'editor' });
    const quotes = (from: number, n: number) => Array.from({ length: n }, (_, i) => `Late line ${from + i} of the wire.`);
    const insert = (lines: string[]) => insertArticleWithClaims(iso.db, user.id, lines.map((q) => `“${q}”`).join(' '), lines.map((quote) => ({ quote, source: 'Late Wire' })));
    await insert(quotes(0, 300));
    await iso.db.raw('ANALYZE claims');
    // 20 more behind the statistics' back (under the 50 rows that make a server's autovacuum analyse the table)
    await insert(quotes(300, 20));
    const count = async (claims: ReturnType<typeof iso.db>) => Number((await claims.count({ n: '*' }).first())!.n);
    const late = await count(iso.db('claims').where({ source: 'Late Wire' }));
    const unassigned = await count(iso.db('claims').whereNull('assignee_id'));
    expect(late).toBe(320);
    const agent = await signIn(newAgent(iso.app()), user.email, password);
    for (const [url, n] of [['/claims?source=Late+Wire', late], ['/claims?assignee=nobody', unassigned]] as const) {
      const first = await agent.get(url);
      expect(first.status).toBe(200);
      expect(first.text).toContain(`<p class="matching">${n.toLocaleString('en')} matching claims.</p>`);
      const next = /href="(\/claims\?[^"]*after=[^"]*)"/.exec(first.text)![1]!.replace(/&amp;/g, '&');
      expect((await agent.get(next)).text).toContain(`<p class="matching">${n.toLocaleString('en')} matching claims.</p>`);
    }
  }, 60_000);

  test('when the planner estimates fewer matching claims than the pages show and they are not counted (a quoted phrase), then the list says "At least", never a number below a full page', async () => {
    const { user, password } = await createUser(iso.db, { role: 'editor' });
    // claims written behind the statistics' back (as a bulk load or a server without autovacuum leaves them):
    // the planner has never seen this source, so it estimates about one row for it (60 rows stay under the 63 that
    // would make a server's autovacuum analyse the table meanwhile)
    await iso.db.raw('ANALYZE claims');
    const body = Array.from({ length: 60 }, (_, i) => `“Line ${i} of the unseen wire.”`).join(' ');
    await insertArticleWithClaims(iso.db, user.id, body, Array.from({ length: 60 }, (_, i) => ({ quote: `Line ${i} of the unseen wire.`, source: 'Unseen Wire' })));
    const agent = await signIn(newAgent(iso.app()), user.email, password);
    const first = await agent.get('/claims?source=Unseen+Wire&q=%22unseen+wire%22');
    expect(first.status).toBe(200);
    expect(first.text).toMatch(/At least 51 matching claims/);
    const next = /href="(\/claims\?[^"]*after=[^"]*)"/.exec(first.text)![1]!.replace(/&amp;/g, '&');
    const second = await agent.get(next);
    // ten rows on the second page, and at least one before it
    expect(second.text).toMatch(/At least 11 matching claims/);
  }, 60_000);

  test('when the planner estimates more matching claims than there are, then the list shows at most the number there are', async () => {
    const { user, password } = await createUser(iso.db, { role: 'editor' });
    const body = Array.from({ length: 80 }, (_, i) => `“Gone line ${i}.”`).join(' ');
    await insertArticleWithClaims(iso.db, user.id, body, Array.from({ length: 80 }, (_, i) => ({ quote: `Gone line ${i}.`, source: 'Gone Wire' })));
    await iso.db.raw('ANALYZE claims');
    // the statistics still count what was deleted since (a server's autovacuum would catch up later; the embedded
    // database's never does)
    await iso.db('claims').whereRaw("source IS DISTINCT FROM 'Gone Wire'").del();
    await iso.db('claims').where({ source: 'Gone Wire' }).whereIn('id', iso.db('claims').where({ source: 'Gone Wire' }).orderBy('id').limit(20).select('id')).del();
    const total = Number((await iso.db('claim_status_counts').sum({ n: 'claims' }).first())!.n);
    expect(total).toBe(60);
    const agent = await signIn(newAgent(iso.app()), user.email, password);
    const shown = async (url: string) => {
      const page = await agent.get(url);
      expect(page.status).toBe(200);
      return /(About |At least )?([\d,]+) matching claim/.exec(page.text);
    };
    // counted, as the planner expects few
    expect((await shown('/claims?attribution=proposed&source=Gone+Wire&sort=speaker'))?.slice(1)).toEqual([undefined, '60']);
    // estimated, as a quoted phrase is not counted
    const estimated = await shown('/claims?attribution=proposed&source=Gone+Wire&sort=speaker&q=%22gone+line%22');
    expect(estimated?.[1]).toBeDefined();
    expect(Number(estimated?.[2]?.replace(/,/g, '') ?? 'NaN')).toBeLessThanOrEqual(60);
  }, 60_000);
});
