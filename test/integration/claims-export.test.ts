import { Writable } from 'node:stream';
import { sendCsv } from '../../server/claims/export';
import type { ClaimExportRow } from '../../server/claims/export-csv';
import { claimExportBatches } from '../../server/claims/export-repository';
import type { ClaimListQuery } from '../../server/claims/list-query';
import { servesOneSession } from '../../server/db/one-session';
import { insertArticleWithClaims, insertReviewer } from '../support/claims-fixtures';
import { getTestDb } from '../support';

const db = getTestDb();
const tag = `zy${Date.now().toString(36)}`;

const row = (id: number): ClaimExportRow => ({
  id, article_id: 1, article_title: 'T', article_outlet: null, article_published: null, quote: `quote ${id} `.repeat(40), kind: 'direct', speaker_id: null,
  speaker_name: null, speaker_mention: null, source: null, status: 'unreviewed', attribution_status: 'proposed', confidence: 0.9, assignee_name: null, verdict_note: null, evidence_urls: [], verdict_by: null, verdict_at: null,
  updated_at: '2026-12-01T00:00:00.000Z',
});

describe('claims export', () => {
  test('when a claim changes between two batches, then on a PostgreSQL server the file reads one snapshot; on the embedded database the change is not held up', async () => {
    const reviewer = await insertReviewer(db);
    const quotes = Array.from({ length: 5 }, (_, i) => `snapshot ${i} ${tag}`);
    const { articleId, claimIds } = await insertArticleWithClaims(db, reviewer, quotes.map((q) => `"${q}"`).join(' '), quotes.map((quote) => ({ quote })));
    const query: ClaimListQuery = { filters: { articleId }, sort: 'article', dir: 'asc', cursor: null };
    const batches = claimExportBatches(db, query, 2);

    const first = await batches.next();
    // another connection, while the download waits for its client between batches
    await db('claims').where({ id: claimIds[3] }).update({ status: 'disputed', updated_at: db.fn.now() });
    const rest: ClaimExportRow[] = [];
    for await (const batch of batches) rest.push(...batch);

    const file = [...(first.value as ClaimExportRow[]), ...rest];
    expect(file.map((c) => c.id)).toEqual(claimIds);
    const snapshot = !(await servesOneSession(db));
    expect(file[3]!.status).toBe(snapshot ? 'unreviewed' : 'disputed');
  });

  test('when the client stops reading, then no batch is read ahead beyond one, and when it leaves the reading ends', async () => {
    let pulled = 0;
    let ended = false;
    async function* endless() {
      try {
        for (let id = 1; ; id += 1000) {
          pulled++;
          yield Array.from({ length: 1000 }, (_, i) => row(id + i));
        }
      } finally {
        ended = true;
      }
    }
    let received = 0;
    // a client that takes the first chunk and then reads nothing more
    const client = new Writable({ highWaterMark: 1, write(chunk: Buffer, _enc, done) { received += chunk.length; if (received < 10) done(); } });

    const sending = sendCsv(client, endless(), 'http://localhost');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(pulled).toBeGreaterThan(0);
    expect(pulled).toBeLessThanOrEqual(3);
    client.destroy();
    await sending;

    expect(ended).toBe(true);
    const after = pulled;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pulled).toBe(after);
  });
});
