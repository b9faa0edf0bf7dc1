import type { Db } from '../db/knex';
import { recordAudit, recordAuditWithParts } from '../audit/service';
import { AppError, conflict, notFound } from '../http/errors';
import {
  claimsToMove, findSpeaker, formerNameKeysOf, lockSpeakers, markMerged, mergedInto, moveClaims, setAliases, speakerNameKey, writeSpeakerEdit,
  type ClaimsToMove, type SpeakerRow,
} from './repository';

export interface Actor {
  id: number;
  ip: string | null;
}

export interface MergeInput {
  /** The duplicate: it keeps its row, pointing at the survivor, and its page redirects there. */
  loserId: number;
  survivorId: number;
  /** The loser's version the editor saw; a stale one is refused. */
  version?: number;
  note?: string | null;
  /**
   * The duplicate's claims as the confirmation page showed them: when they are others by the time the merge holds
   * its locks, nothing is written and the merge answers with what it would do now.
   */
  seen?: Pick<ClaimsToMove, 'claims' | 'fingerprint'>;
}

export interface MergeOutcome {
  survivorId: number;
  claimsMoved: number;
  /** The duplicate was merged into this survivor already: nothing was written. */
  alreadySo: boolean;
  loserName: string;
}

/**
 * Two speaker records that are one person become one: the duplicate's claims move to the survivor with their
 * denormalised speaker name rewritten, its name and aliases join the survivor's aliases, and it keeps
 * `merged_into_id` so old links and later imports of its name lead to the survivor. One `speaker.merge` event, and
 * for each claim moved a `claim.speaker_merge` event that is part of it, so the claim's history and a form left open
 * on it say what changed its speaker.
 * A merge the speakers already read as (sent twice, or from a second tab after the first made it) is done and writes
 * nothing; a speaker already merged into another than the one asked is refused, nothing changed; a merge confirmed on
 * other claims than the duplicate has now writes nothing and answers with what it would do now, to be confirmed again.
 */
export async function mergeSpeakers(db: Db, actor: Actor, input: MergeInput): Promise<MergeAnswer> {
  return db.transaction(async (trx) => {
    const { loser, survivor, alreadySo } = checkMerge(input, await lockSpeakers(trx, [input.loserId, input.survivorId]));
    if (alreadySo) return { done: { survivorId: survivor.id, claimsMoved: 0, alreadySo, loserName: loser.name } };
    // why: with the speaker locked no claim is attributed to it, and with its claims locked none leaves it, until this
    // commits: the claims compared here are the claims that move
    const moving = await claimsToMove(trx, loser.id, { lock: true });
    if (input.seen && (input.seen.claims !== moving.claims || input.seen.fingerprint !== moving.fingerprint)) {
      return { preview: await previewOf(trx, loser, survivor, moving) };
    }
    const aliases = joinAliases(survivor, loser);
    const moved = await moveClaims(trx, loser.id, survivor, actor.id);
    await setAliases(trx, survivor.id, aliases);
    await markMerged(trx, loser.id, survivor.id);
    await recordAuditWithParts(trx, {
      actorId: actor.id, action: 'speaker.merge', entityType: 'speaker', entityId: survivor.id, ip: actor.ip, note: input.note ?? null,
      before: { loser: snapshot(loser), survivor: snapshot(survivor) },
      after: { loser: { id: loser.id, merged_into_id: survivor.id }, survivor: { ...snapshot(survivor), aliases }, claims_moved: moved.length, claim_ids: moved.map((c) => c.id) },
    }, moved.map((c) => ({
      actorId: actor.id, action: 'claim.speaker_merge', entityType: 'claim', entityId: c.id, ip: actor.ip, note: input.note ?? null,
      before: { speaker_id: loser.id, speaker_name: c.was_speaker_name, version: c.version - 1 },
      after: { speaker_id: survivor.id, speaker_name: survivor.name, version: c.version },
    })));
    return { done: { survivorId: survivor.id, claimsMoved: moved.length, alreadySo: false, loserName: loser.name } };
  });
}

/** What a merge would do, checked as the merge checks it, for the page that asks the editor to confirm it. */
export interface MergePreview extends ClaimsToMove {
  loser: SpeakerRow;
  survivor: SpeakerRow;
  /** The loser's name and aliases the survivor does not have yet. */
  aliasesAdded: string[];
  /** Speakers merged into the loser earlier, which will lead to the survivor too. */
  mergedFrom: string[];
}

/** A merge made (or made already), or what it would do, to be confirmed first. */
export type MergeAnswer = { done: MergeOutcome } | { preview: MergePreview };

/** Reads without writing or locking: the merge checks everything again when it is confirmed. */
export async function previewMerge(db: Db, input: MergeInput): Promise<MergeAnswer> {
  const rows = (await Promise.all([findSpeaker(db, input.loserId), findSpeaker(db, input.survivorId)])).filter((r) => r !== undefined);
  const { loser, survivor, alreadySo } = checkMerge(input, rows);
  if (alreadySo) return { done: { survivorId: survivor.id, claimsMoved: 0, alreadySo, loserName: loser.name } };
  return { preview: await previewOf(db, loser, survivor, await claimsToMove(db, loser.id)) };
}

async function previewOf(db: Db, loser: SpeakerRow, survivor: SpeakerRow, claims: ClaimsToMove): Promise<MergePreview> {
  const merged = await mergedInto(db, loser.id);
  const aliasesAdded = joinAliases(survivor, loser).filter((a) => !survivor.aliases.includes(a));
  return { loser, survivor, ...claims, aliasesAdded, mergedFrom: merged.map((m) => m.name) };
}

/**
 * The rules of a merge, on the two speakers as read: refused (thrown), made already (the same merge sent twice, or
 * from a second tab after the first made it), or to be made.
 */
function checkMerge(input: MergeInput, rows: SpeakerRow[]): { loser: SpeakerRow; survivor: SpeakerRow; alreadySo: boolean } {
  if (input.loserId === input.survivorId) throw new AppError(422, 'A speaker cannot be merged into itself');
  const loser = rows.find((r) => r.id === input.loserId);
  const survivor = rows.find((r) => r.id === input.survivorId);
  if (!loser || !survivor) throw notFound('Speaker');
  if (loser.merged_into_id === survivor.id) return { loser, survivor, alreadySo: true };
  if (loser.merged_into_id !== null) throw conflict(`${loser.name} was already merged into another speaker`);
  if (survivor.merged_into_id !== null) throw new AppError(422, `${survivor.name} was merged into another speaker; merge into that one`);
  if (input.version !== undefined && input.version !== loser.version) {
    throw conflict(`${loser.name} was changed by someone else meanwhile; check it again before merging`);
  }
  return { loser, survivor, alreadySo: false };
}

function joinAliases(survivor: SpeakerRow, loser: SpeakerRow): string[] {
  const seen = new Set([survivor.name.toLowerCase()]);
  const out: string[] = [];
  for (const a of [...survivor.aliases, loser.name, ...loser.aliases]) {
    const key = a.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(a);
  }
  return out;
}

const snapshot = (s: SpeakerRow) => ({ id: s.id, name: s.name, aliases: s.aliases, role: s.role, version: s.version });

export interface EditInput {
  id: number;
  /** The speaker's version the editor saw; a stale one is refused. */
  version: number;
  /** Cleaned (cleanName) and checked (nameProblem) by the caller. */
  name: string;
  role: string | null;
  kind: 'person' | 'organization';
  note: string | null;
}

/** What an edit did: nothing when the speaker already read so; else how many claims now show the new name. */
export type EditOutcome = { unchanged: true } | { unchanged: false; claimsRenamed: number; formerName: string | null };

/**
 * An editor corrects a speaker's name (a spelling the translation got wrong, a name missing its given name), role or
 * kind. The claims keep their speaker and their verdicts (the same person), showing the new name. A name whose key
 * changes leaves the old one as an alias, where the list's search finds it, and as a former key, so articles imported
 * later that write it lead here. Refused when another live speaker carries the new name: that is a merge, said so. One
 * `speaker.update` event, and for each claim that shows the new name a `claim.speaker_rename` event that is part of
 * it, in the same transaction. An edit the speaker already reads as (sent twice, or another editor made it) writes
 * nothing.
 */
export async function editSpeaker(db: Db, actor: Actor, input: EditInput): Promise<EditOutcome> {
  return db.transaction(async (trx) => {
    const [speaker] = await lockSpeakers(trx, [input.id]);
    if (!speaker) throw notFound('Speaker');
    if (speaker.merged_into_id !== null) throw new AppError(410, `${speaker.name} was merged into another speaker`);
    const wanted = { name: input.name, role: input.role, kind: input.kind };
    if (wanted.name === speaker.name && wanted.role === speaker.role && wanted.kind === speaker.kind) return { unchanged: true };
    if (input.version !== speaker.version) throw conflict(`${speaker.name} was changed by someone else meanwhile; check it again before saving`);
    const oldKey = speaker.name_key;
    const newKey = speakerNameKey(wanted.name);
    if (newKey !== oldKey) {
      const holder: { id: number; name: string } | undefined = await trx('speakers').where({ name_key: newKey }).whereNull('merged_into_id').first('id', 'name');
      if (holder) throw new AppError(422, `Speaker #${holder.id} is already called ${holder.name}: if that is the same person, merge this speaker into them below`);
    }
    const formerNameKeys = await formerNameKeysOf(trx, speaker.id);
    const renamed = newKey !== oldKey;
    const edit = {
      ...wanted,
      // (an alias the new name restates goes; the old name joins them when it was another)
      aliases: [...speaker.aliases.filter((a) => speakerNameKey(a) !== newKey), ...(renamed && !speaker.aliases.some((a) => speakerNameKey(a) === oldKey) ? [speaker.name] : [])],
      formerNameKeys: [...new Set([...formerNameKeys, ...(renamed ? [oldKey] : [])])].filter((k) => k !== newKey).sort(),
    };
    const renamedClaims = await writeSpeakerEdit(trx, speaker.id, edit).catch((err: unknown) => {
      // why: an import or a correction may create a speaker of that name between the check above and this write
      if ((err as { constraint?: string }).constraint === 'speakers_name_key_live_idx') {
        throw new AppError(422, `Another speaker was just given the name ${edit.name}: if that is the same person, merge this speaker into them below`);
      }
      throw err;
    });
    const claimsRenamed = renamedClaims.length;
    // why: each claim's own history says that the name it shows was corrected, and by whom; its version stays, so a
    // verdict form open on it stays valid (the speaker is the same person)
    await recordAuditWithParts(trx, {
      actorId: actor.id, action: 'speaker.update', entityType: 'speaker', entityId: speaker.id, ip: actor.ip, note: input.note,
      before: { ...snapshot(speaker), kind: speaker.kind },
      after: { id: speaker.id, name: edit.name, aliases: edit.aliases, role: edit.role, kind: edit.kind, version: speaker.version + 1, claims_renamed: claimsRenamed },
    }, renamedClaims.map((c) => ({
      actorId: actor.id, action: 'claim.speaker_rename', entityType: 'claim', entityId: c.id, ip: actor.ip, note: input.note,
      before: { speaker_id: speaker.id, speaker_name: c.was_speaker_name, version: c.version },
      after: { speaker_id: speaker.id, speaker_name: edit.name, version: c.version },
    })));
    return { unchanged: false, claimsRenamed, formerName: renamed ? speaker.name : null };
  });
}
