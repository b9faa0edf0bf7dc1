/** Everything attribution knows about one article: the narrative view, its mentions and entities. */
import type { ArticleDocument, QuoteCandidate } from '../types';
import { buildIndex, type Index } from './cues';
import { clusterNames, type Entity } from './entities';
import { findMentions } from './mentions';
import { resolveMentions } from './resolve';
import { buildView, type View } from './view';

export interface Analysis {
  view: View;
  ix: Index;
  entities: Entity[];
}

export function analyse(doc: ArticleDocument, quotes: QuoteCandidate[]): Analysis {
  const view = buildView(doc, quotes);
  const mentions = findMentions(view);
  const entities = clusterNames(view, mentions);
  resolveMentions(mentions, entities);
  return { view, ix: buildIndex(view, mentions), entities };
}
