/**
 * The ceiling of this stack: express + ejs rendering fifty claims rows held in memory, with no session, database,
 * security headers or permission checks. `bench:web` measures it in the same run as the app so every figure has
 * a ratio to what the stack can do at best on this machine. Loads the same first fifty rows of the claims list
 * from DATABASE_URL once at start-up (or makes fifty when no database is given), then prints `listening on PORT`.
 */
import ejs from 'ejs';
import express from 'express';
import pg from 'pg';

export interface BareRow {
  id: number;
  quote: string;
  speaker_name: string | null;
  source: string | null;
  article_id: number;
  article_title: string;
  status: string;
  attribution_status: string;
  updated_at: Date;
}

const PAGE = ejs.compile(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Claims · Verbatim</title>
<link rel="stylesheet" href="/css/app.css"></head><body>
<header><nav><a href="/">Dashboard</a> <a href="/articles">Articles</a> <a href="/claims">Claims</a></nav></header>
<main><h1>Claims</h1>
<table><thead><tr><th>Quote</th><th>Speaker</th><th>Source</th><th>Article</th><th>Status</th><th>Attribution</th><th>Last change</th></tr></thead>
<tbody>
<% for (const c of rows) { %><tr>
<td><a href="/claims/<%= c.id %>"><%= c.quote.length > 140 ? c.quote.slice(0, 139) + '…' : c.quote %></a></td>
<td><%= c.speaker_name || '—' %></td><td><%= c.source || '—' %></td>
<td><a href="/articles/<%= c.article_id %>"><%= c.article_title %></a></td>
<td><%= c.status.replace(/_/g, ' ') %></td><td><%= c.attribution_status %></td>
<td><time datetime="<%= c.updated_at.toISOString() %>"><%= c.updated_at.toISOString().slice(0, 16).replace('T', ' ') %></time></td>
</tr><% } %>
</tbody></table>
<nav><a rel="next" href="/claims?after=<%= rows.length ? rows[rows.length - 1].id : '' %>">Next</a></nav>
</main></body></html>`);

export function createBareApp(rows: BareRow[]): express.Express {
  const app = express();
  app.get('/', (_req, res) => {
    res.type('html').send(PAGE({ rows }));
  });
  return app;
}

async function loadRows(databaseUrl: string | undefined): Promise<BareRow[]> {
  if (!databaseUrl) {
    return Array.from({ length: 50 }, (_, i) => ({
      id: i + 1, quote: `We will never accept this, number ${i}.`, speaker_name: 'Anna Petrova', source: 'AFP',
      article_id: 1, article_title: 'An article', status: 'unreviewed', attribution_status: 'proposed', updated_at: new Date(),
    }));
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<BareRow>(`
      SELECT c.id::int AS id, c.quote, c.speaker_name, c.source, c.article_id::int AS article_id, a.title AS article_title,
             c.status, c.attribution_status, c.updated_at
        FROM claims c JOIN articles a ON a.id = c.article_id
       ORDER BY c.updated_at DESC, c.id DESC LIMIT 50`);
    return rows;
  } finally {
    await client.end();
  }
}

if (require.main === module) {
  loadRows(process.env.DATABASE_URL).then((rows) => {
    const server = createBareApp(rows).listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
      const address = server.address();
      console.log(`listening on ${typeof address === 'object' && address ? address.port : ''}`);
    });
    process.on('SIGTERM', () => server.close(() => process.exit(0)));
  }, (error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
