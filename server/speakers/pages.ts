import type { Request, Response } from 'express';
import type { Db } from '../db/knex';
import { notFound } from '../http/errors';
import { isTimestamp, type FieldErrors } from '../http/validation';
import { STATUS_LABELS } from '../claims/present';
import { speakerUncertain } from '../claims/uncertain';
import type { MergePreview } from './service';
import {
  claimsOfSpeaker, evidenceWordsOf, findSpeaker, listSpeakers, liveSpeaker, mergedInto, mergeOf, speakersDescribedAs, speakerNameKey,
  CLAIM_COUNT_CAP, type SpeakerRow,
} from './repository';

export const PAGE_SIZE = 50;
const CLAIM_CURSOR = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)_(\d{1,15})$/;

export function speakerIdParam(req: Request): number {
  const raw = String(req.params.id ?? '');
  if (!/^\d{1,15}$/.test(raw)) throw notFound('Speaker');
  return Number(raw);
}

export async function renderSpeakerList(db: Db, req: Request, res: Response) {
  const q = typeof req.query.q === 'string' ? req.query.q.trim().slice(0, 200) : '';
  const afterId = typeof req.query.after === 'string' && /^\d{1,15}$/.test(req.query.after) ? Number(req.query.after) : null;
  const after = afterId ? await findSpeaker(db, afterId) : undefined;
  // why: a checkbox sends "1" when ticked and nothing otherwise; any other value reads as not ticked
  const withoutClaims = req.query.all === '1';
  const { rows, more } = await listSpeakers(db, { q: q || null, after: after ? { nameKey: after.name_key } : null, limit: PAGE_SIZE, withoutClaims });
  const last = rows.at(-1);
  const kept = { ...(q ? { q } : {}), ...(withoutClaims ? { all: '1' } : {}) };
  const query = (extra: Record<string, string>) => `/speakers?${new URLSearchParams({ ...kept, ...extra })}`;
  const key = speakerNameKey(q);
  // why: a speaker found by what they are also called ("minister") or by their role shows which the search matched
  const holds = (text: string) => speakerNameKey(text).includes(key);
  const matched = (s: { name: string; aliases: string[] }) => (key && !holds(s.name) ? s.aliases.find(holds) ?? null : null);
  const speakers = rows.map((s) => {
    const alias = matched(s);
    return { ...s, matched: alias, roleMatched: Boolean(key && !alias && !holds(s.name) && s.role && holds(s.role)) };
  });
  // why: an article's descriptions ("the master of the port") are no one's alias, so the list cannot find a speaker by
  // them; the first page of a search shows, beneath it, the other speakers the articles described so
  const described = q && !after ? describedOthers(await speakersDescribedAs(db, q, DESCRIBED_ROWS), new Set(rows.map((s) => s.id))) : [];
  res.render('speakers/list', {
    title: 'Speakers', speakers, described, q, withoutClaims, cap: CLAIM_COUNT_CAP,
    next: more && last ? query({ after: String(last.id) }) : null,
    first: after ? query({}) : null,
  });
}

/** Most rows of described speakers read for a search, and most speakers shown. */
const DESCRIBED_ROWS = 200;
const DESCRIBED_SHOWN = 20;

/**
 * Of the speakers whose evidence words hold a search, those not listed already, each once with their most used such
 * description (not a pronoun nor their own name, as descriptionsAmong tells them).
 */
function describedOthers(rows: Array<{ id: number; name: string; aliases: string[]; written: string; claims: number }>, listed: Set<number>) {
  const out: Array<{ id: number; name: string; written: string; claims: number }> = [];
  const seen = new Set<number>(listed);
  for (const r of rows) {
    if (seen.has(r.id) || descriptionsAmong([{ text: r.written, claims: r.claims }], [r.name, ...r.aliases]).length === 0) continue;
    seen.add(r.id);
    out.push({ id: r.id, name: r.name, written: r.written, claims: r.claims });
    if (out.length === DESCRIBED_SHOWN) break;
  }
  return out;
}

/** Words that stand for a speaker without describing them. */
const PRONOUNS = new Set(['he', 'she', 'they', 'him', 'her', 'them', 'his', 'hers', 'their', 'it', 'its', 'who', 'whom', 'i', 'we', 'you', 'one',
  // the pronouns of articles left in French, Spanish, Italian and Portuguese, folded ("él" is "el", read as an article
  // below)
  'il', 'elle', 'ils', 'elles', 'lui', 'eux', 'qui', 'ella', 'ellos', 'ellas', 'quien', 'quienes', 'lei', 'loro', 'egli', 'ele', 'ela',
  'eles', 'elas', 'quem']);
/** French inversion, the verb joined to its subject pronoun ("a-t-elle", "dit-il"): a pronoun as evidence. */
const INVERTED_PRONOUN = /-(?:t-)?(?:il|elle|ils|elles)\s*$/iu;
/** Most descriptions a speaker's page lists. */
const DESCRIPTIONS_SHOWN = 12;

/**
 * Of the words articles used for a speaker as evidence, the descriptions ("the harbour master", "the port
 * director"): neither a pronoun nor a name, that is, words of the speaker's names after a courtesy title at most
 * ("Ruiz", "Mrs Ruiz"). Folded as names are, so "The port director" and "the port director" count as one.
 */
export function descriptionsAmong(evidence: Array<{ text: string; claims: number }>, names: string[]): Array<{ text: string; claims: number }> {
  const nameWords = new Set(names.flatMap((n) => speakerNameKey(n).split(' ')));
  const out = new Map<string, { text: string; claims: number }>();
  for (const e of evidence) {
    if (INVERTED_PRONOUN.test(e.text)) continue;
    const key = speakerNameKey(e.text);
    const words = key.split(' ').filter((w) => w !== '' && !ARTICLES.has(w));
    if (words.length === 0 || (words.length === 1 && PRONOUNS.has(words[0]!))) continue;
    // ("the UN special rapporteur" for the speaker of that name restates it)
    if (words.filter((w) => !nameWords.has(w)).length <= (TITLE_WORDS.has(words[0]!) ? 1 : 0)) continue;
    const seen = out.get(key);
    if (seen) seen.claims += e.claims;
    else out.set(key, { text: e.text, claims: e.claims });
  }
  return [...out.values()].sort((a, b) => b.claims - a.claims || a.text.localeCompare(b.text)).slice(0, DESCRIPTIONS_SHOWN);
}

const ARTICLES = new Set(['the', 'a', 'an', 'le', 'la', 'les', 'l', 'un', 'une', 'el', 'los', 'las', 'una', 'il', 'lo', 'gli', 'uno', 'o', 'os', 'as',
  'um', 'uma']);
/** Courtesy titles a name may carry in the evidence ("Mrs Ruiz") without describing anyone. */
const TITLE_WORDS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'madame', 'monsieur', 'mme', 'm', 'herr', 'frau', 'senor', 'senora', 'sr', 'sra',
  'mlle', 'dre', 'don', 'dona', 'srta', 'dra', 'sig', 'dott', 'dottssa', 'signor', 'signora']);

/** What a form of the speaker's page sent back to it, with what was wrong (422) or the conflict it met (409). */
export interface SpeakerFormAnswer {
  errors?: FieldErrors;
  values?: Record<string, unknown>;
  message?: string;
  /** Which of the page's forms this is the answer of: the merge form unless said. */
  form?: 'merge' | 'edit';
}

/**
 * A speaker's page; a merged speaker's address leads to the speaker it became. A form's answer (422, 409) re-renders
 * it with that form's input; one sent to a speaker merged meanwhile says so instead.
 */
export async function renderSpeaker(db: Db, req: Request, res: Response, id: number, status = 200, answer: SpeakerFormAnswer = {}) {
  const speaker = await findSpeaker(db, id);
  if (!speaker) throw notFound('Speaker');
  if (speaker.merged_into_id !== null) {
    if (status === 200) return res.redirect(301, `/speakers/${speaker.merged_into_id}`);
    return renderMergedAway(db, res, speaker, answer.values ?? {});
  }
  const raw = typeof req.query.before === 'string' ? req.query.before : '';
  const m = CLAIM_CURSOR.exec(raw);
  const before = m && isTimestamp(m[1]!) ? { at: new Date(m[1]!), id: Number(m[2]) } : null;
  const [{ rows, more }, merged, evidence] = await Promise.all([
    claimsOfSpeaker(db, id, { before, limit: PAGE_SIZE }), mergedInto(db, id), evidenceWordsOf(db, id),
  ]);
  const last = rows.at(-1);
  const answered = status === 200 ? null : answer.form ?? 'merge';
  res.status(status).render('speakers/show', {
    title: speaker.name, speaker, claims: rows, merged, statusLabels: STATUS_LABELS, speakerUncertain,
    describedAs: descriptionsAmong(evidence, [speaker.name, ...speaker.aliases, ...merged.map((m) => m.name)]),
    next: more && last ? `/speakers/${id}?before=${last.updated_at.toISOString()}_${last.id}` : null,
    paged: Boolean(before),
    errors: answer.errors ?? {}, values: answer.values ?? {}, answered,
    mergeMessage: answered === 'merge' ? answer.message ?? null : null,
    editMessage: answered === 'edit' ? answer.message ?? null : null,
  });
}

/**
 * 409: a merge form sent to a speaker another editor merged meanwhile (a second tab): where it went, who merged it,
 * and what the form held; nothing was changed. A redirect to where it went would say none of that.
 */
async function renderMergedAway(db: Db, res: Response, speaker: SpeakerRow, values: Record<string, unknown>) {
  const [into, merge] = await Promise.all([liveSpeaker(db, speaker.merged_into_id!), mergeOf(db, speaker.id)]);
  res.status(409).render('speakers/merged', {
    title: `${speaker.name} was merged`, speaker, into, merge, values,
    message: `${speaker.name} was already merged into another speaker.`,
  });
}

/**
 * Why the confirmation is asked again: the name confirmed leads to another speaker now (a name follows merges), the
 * duplicate's claims are others than the page showed (`claimsSeen`: how many it said), or the form did not say which
 * claims it showed (a page from before it did).
 */
export type AskedAgain = { survivor: true } | { claimsSeen: number } | { unseen: true };

/** The step between the merge form and the merge: what it will do, in numbers, with the form again to confirm it. */
export function renderMergeConfirmation(res: Response, preview: MergePreview, values: { into: string; note: string; version: number }, again: AskedAgain | null) {
  const { loser, survivor } = preview;
  res.render('speakers/confirm-merge', { title: `Merge ${loser.name} into ${survivor.name}?`, ...preview, values, again });
}
