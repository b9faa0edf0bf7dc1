import fc from 'fast-check';

/**
 * Generators of news-like article text for fuzzing the extraction engine: quotations in every glyph pair the
 * engine must know, the damage aggregator scrapers do to them, attribution cues and pronouns, site clutter, and
 * plain noise. Everything here is invented; nothing is taken from evaluation or seed files.
 */

/** Opening/closing pairs seen in print across languages, plus common mis-pairings left by converters. */
export const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['"', '"'], ['“', '”'], ['„', '“'], ['„', '”'], ['«', '»'], ['« ', ' »'], ['»', '«'], ['‹', '›'], ['›', '‹'],
  ['‘', '’'], ["'", "'"], ['‚', '‘'], ['‛', '’'], ['‟', '”'], ['「', '」'], ['『', '』'], ['〝', '〞'], ['〝', '〟'],
  ['＂', '＂'], ['❝', '❞'], ['”', '”'], ['“', '“'], ['``', "''"], ['&quot;', '&quot;'], ['&laquo;', '&raquo;'],
];

export const LONE_MARKS: readonly string[] = [...new Set(QUOTE_PAIRS.flatMap(([o, c]) => [o.trim(), c.trim()]))];

const FIRST = ['Anna', 'Jean', 'Maria', 'Ahmed', 'Li', 'Olga', 'Pedro', 'Aung', 'Fatima', 'Kwame', 'Éloïse', 'Søren', 'Zoë'];
const LAST = ['Petrova', 'Martin', 'Okafor', 'Nguyen', 'García', 'Kowalski', 'Haddad', 'Tanaka', "O'Neill", 'van Dijk', 'Ló'];
const TITLES = ['the minister', 'the spokesperson', 'the general', 'a senior official', 'the professor', 'the mayor'];
const ORGS = ['the Ministry of Defence', 'the United Nations', 'Reuters', 'the central bank', 'local NGOs', 'AFP'];
const CUES = ['said', 'says', 'told reporters', 'added', 'declared', 'assured', 'explained', 'insisted', 'warned',
  'stressed', 'noted', 'claimed', 'replied', 'announced', 'wrote', 'confirmed'];
const PRONOUNS = ['he', 'she', 'they', 'He', 'She', 'it', 'the latter', 'the official'];
const WORDS = ['we', 'will', 'never', 'accept', 'the', 'deal', 'prices', 'rubles', 'sanctions', 'are', 'working',
  'together', 'for', 'peace', 'war', 'economy', 'growth', 'not', 'is', 'a', 'memorandum', 'our', 'partners',
  'everything', 'paid', 'in', 'very', 'soon', 'election', 'results', 'fraud', 'people', 'army', 'country', 'oil'];
const CLUTTER = ['Read also:', 'READ ALSO', 'Share on Facebook', 'Facebook Twitter WhatsApp Email', 'Advertisement',
  'Subscribe to our newsletter', 'Home > World > Asia', 'Copyright © 2022 All rights reserved', 'Source: lefigaro',
  'Source : example-news', 'Photo: AFP', 'Sign in | Register', 'Comments (12)', 'Related articles', '×', '▶ Play video',
  'Translated by an automatic service', 'Published on 09/07/2022 at 10:42', 'Updated 2022-09-07T10:42:00Z'];

const pick = (xs: readonly string[]) => fc.constantFrom(...xs);
const pair = fc.constantFrom(...QUOTE_PAIRS);
const name = fc.tuple(pick(FIRST), pick(LAST)).map(([f, l]) => `${f} ${l}`);
const who = fc.oneof({ weight: 3, arbitrary: name }, { weight: 1, arbitrary: pick(TITLES) }, { weight: 1, arbitrary: pick(ORGS) });
const cue = pick(CUES);
const pronoun = pick(PRONOUNS);
const sentence = fc.array(pick(WORDS), { minLength: 1, maxLength: 18 })
  .chain((ws) => fc.constantFrom('.', '!', '?', '', '…', ',').map((p) => ws.join(' ') + p))
  .map((s) => s.charAt(0).toUpperCase() + s.slice(1));
const shortPhrase = fc.array(pick(WORDS), { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));

const quoted = fc.tuple(pair, sentence).map(([[o, c], s]) => `${o}${s}${c}`);

/** Attributed quotations in the constructions newspapers use. */
const attributedQuote = fc.oneof(
  fc.tuple(quoted, who, cue).map(([q, w, c]) => `${q}, ${w} ${c}.`),
  fc.tuple(who, cue, quoted).map(([w, c, q]) => `${w} ${c}: ${q}`),
  fc.tuple(quoted, cue, who).map(([q, c, w]) => `${q}, ${c} ${w}.`),
  fc.tuple(quoted, pronoun, cue, quoted).map(([a, p, c, b]) => `${a} ${p} ${c}. ${b}`),
  fc.tuple(who, sentence).map(([w, s]) => `According to ${w}, ${s}`),
  fc.tuple(sentence, pronoun, cue).map(([s, p, c]) => `${s.replace(/[.!?…]$/, '')}, ${p} ${c}.`),
  fc.tuple(who, cue, sentence).map(([w, c, s]) => `${w} ${c} that ${s}`),
  fc.tuple(who, pair, shortPhrase, sentence).map(([w, [o, c], p, s]) => `${w} called it ${o}${p}${c} and added ${s}`),
  fc.tuple(pair, pair, sentence, shortPhrase).map(([[o, c], [io, ic], s, p]) => `${o}${s} ${io}${p}${ic} ${s}${c}`),
);

/** What scrapers and machine translation do to quotations. */
const damagedQuote = fc.oneof(
  fc.tuple(pair, sentence).map(([[o, c], s]) => `${o}\n${s}\n${c}`),
  fc.tuple(pair, sentence).map(([[o, c], s]) => `${o}\n\n${s}\n\n${c}`),
  fc.tuple(pair, sentence).map(([[, c], s]) => `${s}${c}`),
  fc.tuple(pair, sentence).map(([[o], s]) => `${o}${s}`),
  fc.tuple(pair, sentence).map(([[o, c], s]) => `${c}${s}${o}`),
  fc.tuple(pair, sentence, sentence).map(([[o, c], a, b]) => `${o}${a}\n\n${o}${b}${c}`),
  fc.tuple(sentence, who, cue).map(([s, w, c]) => `${s.replace(/[.!?…]$/, '')}\n.\n${w} ${c}.`),
  fc.tuple(pair, sentence, who, cue).map(([[o, c], s, w, k]) => `${w} ${k}\n\n${o}${s}\n\n${c}`),
  fc.tuple(pick(LONE_MARKS), fc.nat({ max: 40 })).map(([m, n]) => m.repeat(n + 1)),
  fc.tuple(pair, fc.nat({ max: 30 }), sentence).map(([[o, c], d, s]) => o.repeat(d) + s + c.repeat(d)),
);

const clutterLine = fc.oneof(
  pick(CLUTTER),
  fc.tuple(pick(CLUTTER), sentence).map(([c, s]) => `${c} ${s}`),
  fc.tuple(name).map(([n]) => `By ${n}`),
  fc.webUrl().map((u) => u),
);

/** Characters a broken pipeline may leave in text, lone surrogate halves included. */
const oddChar = fc.oneof(
  fc.constantFrom('\u0000', '\u200b', '\u200e', '\u202e', '\ufeff', '\ufffd', '\u2028', '\u2029', '\u00a0', '\t', '\r',
    '\u0301', '\ud83d', '\ude00', '😀', '👩‍👩‍👧', '\\', '<', '>', '&', '$1', '$&', '.*', '(?:', '\u000b', '\f'),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((n) => String.fromCharCode(n)),
);
const noise = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: fc.oneof(oddChar, pick(LONE_MARKS), fc.constantFrom(' ', '\n', '.', ',', ':')), maxLength: 120 }),
);

const piece = fc.oneof(
  { weight: 5, arbitrary: sentence },
  { weight: 4, arbitrary: attributedQuote },
  { weight: 3, arbitrary: damagedQuote },
  { weight: 2, arbitrary: clutterLine },
  { weight: 1, arbitrary: noise },
);
const separator = fc.constantFrom(' ', ' ', '\n', '\n\n', '\n\n', '\r\n', '\r\n\r\n', '\n \n', '\n\n\n', '\t', '\u2029', '');

/** One article: a title line, then pieces joined by paragraph and line breaks. */
export const articleText: fc.Arbitrary<string> = fc
  .tuple(sentence, fc.array(fc.tuple(piece, separator), { minLength: 0, maxLength: 120, size: 'large' }))
  .map(([title, parts]) => title + '\n\n' + parts.map(([p, s]) => p + s).join(''));

/**
 * Attributed quotations strung together with nothing that ends a sentence (no stop anywhere, and a quotation that
 * closes without one runs on into the words after it), so a whole input is one sentence: every look-up that walks
 * from a sentence's start must be bounded.
 */
export const endlessSentencePiece: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(pick(TITLES), cue, pair, shortPhrase).map(([w, c, [o, cl], p]) => `${w.toLowerCase()} ${c} ${o}${p}${cl} `),
  fc.tuple(name, cue, pair, shortPhrase).map(([w, c, [o, cl], p]) => `and ${w}'s top aide ${c} ${o}${p}${cl} `),
  fc.tuple(pair, shortPhrase, pronoun, cue).map(([[o, cl], p, w, c]) => `${o}${p},${cl} ${w.toLowerCase()} ${c}, `),
  fc.tuple(who, cue, pair, shortPhrase).map(([w, c, [o, cl], p]) => `while ${w} ${c} ${o}${p}${cl} and `),
);

/** Inputs meant to break linear-time assumptions: long runs with no structure. */
export const pathologicalText: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(pick(LONE_MARKS), fc.integer({ min: 1000, max: 20000 })).map(([m, n]) => m.repeat(n)),
  fc.tuple(pick(LONE_MARKS), fc.integer({ min: 1000, max: 10000 })).map(([m, n]) => `${m}a `.repeat(n)),
  fc.integer({ min: 1000, max: 50000 }).map((n) => 'x'.repeat(n)),
  fc.tuple(pair, fc.integer({ min: 100, max: 3000 })).map(([[o, c], n]) => o.repeat(n) + 'x' + c.repeat(n)),
  fc.tuple(pair, fc.integer({ min: 100, max: 3000 })).map(([[o, c], n]) => `${o}a${c} `.repeat(n)),
  fc.tuple(pick(CUES), fc.integer({ min: 100, max: 5000 })).map(([c, n]) => `he ${c}, `.repeat(n)),
  fc.integer({ min: 100, max: 5000 }).map((n) => 'Read also:\n'.repeat(n)),
  fc.integer({ min: 100, max: 20000 }).map((n) => '\n'.repeat(n)),
  fc.array(endlessSentencePiece, { minLength: 500, maxLength: 5000 }).map((xs) => xs.join('')),
);

/** Everything the fuzzer feeds: mostly articles, some noise and some pathological inputs. */
export const fuzzInput: fc.Arbitrary<string> = fc.oneof(
  { weight: 90, arbitrary: articleText },
  { weight: 6, arbitrary: noise },
  { weight: 2, arbitrary: fc.array(articleText, { minLength: 8, maxLength: 32 }).map((xs) => xs.join('\n\n')) },
  { weight: 2, arbitrary: pathologicalText },
);
