import type { Db, Trx } from '../db/knex';

/** The text search configuration of the stored search text (migration 20261130140000): English, accents folded. */
export const SEARCH_CONFIG = 'verbatim_english';
/** Words as written, lower-cased and accents folded, stop words kept: what a quoted phrase is held to. */
const PHRASE_CONFIG = 'verbatim_simple';
/**
 * A walked row tested for a phrase by its text (the phrase has no word the text index keeps) costs about eight rows
 * tested by the stored search text (at a million claims, 4,000 rows in 36 ms against 4.5).
 */
const TEXT_TEST_COST = 8;

/**
 * One alternative of a search, read as websearch_to_tsquery reads it: words, "phrases" and excluded -words or
 * -"phrases"; alternatives are separated by "or".
 */
export interface SearchGroup {
  /** What the text index is asked: the words, the phrases in quotes and the excluded words; not the excluded phrases. */
  words: string;
  /** Phrases a match holds, word for word. */
  phrases: string[];
  /** Phrases a match does not hold. */
  excluded: string[];
}

// why: a phone's keyboard types “curly” quotation marks, which websearch_to_tsquery does not take for a phrase
const PHRASE_MARKS = /[“”„‟«»]/g;
/** Whether a text has a letter or digit: without one, websearch_to_tsquery finds no word in it and nothing matches. */
export const hasWords = (text: string) => /[\p{L}\p{N}]/u.test(text);
/** Why the list ignores a search without a letter or digit, in its notice's words. */
export const NO_WORD = 'it holds no letter or digit, no word to search for';

/**
 * The longest run of minus signs websearch_to_tsquery is given. Each "-" before a word is a NOT its parser keeps on
 * a stack of 32 operators, with at most an OR and an AND under them, so 31 in a row after "x or y" failed the page
 * with "tsquery stack too small" (XX000), on PostgreSQL 15 and the embedded database alike; 30 always fit.
 */
const MOST_NOTS = 30;
/** What the parser passes over between operators (PostgreSQL's ISOPERATOR and its ASCII-only isspace). */
const BETWEEN_NOTS = /[ \t\n\r\f\v!&|()<-]/;
const WORD_END = /[ \t\n\r\f\v!&|()<"]/;

/**
 * The search as websearch_to_tsquery may be given it: a run of more than MOST_NOTS minus signs (with only spaces and
 * the operators it ignores between them) becomes what it amounts to, one minus sign when their number is odd and
 * none when even, as each undoes the one before. Shorter runs, and a "-" inside a word ("co-op") or a phrase, are
 * left as typed, so every search that was read before reads the same. The words are told apart as its parser tells
 * them (a word runs to a space, an operator or a quotation mark); where a space it takes for one differs (a Unicode
 * space), this sees more minus signs than it does, never fewer, so no run it keeps can reach the limit.
 */
export function searchable(q: string): string {
  let out = '';
  let i = 0;
  while (i < q.length) {
    const c = q[i]!;
    if (c === '"') {
      const close = q.indexOf('"', i + 1);
      const end = close < 0 ? q.length : close + 1;
      out += q.slice(i, end);
      i = end;
    } else if (c === '-') {
      let end = i;
      let nots = 0;
      for (; end < q.length && BETWEEN_NOTS.test(q[end]!); end++) if (q[end] === '-') nots++;
      out += nots <= MOST_NOTS ? q.slice(i, end) : nots % 2 ? ' -' : ' ';
      i = end;
    } else if (BETWEEN_NOTS.test(c)) {
      out += c;
      i++;
    } else {
      let end = i + 1;
      while (end < q.length && !WORD_END.test(q[end]!)) end++;
      out += q.slice(i, end);
      i = end;
    }
  }
  return out;
}

export function parseSearch(q: string): SearchGroup[] {
  const groups: SearchGroup[] = [];
  let terms: string[] = [];
  let group: SearchGroup = { words: '', phrases: [], excluded: [] };
  const close = () => {
    if (terms.length || group.phrases.length || group.excluded.length) groups.push({ ...group, words: searchable(terms.join(' ')) });
    terms = [];
    group = { words: '', phrases: [], excluded: [] };
  };
  // a phrase runs to its closing mark or, left open, to the end, as websearch_to_tsquery reads it
  for (const [term, minus, phrase] of q.replace(PHRASE_MARKS, '"').matchAll(/(-?)"([^"]*)"?|[^\s"]+/g)) {
    if (phrase === undefined) {
      if (term.toLowerCase() === 'or') close();
      else terms.push(term);
    } else if (!hasWords(phrase)) continue;
    else if (minus) group.excluded.push(phrase.trim());
    else {
      group.phrases.push(phrase.trim());
      terms.push(`"${phrase}"`);
    }
  }
  close();
  return groups;
}

/** The phrases every match of a search must hold: none when the search has alternatives ("or"). */
export function requiredPhrases(q: string): string[] {
  const groups = parseSearch(q);
  return groups.length === 1 ? groups[0]!.phrases : [];
}

/** How a list's search is tested on a row and narrowed before. */
export interface TextSearch {
  /** The test of a claim row under an alias ('c'): SQL and its bindings. */
  test: (alias: string) => [string, string[]];
  /** A search of the text index whose matches include every match; null when a phrase of stop words leaves it none. */
  indexed: string | null;
  /** Whether the text index's matches are the search's matches, with no phrase to test them for. */
  indexFinds: boolean;
  /** The adjacent word pairs every match holds (see readsPairsFirst), how many claims hold them, how many claims there are. */
  pairs: string[];
  candidates: number;
  /** The ids of the claims holding the pairs when they were all read with the count (at most `upTo` of them); else null. */
  candidateIds: string[] | null;
  claims: number;
  /** What testing a walked row costs, in rows tested by the stored search text. */
  walkCost: number;
}

// The texts parsed once, as subqueries: a named statement's generic plan, made without them, parsed them on every row.
const wordTest = (alias: string) => `${alias}.search @@ (SELECT websearch_to_tsquery('${SEARCH_CONFIG}', ?))`;
// (who said it: the speaker's name, or for a claim without one the words the article used for its speaker)
const phraseTest = (alias: string) => `(${[`${alias}.quote`, `coalesce(${alias}.speaker_name, ${alias}.mention_text, '')`]
  .map((text) => `to_tsvector('${PHRASE_CONFIG}', ${text}) @@ (SELECT phraseto_tsquery('${PHRASE_CONFIG}', ?))`).join(' OR ')})`;

/** A search without quoted phrases: its words, read by websearch_to_tsquery, against the stored search text. */
export function wordSearch(q: string): TextSearch {
  const words = searchable(q);
  return { test: (alias) => [wordTest(alias), [words]], indexed: words, indexFinds: true, pairs: [], candidates: 0, candidateIds: null, claims: 0, walkCost: 1 };
}

/**
 * A search as the list tests it. Words are found by the stored search text, stemmed, as ever; a quoted phrase holds
 * its words as written, in order, stop words included ("not the leader", "we will"), in the quote or in the
 * speaker's name, whatever the case, accents, punctuation and spacing between them. Its words the text index keeps
 * narrow the rows first, then the phrase is held to the row's text; with none, the claims holding its adjacent word
 * pairs do. The word pairs are counted up to one more than `upTo` (times TEXT_TEST_COST for a phrase tested by its
 * text: see readsPairsFirst): the count only decides whether they are read first, so a common phrase costs no full
 * count.
 */
export async function readSearch(db: Db | Trx, q: string, upTo: number): Promise<TextSearch> {
  const groups = parseSearch(q);
  if (!groups.some((g) => g.phrases.length || g.excluded.length)) return wordSearch(q);
  const required = groups.length === 1 ? groups[0]!.phrases : [];
  const counted = (most: number) => `(SELECT count(*) FROM (SELECT 1 FROM claim_word_pairs w WHERE w.pairs @> p.pairs LIMIT ${Math.max(0, Math.trunc(most)) + 1}) x)`;
  // why: a phrase whose words the text index keeps has its candidates read with the count, up to one more than `upTo`:
  // when they are all there, the page looks them up by id instead of scanning the pairs again (at a million claims,
  // 1,381 candidates: the page 14 ms against 9)
  const listed = (most: number) => `(SELECT array_agg(claim_id) FROM (SELECT claim_id FROM claim_word_pairs w WHERE w.pairs @> p.pairs LIMIT ${Math.max(0, Math.trunc(most)) + 1}) x)`;
  const { rows: [found] } = (await db.raw(
    `WITH p AS (SELECT coalesce(array_agg(DISTINCT pair ORDER BY pair), '{}') AS pairs
                  FROM unnest(?::text[]) AS phrase, unnest(word_pairs(to_tsvector('${PHRASE_CONFIG}', phrase))) AS pair),
          g AS (SELECT array_agg(numnode(websearch_to_tsquery('${SEARCH_CONFIG}', w)) > 0 ORDER BY n) AS worded
                  FROM unnest(?::text[]) WITH ORDINALITY AS g(w, n))
     SELECT p.pairs, g.worded, ids.ids,
            CASE WHEN cardinality(p.pairs) = 0 THEN 0 WHEN g.worded[1] THEN coalesce(cardinality(ids.ids), 0) ELSE ${counted(upTo * TEXT_TEST_COST)} END::int AS candidates,
            (SELECT coalesce(sum(claims), 0) FROM claim_status_counts)::bigint AS claims
       FROM p, g, LATERAL (SELECT CASE WHEN cardinality(p.pairs) > 0 AND g.worded[1] THEN ${listed(upTo)} END AS ids) ids`,
    [required, groups.map((g) => g.words)],
  )) as { rows: { pairs: string[]; worded: boolean[]; ids: string[] | null; candidates: number; claims: string }[] };
  // a group with neither words the index keeps nor phrases is dropped, as websearch_to_tsquery drops it
  const kept = groups.map((g, i) => ({ ...g, worded: found!.worded[i]! })).filter((g) => g.worded || g.phrases.length || g.excluded.length);
  const test = (alias: string): [string, string[]] => {
    const tests = kept.map((g) => {
      const parts: [string, string[]][] = [
        ...(g.worded ? [[wordTest(alias), [g.words]] as [string, string[]]] : []),
        ...g.phrases.map((p): [string, string[]] => [phraseTest(alias), [p, p]]),
        ...g.excluded.map((p): [string, string[]] => [`NOT ${phraseTest(alias)}`, [p, p]]),
      ];
      return [`(${parts.map(([sql]) => sql).join(' AND ')})`, parts.flatMap(([, b]) => b)] as const;
    });
    return [`(${tests.map(([sql]) => sql).join(' OR ')})`, tests.flatMap(([, b]) => b)];
  };
  const everyWorded = kept.every((g) => g.worded);
  return {
    test,
    indexed: everyWorded ? kept.map((g) => g.words).join(' or ') : null,
    indexFinds: false,
    pairs: found!.pairs,
    candidates: found!.candidates,
    candidateIds: found!.ids && found!.ids.length <= upTo ? found!.ids : null,
    claims: Number(found!.claims),
    walkCost: everyWorded ? 1 : TEXT_TEST_COST,
  };
}

/** The adjacent word pairs of the phrases every match holds ("we will" → "we will"), as the pairs are stored. */
export async function phrasePairs(db: Db | Trx, q: string): Promise<string[]> {
  return (await readSearch(db, q, 0)).pairs;
}
