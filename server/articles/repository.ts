import { sameWordsOfClaim, type SameWordsTally } from '../claims/page-repository';
import type { ClaimStatus } from '../claims/list-query';
import type { ClaimRow } from '../claims/repository';
import { LITERAL, type Db } from '../db/knex';

export type ImportMethod = 'paste' | 'upload' | 'url';

export interface ArticleRow {
  id: number;
  title: string;
  body: string;
  content_hash: string;
  url: string | null;
  url_key: string | null;
  outlet: string | null;
  author: string | null;
  published_at: Date | null;
  language: string | null;
  translated: boolean;
  republished_by: string | null;
  /** Spans of site clutter in `body`, as the engine found them. */
  boilerplate: Array<{ start: number; end: number }>;
  import_method: ImportMethod;
  created_by: number;
  created_at: Date;
  version: number;
}

export type NewArticle = Omit<ArticleRow, 'id' | 'created_at' | 'version' | 'boilerplate'> & { boilerplate: string };

const COLUMNS = ['id', 'title', 'body', 'content_hash', 'url', 'url_key', 'outlet', 'author', 'published_at', 'language',
  'translated', 'republished_by', 'boilerplate', 'import_method', 'created_by', 'created_at', 'version'] as const;

/** The article already imported from this link or with this text, if any. */
export async function findDuplicate(db: Db, urlKey: string | null, contentHash: string): Promise<{ id: number; sameText: boolean } | undefined> {
  const qb = db('articles').where({ content_hash: contentHash });
  if (urlKey) qb.orWhere({ url_key: urlKey });
  const row: { id: number; content_hash: string } | undefined = await qb.orderBy('id').first('id', 'content_hash');
  return row && { id: row.id, sameText: row.content_hash === contentHash };
}

/** What an article records about itself, as its facts form shows it. */
export type ArticleFactsRow = Pick<ArticleRow, 'title' | 'url' | 'url_key' | 'outlet' | 'author' | 'published_at' | 'language' | 'translated'>;

export async function articleFacts(db: Db, id: number): Promise<ArticleFactsRow | undefined> {
  return db('articles').where({ id }).first('title', 'url', 'url_key', 'outlet', 'author', 'published_at', 'language', 'translated');
}

export async function insertArticle(db: Db, row: NewArticle): Promise<ArticleRow> {
  const [inserted] = await db('articles').insert(row).returning([...COLUMNS]);
  return inserted as ArticleRow;
}

/** A claim as an import writes it: the engine's findings; review state takes the table's defaults. */
export type NewClaim = Pick<ClaimRow, 'article_id' | 'position' | 'start_offset' | 'end_offset' | 'quote' | 'kind' | 'cue'
  | 'confidence' | 'translation_hint' | 'proposed_speaker_id' | 'speaker_id' | 'speaker_name' | 'mention_start'
  | 'mention_end' | 'mention_text' | 'evidence' | 'source' | 'source_start' | 'source_end'> & { repairs: string; updated_by: number };

export async function insertClaims(db: Db, rows: NewClaim[]): Promise<void> {
  // One statement per 500 claims keeps the bind-parameter count far below PostgreSQL's limit.
  for (let i = 0; i < rows.length; i += 500) await db('claims').insert(rows.slice(i, i + 500));
}

export interface ArticleClaimRow {
  id: number;
  position: number;
  start_offset: number;
  end_offset: number;
  quote: string;
  kind: string;
  status: ClaimStatus;
  attribution_status: string;
  speaker_id: number | null;
  speaker_name: string | null;
  /** The words the engine read as the speaker ("a spokesman"), kept when they name no one. */
  mention_text: string | null;
  source: string | null;
  confidence: number;
  translation_hint: string | null;
  /**
   * The other claims holding its words (see claims.quote_key), counted up to SAME_WORDS_COUNTED, for the first
   * ARTICLE_CLAIMS_LISTED claims in order; null when there are none, the quote is too short to compare or it is not
   * listed.
   */
  same_words: SameWordsTally | null;
}

/**
 * How many claims an article's page lists under its text, in order: the text marks every claim, and a list of
 * thousands would only make the page slow; past these, the claims list holds them all.
 */
export const ARTICLE_CLAIMS_LISTED = 200;

export interface ArticlePage {
  article: ArticleRow;
  claims: ArticleClaimRow[];
  /** Who imported it. */
  importer: string | null;
}

type Stored<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] extends Date ? string : string | null };

/**
 * The article page's reads in one statement: the article, its claims in order and who imported it. Each listed claim
 * carries the counts of the other claims holding its words, one probe of the words' index each (only for a quote long
 * enough to have a key), as the claim page and the report count them.
 */
export async function loadArticlePage(db: Db, id: number): Promise<ArticlePage | undefined> {
  const result = await db.raw(
    `SELECT to_json(a) AS article,
            (SELECT name FROM users WHERE id = a.created_by) AS importer,
            (SELECT coalesce(json_agg(c ORDER BY c.n), '[]')
               FROM (SELECT c.id, c.position, c.start_offset, c.end_offset, c.quote, c.kind, c.status, c.attribution_status,
                            c.speaker_id, c.speaker_name, c.mention_text, c.source, c.confidence, c.translation_hint, c.n,
                            CASE WHEN c.n <= ${ARTICLE_CLAIMS_LISTED} AND c.quote_key IS NOT NULL THEN
                              ${sameWordsOfClaim('c')}
                            END AS same_words
                       FROM (SELECT id, position, start_offset, end_offset, quote, kind, status, attribution_status, speaker_id,
                                    speaker_name, mention_text, source, confidence, translation_hint, quote_key,
                                    row_number() OVER (ORDER BY start_offset, end_offset, position) AS n
                               FROM claims WHERE article_id = a.id) c) c) AS claims
       FROM (SELECT ${COLUMNS.join(', ')} FROM articles WHERE id = ?) a`,
    [id],
  );
  const row = (result.rows as { article: Stored<ArticleRow, 'published_at' | 'created_at'>; importer: string | null; claims: ArticleClaimRow[] }[])[0];
  if (!row) return undefined;
  const { article } = row;
  return {
    article: {
      ...article,
      published_at: article.published_at === null ? null : new Date(article.published_at),
      created_at: new Date(article.created_at),
    },
    claims: row.claims,
    importer: row.importer,
  };
}

export interface ArticleListRow {
  id: number;
  title: string;
  outlet: string | null;
  published_at: Date | null;
  language: string | null;
  translated: boolean;
  import_method: ImportMethod;
  created_at: Date;
  created_by_name: string;
  claims: number;
  /** Of its claims, those holding a verdict. */
  reviewed: number;
}

/** Where an article's review stands: some claim still without a verdict, or every claim (one at least) with one. */
export type ReviewState = 'open' | 'done';

/**
 * What the articles list narrows to: words of the title, outlet and author (folded, each one found), one outlet, a
 * review state.
 */
export interface ArticleFilters {
  words?: string[];
  outlet?: string;
  state?: ReviewState;
}

// why: the count of a row and both states read the index of claims waiting for a verdict by article (migration
// 20261207200000), which holds a few entries an article, never the claims themselves
const AWAITING = `FROM claims c WHERE c.article_id = a.id AND c.status = 'unreviewed'`;

/**
 * Newest imports first, keyset on (created_at, id) over articles_created_at_idx; never OFFSET. Each word is found in
 * the article's search key (migration search_articles_by_title_outlet_and_author), by its trigram index when rare.
 */
export async function listArticles(db: Db, opts: { before: { at: Date; id: number } | null; limit: number; filters?: ArticleFilters }) {
  const qb = db('articles as a')
    .join('users as u', 'u.id', 'a.created_by')
    .select('a.id', 'a.title', 'a.outlet', 'a.published_at', 'a.language', 'a.translated', 'a.import_method', 'a.created_at',
      'u.name as created_by_name')
    .select(db.raw('(SELECT count(*) FROM claims c WHERE c.article_id = a.id)::int AS claims'))
    .select(db.raw(`(SELECT count(*) ${AWAITING})::int AS unreviewed`))
    .orderBy([{ column: 'a.created_at', order: 'desc' }, { column: 'a.id', order: 'desc' }])
    .limit(opts.limit + 1, LITERAL);
  if (opts.before) qb.whereRaw('(a.created_at, a.id) < (?, ?)', [opts.before.at, opts.before.id]);
  for (const word of opts.filters?.words ?? []) qb.whereRaw('a.search_key LIKE ?', [`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`]);
  if (opts.filters?.outlet !== undefined) qb.where('a.outlet', opts.filters.outlet);
  if (opts.filters?.state === 'open') qb.whereRaw(`EXISTS (SELECT 1 ${AWAITING})`);
  if (opts.filters?.state === 'done') qb.whereRaw(`EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id) AND NOT EXISTS (SELECT 1 ${AWAITING})`);
  const rows: Array<Omit<ArticleListRow, 'reviewed'> & { unreviewed: number }> = await qb;
  return { rows: rows.slice(0, opts.limit).map(({ unreviewed, ...r }) => ({ ...r, reviewed: r.claims - unreviewed })), more: rows.length > opts.limit };
}

export interface ArticleRemovalEvent {
  actor_name: string | null;
  before: unknown;
  note: string | null;
  occurred_at: Date;
}

/** The event that removed an article, if one did. */
export async function articleRemoval(db: Db, articleId: number): Promise<ArticleRemovalEvent | undefined> {
  return db('audit_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .where({ 'e.entity_type': 'article', 'e.entity_id': String(articleId), 'e.action': 'article.remove' })
    .orderBy('e.id', 'desc')
    .first('u.name as actor_name', 'e.before', 'e.note', 'e.occurred_at');
}
