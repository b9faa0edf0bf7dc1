import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import type { TranslationKeys } from '@zxcvbn-ts/core';

/**
 * zxcvbn's score 3: about 10⁸ guesses or more, out of reach of an online attack and slow against a stolen argon2id hash.
 * Below it, NIST SP 800-63B's refusal of common, repetitive, sequential and context-specific passwords.
 */
const STRONG_ENOUGH = 3;

// why: the check's time grows much faster than the length (a random 200-character password took two seconds, 64 of
// them 0.6 s with the default 100 l33t variants); a password whose first 64 characters are hard to guess is, and 16
// variants found every l33t spelling the default did
const CHECKED_CHARACTERS = 64;
const L33T_VARIANTS = 16;

/** What someone who knows the account would try first: its owner's name and email, and this app's name. */
export interface KnownAbout {
  name?: string | null;
  email?: string | null;
}

/** How else the person can get a good password, ending the refusal's advice. */
export const SUGGESTED = 'use the suggested one';

type Warning = keyof TranslationKeys['warnings'];

// the library's warnings as the reason a password is refused; its suggestions are left out, some being composition
// rules ("capitalize more than the first letter") that NIST advises against
const REASONS: Record<Warning, string> = {
  straightRow: 'it is a row of keys on the keyboard',
  keyPattern: 'it is a pattern of keys on the keyboard',
  simpleRepeat: 'it repeats characters, like “aaa”',
  extendedRepeat: 'it repeats a pattern, like “abcabc”',
  sequences: 'it follows a sequence, like “abc” or “1234”',
  recentYears: 'it leans on a recent year',
  dates: 'it leans on a date',
  topTen: 'it is one of the most used passwords',
  topHundred: 'it is one of the most used passwords',
  common: 'it is a common password',
  similarToCommon: 'it is a common password with a few changes',
  wordByItself: 'it is a single word',
  namesByThemselves: 'it is a name',
  commonNames: 'it is made of common names',
  userInputs: 'it contains the account’s name or email, or this app’s name',
  pwned: 'it has been published in a data breach',
};
const NO_REASON = 'its words and patterns are among the first a guessing program tries';

let checker: ZxcvbnFactory | undefined;

// why: its dictionaries take about 0.3 s and 40 MB to load, paid by the first password chosen, not by every start
function strengthChecker(): ZxcvbnFactory {
  if (!checker) {
    const core = require('@zxcvbn-ts/core') as typeof import('@zxcvbn-ts/core');
    const common = require('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common');
    const en = require('@zxcvbn-ts/language-en') as typeof import('@zxcvbn-ts/language-en');
    checker = new core.ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary },
      graphs: common.adjacencyGraphs,
      maxLength: CHECKED_CHARACTERS,
      l33tMaxSubstitutions: L33T_VARIANTS,
    });
  }
  return checker;
}

/** The account's own words, as zxcvbn matches user inputs: whole, and in the pieces a password would reuse. */
export function accountWords({ name, email }: KnownAbout): string[] {
  const words = new Set<string>(['verbatim']);
  const add = (text: string) => {
    const pieces = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
    for (const w of [text.toLowerCase(), pieces.join(''), ...pieces]) if (w) words.add(w);
  };
  if (name) add(name);
  if (email) {
    const at = email.lastIndexOf('@');
    add(email);
    add(at < 0 ? email : email.slice(0, at));
    if (at >= 0) add(email.slice(at + 1).split('.')[0] ?? '');
  }
  return [...words];
}

// letters with no accent to take off, written as a keyboard without them writes them
const PLAIN_LETTERS: Record<string, string> = { ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h' };

/** A character as names are compared: lower case, accents taken off ("Å" → "a", "ß" → "ss"). */
function fold(c: string): string {
  return [...c.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '')].map((l) => PLAIN_LETTERS[l] ?? l).join('');
}

const foldText = (text: string | null | undefined) => (text ? [...text].map(fold).join('') : text);

/**
 * The password without every piece of it that is one of the account's words (3 characters or more, case and accents
 * aside: "Zoë-Ångström-2026!" for Zoë Ångström is "--2026!"); null when it holds none.
 */
function withoutAccountWords(password: string, words: string[]): string | null {
  const chars = [...password];
  let folded = '';
  const from: number[] = [];
  chars.forEach((c, i) => {
    const f = fold(c);
    folded += f;
    for (let k = 0; k < f.length; k++) from.push(i);
  });
  const taken = new Set<number>();
  for (const word of words) {
    if ([...word].length < 3) continue;
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
      for (let k = at; k < at + word.length; k++) taken.add(from[k]!);
    }
  }
  return taken.size === 0 ? null : chars.filter((_, i) => !taken.has(i)).join('');
}

const tooEasy = (reason: string, orElse: string) => `This password is too easy to guess: ${reason}. Add more words, less common ones, or ${orElse}.`;

/**
 * Why a chosen password is too easy to guess, in one sentence; null when it is not. `orElse` ends the advice: what else
 * the person can do where they are (a form suggests a password).
 */
export function guessablePassword(password: string, account: KnownAbout, orElse = SUGGESTED): string | null {
  const words = [...new Set([...accountWords(account), ...accountWords({ name: foldText(account.name), email: foldText(account.email) })])];
  const { score, feedback } = strengthChecker().check(password, words);
  if (score < STRONG_ENOUGH) return tooEasy(feedback.warning ? REASONS[feedback.warning as Warning] ?? NO_REASON : NO_REASON, orElse);
  // why: zxcvbn scores the person's name as a word among others, so their name with a year and a mark
  // ("MariaLopez-2026!") passed; a password holding their words must be hard to guess without them, as a guesser who
  // knows the account tries them first. A generated password that happens to hold "Ana" still is
  const rest = withoutAccountWords(password, words);
  if (rest !== null && strengthChecker().check(rest, words).score < STRONG_ENOUGH) return tooEasy(REASONS.userInputs, orElse);
  return null;
}
