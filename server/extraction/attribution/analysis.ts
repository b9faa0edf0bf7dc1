/** Everything attribution knows about one article: the narrative view, its mentions and entities. */
import type { ArticleDocument, QuoteCandidate } from '../types';
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

export interface Analysis {
  view: View;
  ix: Index;
  entities: Entity[];
}

export function analyse(doc: ArticleDocument, quotes: QuoteCandidate[]): Analysis {
  const view = buildView(doc, quotes);
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
