import { stringify, type Options } from 'csv-stringify/sync';
import type { AttributionStatus, ClaimStatus } from './list-query';
import { STATUS_LABELS } from './present';
import { speakerUncertain } from './uncertain';

/** A claim as the CSV export writes it: the list's row with the claim page's facts beside it. */
export interface ClaimExportRow {
  id: number;
  article_id: number;
  article_title: string;
  article_outlet: string | null;
  /** YYYY-MM-DD (UTC), as the article's page shows it. */
  article_published: string | null;
  quote: string;
  kind: string;
  speaker_id: number | null;
  speaker_name: string | null;
  /** The words the article names or describes the speaker with at the claim ("a spokeswoman", "he"). */
  speaker_mention: string | null;
  source: string | null;
  status: ClaimStatus;
  attribution_status: AttributionStatus;
  /** The engine's confidence, 0 to 1, as the claim page shows it. */
  confidence: number;
  /** Whom the claim is assigned to, as the list names them (with their email where another account has the name). */
  assignee_name: string | null;
  /** The verdict the claim holds (its latest, unless its words moved since and it is unreviewed again). */
  verdict_note: string | null;
  evidence_urls: string[];
  verdict_by: string | null;
  verdict_at: string | null;
  /** ISO 8601 in UTC, to the millisecond, as the list shows it. */
  updated_at: string;
}

type Cell = string | number | null;

const COLUMNS: ReadonlyArray<readonly [string, (r: ClaimExportRow, origin: string) => Cell]> = [
  ['Claim ID', (r) => r.id],
  // (whole, with the address the file was downloaded from, so a spreadsheet opens it)
  ['Claim link', (r, origin) => `${origin}/claims/${r.id}`],
  ['Article ID', (r) => r.article_id],
  ['Article title', (r) => r.article_title],
  ['Outlet', (r) => r.article_outlet],
  ['Published', (r) => r.article_published],
  ['Quote', (r) => r.quote],
  ['Kind', (r) => r.kind],
  ['Speaker', (r) => r.speaker_name],
  ['Speaker ID', (r) => r.speaker_id],
  // why: a speaker the article only describes is no speaker; the words it used are what a reader of the file can check
  ['Speaker as written', (r) => r.speaker_mention],
  ['Source', (r) => r.source],
  ['Status', (r) => STATUS_LABELS[r.status]],
  ['Attribution', (r) => r.attribution_status],
  ['Confidence (%)', (r) => Math.round(r.confidence * 100)],
  // (as the list marks it: the engine's proposal under 75 %, until an editor settles it)
  ['Speaker uncertain', (r) => (speakerUncertain(r) ? 'yes' : null)],
  ['Assigned to', (r) => r.assignee_name],
  ['Verdict note', (r) => r.verdict_note],
  // one link a line, as the verdict form takes them
  ['Evidence links', (r) => r.evidence_urls.join('\n')],
  ['Verdict by', (r) => r.verdict_by],
  ['Verdict at (UTC)', (r) => r.verdict_at],
  ['Last change (UTC)', (r) => r.updated_at],
];

export const CSV_HEADER = COLUMNS.map(([name]) => name);

const OPTIONS: Options = {
  // RFC 4180: records end with CRLF; a field holding a comma, a quotation mark or a line break is quoted, its quotation
  // marks doubled
  record_delimiter: 'windows',
  // why: given a record delimiter, csv-stringify quotes only fields holding that delimiter whole; a quote with a lone
  // line break (most of them: articles are pasted with \n) would otherwise end its record half-way in every reader
  quote_record_delimiter: true,
  // why: a spreadsheet runs a cell beginning with =, +, -, @, a tab or a carriage return as a formula, and quotes,
  // names and notes come from scraped articles and typed notes: "=HYPERLINK(…)" would become a link that sends the
  // sheet's data away. Such a cell gets a leading apostrophe (OWASP's advice), the rest of its text kept as written:
  // quotes beginning with a dash are common, and a reader sees "'- We will…", not a changed quote. Numbers are left.
  escape_formulas: true,
};

/** The UTF-8 byte order mark: without it, spreadsheets read the file in the system's code page and garble accents. */
export const CSV_BOM = '\uFEFF';

/** The file's beginning: the byte order mark and the header row. */
export function csvHead(): string {
  return CSV_BOM + stringify([CSV_HEADER], OPTIONS);
}

/** Claims as CSV records, each ended by CRLF. */
export function csvRecords(rows: readonly ClaimExportRow[], origin: string): string {
  return stringify(rows.map((r) => COLUMNS.map(([, cell]) => cell(r, origin))), OPTIONS);
}
