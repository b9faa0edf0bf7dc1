/** Everything attribution knows about one article: the narrative view, its mentions and entities. */
import type { ArticleDocument, QuoteCandidate } from '../types';
import * as ownTitlesModule from './own-titles';
import * as tokensModule from './tokens';
import * as cuesModule from './cues';
import type { Index } from './cues';
import * as entitiesModule from './entities';
import type { Entity } from './entities';
import * as mentionsModule from './mentions';
import * as resolveModule from './resolve';
import * as viewModule from './view';
import type { View } from './view';

// why: bind imports once; the CommonJS interop that runs this code turns each imported name into a getter call
const { buildIndex } = cuesModule;
const { clusterNames } = entitiesModule;
const { findMentions } = mentionsModule;
const { resolveMentions, resolvePronoun, resolveTopics, surnamesInContext } = resolveModule;
const { buildView } = viewModule;
const { ownTitles } = ownTitlesModule;
const { K, LEX } = tokensModule;

export interface Analysis {
  view: View;
  ix: Index;
  entities: Entity[];
}

/** The article's narrative view, with the titles it teaches (`ownTitles`) marked on their words. */
export function viewOf(doc: ArticleDocument, quotes: QuoteCandidate[]): { view: View; titles: ReadonlySet<string> } {
  const view = buildView(doc, quotes);
  const titles = ownTitles(view);
  if (titles.size !== 0) for (const t of view.toks) if (t.k === K.Word && titles.has(t.key)) t.lex |= LEX.title | LEX.personNoun;
  // (a title abbreviated with a dot, "PLtCol.", is a courtesy before a name, as "Col." is, and no noun for a person)
  if (view.abbreviated.size !== 0) for (const t of view.toks) if (t.k === K.Word && view.abbreviated.has(t.key)) t.lex |= LEX.title;
  return { view, titles };
}

/** Mentions, entities and the index of an article's view; run inside `withOwnTitles` of the view's titles. */
export function analyse(view: View): Analysis {
  const mentions = findMentions(view);
  const entities = clusterNames(view, mentions);
  resolveMentions(mentions, entities, view.toks);
  surnamesInContext(mentions, entities, view.toks);
  resolveTopics(view, mentions);
  return { view, ix: buildIndex(view, mentions), entities };
}

/** The entity mention `mi` stands for (-1 when none), resolving a pronoun on first use. */
export function entityOf(a: Analysis, mi: number, prefer = -1, namedInQuote?: (e: Entity) => boolean): number {
  return resolvePronoun(a.ix.mentions, a.entities, mi, prefer, a.view.toks, namedInQuote);
}
