import type { Trx } from '../db/knex';
import type { Actor } from './outcome';
import { findLiveSpeakerForKey, findOrCreateSpeaker, liveSpeakersWithAlias, lockLiveSpeaker, speakerNameKey } from '../speakers/repository';

export type SpeakerRef = { id: number; name: string; name_key: string };
export type TypedSpeaker = { id: number } | { name: string };
type Invalid = { invalid: Record<string, string> };

/**
 * The speaker an editor means, among those Verbatim has: a number is that speaker; a name is the speaker of that
 * name, else the one speaker an article called so (an alias). `unknown`: a name nobody has yet.
 */
export async function knownSpeaker(trx: Trx, typed: TypedSpeaker): Promise<{ speaker: SpeakerRef } | { unknown: string } | Invalid> {
  if ('id' in typed) {
    // share-locked, as a name's speaker is: a merge of it under way finishes first and the number leads on
    const speaker = await lockLiveSpeaker(trx, typed.id);
    return speaker ? { speaker } : { invalid: { speaker: 'No speaker has that id.' } };
  }
  const named = await findLiveSpeakerForKey(trx, speakerNameKey(typed.name));
  if (named) return { speaker: named };
  // why: "Harlow" typed for a claim is Peter Harlow when an article called him so, not a second speaker
  const known = await liveSpeakersWithAlias(trx, typed.name);
  if (known.length > 1) {
    const ids = known.map((k) => `#${k.id} ${k.name}`).join(', ');
    return { invalid: { speaker: `Several speakers are called “${typed.name}”: ${ids}. Type the number of the one you mean.` } };
  }
  return known[0] ? { speaker: known[0] } : { unknown: typed.name };
}

/** The speaker an editor means (`knownSpeaker`), else a new speaker of that name, created inside the caller's transaction. */
export async function resolveSpeaker(trx: Trx, actor: Actor, typed: TypedSpeaker): Promise<{ speaker: SpeakerRef; created: SpeakerRef | null } | Invalid> {
  const known = await knownSpeaker(trx, typed);
  if ('invalid' in known) return known;
  if ('speaker' in known) return { speaker: known.speaker, created: null };
  const found = await findOrCreateSpeaker(trx, { name: known.unknown, aliases: [], kind: 'person', role: null, createdBy: actor.id });
  const speaker = { id: found.row.id, name: found.row.name, name_key: found.row.name_key };
  return { speaker, created: found.created ? speaker : null };
}
