import type { Trx } from '../db/knex';
import type { Actor } from './outcome';
import { findLiveSpeakerForKey, findOrCreateSpeaker, liveSpeakersEndingWith, liveSpeakersWithAlias, lockLiveSpeaker, speakerNameKey } from '../speakers/repository';

export type SpeakerRef = { id: number; name: string; name_key: string };
/** `asNew`: the editor has said the name is a new speaker's, whoever else goes by it or by its last words. */
export type TypedSpeaker = { id: number } | { name: string; asNew?: boolean };
type Invalid = { invalid: Record<string, string> };

/** How a refusal of a name for the speakers it may mean ends: the forms offer a box for "a new speaker" under it. */
const NEW_SPEAKER_OFFER = 'Type the number of the one you mean, or tick “a new speaker” for someone else.';

/** Whether a speaker field's error is such a refusal, so that its form offers the "new speaker" box. */
export const offersNewSpeaker = (error: unknown): boolean => typeof error === 'string' && error.endsWith(NEW_SPEAKER_OFFER);

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
  if (typed.asNew) return { unknown: typed.name };
  // why: "Harlow" typed for a claim is Peter Harlow when an article called him so, not a second speaker
  const known = await liveSpeakersWithAlias(trx, typed.name);
  if (known.length > 1) {
    return { invalid: { speaker: `Several speakers are called “${typed.name}”: ${listed(known)}. ${NEW_SPEAKER_OFFER}` } };
  }
  if (known[0]) return { speaker: known[0] };
  // why: "Putin" typed where no article called him so is still most likely Vladimir Putin; a second speaker of his
  // surname would split his claims, so the editor is asked, and says "a new speaker" for someone else
  const bySurname = await liveSpeakersEndingWith(trx, typed.name);
  if (bySurname.length > 0) {
    const who = bySurname.length === 1 ? `${listed(bySurname)} ends with that name` : `${listed(bySurname)} end with that name`;
    return { invalid: { speaker: `No speaker is called “${typed.name}”, but ${who}. ${NEW_SPEAKER_OFFER}` } };
  }
  return { unknown: typed.name };
}

const listed = (speakers: { id: number; name: string }[]) => speakers.map((k) => `#${k.id} ${k.name}`).join(', ');

/** The speaker an editor means (`knownSpeaker`), else a new speaker of that name, created inside the caller's transaction. */
export async function resolveSpeaker(trx: Trx, actor: Actor, typed: TypedSpeaker): Promise<{ speaker: SpeakerRef; created: SpeakerRef | null } | Invalid> {
  const known = await knownSpeaker(trx, typed);
  if ('invalid' in known) return known;
  if ('speaker' in known) return { speaker: known.speaker, created: null };
  const found = await findOrCreateSpeaker(trx, { name: known.unknown, aliases: [], kind: 'person', role: null, createdBy: actor.id });
  const speaker = { id: found.row.id, name: found.row.name, name_key: found.row.name_key };
  return { speaker, created: found.created ? speaker : null };
}
