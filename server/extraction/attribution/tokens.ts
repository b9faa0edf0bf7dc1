/** A linear tokenizer for the narrative around quotes: words, punctuation, quote marks, paragraph breaks. */

export const enum K {
  Word,
  Punct,
  Mark,
  Break,
  /** A whole quotation, collapsed into one token of the narrative view. */
  Quote,
}

export interface Tok {
  s: number;
  e: number;
  k: K;
  /** Lower case, dots removed ("U.S." → "us"), possessive removed ("Trump's" → "trump"). */
  key: string;
  /** Starts with a capital letter. */
  cap: boolean;
  possessive: boolean;
  /** Index of the quotation (for `K.Quote`), else -1. */
  q: number;
  /** Index of the paragraph the token starts in. */
  para: number;
}

export const QUOTE_MARKS = '"\'“”„‟«»‹›‘’‚‛「」『』';

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x202f;
const LETTER = /[\p{L}\p{N}]/u;
const isLetterCode = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  if (c < 128) return false;
  return LETTER.test(text[i]!);
};
const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/** Word-internal joiners: apostrophes, hyphens and dots between letters ("don't", "al-Assad", "U.S"). */
const JOINERS = new Set(["'", '’', '-', '.', '‑']);

function wordKey(raw: string): { key: string; possessive: boolean } {
  let w = raw.toLowerCase().replace(/\./g, '').replace(/’/g, "'");
  let possessive = false;
  // why: "Trump's" and "Jones'" name the same person as "Trump" and "Jones"
  if (w.endsWith("'s")) {
    w = w.slice(0, -2);
    possessive = true;
  } else if (w.endsWith("'")) {
    w = w.slice(0, -1);
    possessive = true;
  }
  return { key: w, possessive };
}

/** Tokenizes `text[from, to)`; one pass, no backtracking. `paraAt` gives the paragraph index of an offset. */
export function tokenize(text: string, paraOf: (offset: number) => number): Tok[] {
  const out: Tok[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      let j = i;
      let newlines = 0;
      while (j < n && isSpace(text.charCodeAt(j))) {
        if (text.charCodeAt(j) === 10) newlines++;
        j++;
      }
      if (newlines >= 2) out.push({ s: i, e: j, k: K.Break, key: '\n', cap: false, possessive: false, q: -1, para: paraOf(j) });
      i = j;
      continue;
    }
    if (isLetterCode(text, i)) {
      let j = i + 1;
      while (j < n) {
        if (isLetterCode(text, j)) j++;
        else if (JOINERS.has(text[j]!) && j + 1 < n && isLetterCode(text, j + 1)) j += 2;
        else break;
      }
      // why: a trailing apostrophe after an s is a plural possessive ("the Joneses'"), part of the word
      if (j < n && (text[j] === "'" || text[j] === '’') && text[j - 1] === 's' && (j + 1 >= n || !isLetterCode(text, j + 1)) && j - i > 2) {
        const next = text.charCodeAt(j + 1);
        if (j + 1 >= n || isSpace(next)) j++;
      }
      const raw = text.slice(i, j);
      const { key, possessive } = wordKey(raw);
      out.push({ s: i, e: j, k: K.Word, key, cap: isUpper(raw[0]!), possessive, q: -1, para: paraOf(i) });
      i = j;
      continue;
    }
    const ch = text[i]!;
    const k = QUOTE_MARKS.includes(ch) ? K.Mark : K.Punct;
    // why: "--" and "..." act as one punctuation token
    let j = i + 1;
    if (k === K.Punct) while (j < n && text[j] === ch && j - i < 3) j++;
    out.push({ s: i, e: j, k, key: ch === '…' ? '...' : text.slice(i, j), cap: false, possessive: false, q: -1, para: paraOf(i) });
    i = j;
  }
  return out;
}
