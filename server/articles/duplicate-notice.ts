import { urlKey } from './keys';
import type { ArticleFactsRow } from './repository';
import type { ArticleInput } from './service';

/** The facts a person gave with an import: what they typed, and what they emptied at the preview. */
export type TypedFacts = Omit<ArticleInput, 'text' | 'html' | 'method'>;

type Fact = 'title' | 'url' | 'outlet' | 'author' | 'publishedAt' | 'language' | 'translated';

const LABELS: Record<Fact, string> = {
  title: 'title', url: 'link', outlet: 'outlet', author: 'author', publishedAt: 'publication date', language: 'language',
  translated: 'translated by an aggregator',
};

/** How long a value may run in the notice: it travels in a cookie, whose size browsers limit. */
const SHOWN_CHARS = 80;

/**
 * The notice of an import that found its article already here. The article is left as it is, so the facts typed for
 * it were not applied; those that differ from the article's are named, with the article's, for an editor to carry
 * over with the facts form if they are right. Nothing typed, nothing lost: the plain notice.
 */
export function alreadyImportedNotice(typed: TypedFacts, stored: ArticleFactsRow | undefined, canEdit: boolean): string {
  const plain = 'This article was already imported; here it is.';
  const given = givenFacts(typed);
  if (given.length === 0 || !stored) return plain;
  const differing = given.filter(([fact, value]) => !sameFact(fact, value, stored));
  if (differing.length === 0) return `${plain} The facts you gave were not applied, and need not be: the article has them already.`;
  const listed = differing.map(([fact, value]) => `${LABELS[fact]} ${words(value)} (the article has ${words(storedValue(fact, stored))})`).join('; ');
  const next = canEdit ? 'If yours are right, correct the article’s facts on this page.' : 'If yours are right, an editor can correct the article’s facts.';
  return `${plain} It was left as it is: the facts you gave were not applied. Where they differ from the article’s: ${listed}. ${next}`;
}

type Value = string | boolean | null;

/** Each fact the person gave (a value, or none for a box emptied at the preview), in the facts form's order. */
function givenFacts(typed: TypedFacts): Array<[Fact, Value]> {
  const cleared = new Set(typed.cleared ?? []);
  const text = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);
  const facts: Array<[Fact, Value | undefined]> = [
    ['title', text(typed.title) ?? undefined],
    ['url', text(typed.url) ?? undefined],
    ['outlet', text(typed.outlet) ?? (cleared.has('outlet') ? null : undefined)],
    ['author', text(typed.author) ?? (cleared.has('author') ? null : undefined)],
    ['publishedAt', day(typed.publishedAt) ?? (cleared.has('publishedAt') ? null : undefined)],
    ['language', text(typed.language)?.toLowerCase() ?? (cleared.has('language') ? null : undefined)],
    ['translated', typed.translated ?? undefined],
  ];
  return facts.filter((f): f is [Fact, Value] => f[1] !== undefined);
}

function storedValue(fact: Fact, a: ArticleFactsRow): Value {
  switch (fact) {
    case 'publishedAt': return day(a.published_at);
    case 'language': return a.language?.toLowerCase() ?? null;
    default: return a[fact];
  }
}

function sameFact(fact: Fact, value: Value, a: ArticleFactsRow): boolean {
  // why: one page under two spellings of its address (a tracking parameter, a trailing slash) is the same link
  if (fact === 'url' && typeof value === 'string') return a.url === value || (a.url_key !== null && a.url_key === urlKey(value));
  return storedValue(fact, a) === value;
}

function day(v: string | Date | null | undefined): string | null {
  if (!v) return null;
  const d = v instanceof Date ? v : new Date(v);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

function words(v: Value): string {
  if (v === null) return 'none';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return `“${v.length > SHOWN_CHARS ? `${v.slice(0, SHOWN_CHARS - 1)}…` : v}”`;
}
