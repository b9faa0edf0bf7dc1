import type { Request, Response } from 'express';
import type { Db } from '../db/knex';
import { notFound } from '../http/errors';
import { cleanName, type FieldErrors } from '../http/validation';
import { excerptAround, type Excerpt, type Highlight } from './excerpt';
import { claimRemoval, type ClaimEvent } from './history-repository';
import { changeLines, peopleNamedBy } from '../audit/changes';
import { namesOf } from '../users/repository';
import { removalSentence } from '../audit/labels';
import { typedQuoteKey } from './quote-text';
import type { AttributionValues } from './inputs';
import { claimViewHelpers, STATUS_LABELS } from './present';
import { loadClaimPage, type ClaimPageData } from './page-repository';
import { summariseSameWords } from './same-words';
import { articleExists } from './repository';

export interface ClaimPageForms {
  verdict?: { values: Record<string, string>; errors: FieldErrors };
  attribution?: { values: AttributionValues; errors: FieldErrors };
  assignErrors?: FieldErrors;
  removal?: { values: { note: string }; errors: FieldErrors };
  /** `?verdict_from=N`: fill the verdict form with the verdict of claim N, another claim holding the same words. */
  verdictFrom?: unknown;
}

const EMPTY_ATTRIBUTION: AttributionValues = { action: '', speaker: '', was_speaker: '', quote: '', was_quote: '', start: '', end: '', note: '', new_speaker: '' };

export function claimIdParam(req: Request): number {
  const raw = req.params.id;
  if (typeof raw !== 'string' || !/^[1-9]\d{0,15}$/.test(raw)) throw notFound('Claim');
  return Number(raw);
}

/**
 * Who the claim's history names by account number (an assignee), by name: the reviewers the page lists already, and
 * in one look-up any it does not (a deactivated assignee, who is no choice to assign to but stays named in the trail).
 */
async function peopleOf(db: Db, page: ClaimPageData, events: ClaimEvent[]): Promise<ReadonlyMap<number, string>> {
  const people = new Map(page.reviewers.map((u) => [u.id, u.name]));
  const missing = [...new Set(events.flatMap((e) => peopleNamedBy(e.action, e.before, e.after)))].filter((id) => !people.has(id));
  for (const [id, name] of await namesOf(db, missing)) people.set(id, name);
  return people;
}

/** How much of the paragraph that names the speaker the claim page shows. */
const NAMING_CHARS = 600;

/**
 * Where the article names the speaker a pronoun or a description stood for: the occurrence of the full name nearest
 * before the mention, else the first after it; failing the full name, the surname alone. Null when the mention is the
 * name itself, or the article never writes it.
 */
export function namingSpan(body: string, name: string | null, mention: string | null, at: number): { start: number; end: number } | null {
  if (!name || !mention) return null;
  const surname = name.split(/\s+/).at(-1)!;
  if (mention.includes(surname)) return null;
  for (const wanted of name === surname ? [name] : [name, surname]) {
    let before = -1;
    let after = -1;
    for (let i = body.indexOf(wanted); i >= 0; i = body.indexOf(wanted, i + wanted.length)) {
      if (!wordAt(body, i, wanted.length)) continue;
      if (i < at) before = i;
      else {
        after = i;
        break;
      }
    }
    const found = before >= 0 ? before : after;
    if (found >= 0) return { start: found, end: found + wanted.length };
  }
  return null;
}

/** How far, in characters, the sentence around a quote alone in its paragraph is shown on either side. */
const SENTENCE_CHARS = 600;
const PARAGRAPH_BREAK = /\n[ \t]*\n/g;

/**
 * A quote alone in its paragraph, its marks aside and no speaker's mention beside it (a scraper put it on lines of its
 * own), with the sentence it stands in: the paragraphs before it back to one that starts a sentence, and after it up
 * to one that ends a sentence, within SENTENCE_CHARS each way. A claim whose speaker is named beside it shows that
 * sentence already; one without had shown its words alone, with nothing of what the article said around them.
 */
export function inItsSentence(body: string, highlights: Highlight[]): Excerpt {
  const excerpt = excerptAround(body, highlights);
  if (excerpt.segments.some((s) => s.kinds.length === 0 && LETTER.test(s.text))) return excerpt;
  if (!excerpt.segments.some((s) => s.kinds.length > 0)) return excerpt;
  const { from, to } = excerpt;
  const breaks = [...body.matchAll(PARAGRAPH_BREAK)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  let start = from;
  for (const gap of breaks.filter((b) => b.end <= from).reverse()) {
    const previous = breaks.findLast((b) => b.end <= gap.start)?.end ?? 0;
    start = Math.max(previous, from - SENTENCE_CHARS);
    const first = LETTER.exec(body.slice(previous, gap.start))?.[0];
    if (start > previous || (first !== undefined && !/\p{Ll}/u.test(first))) break;
  }
  let end = to;
  for (const gap of breaks.filter((b) => b.start >= to)) {
    const next = breaks.find((b) => b.start >= gap.end)?.start ?? body.length;
    end = Math.min(next, to + SENTENCE_CHARS);
    if (end < next || /[.!?…。]/u.test(body.slice(gap.end, next))) break;
  }
  if (start === from && end === to) return excerpt;
  const plain = (text: string) => (text ? [{ text, kinds: [] }] : []);
  return {
    segments: [...plain(body.slice(start, from)), ...excerpt.segments, ...plain(body.slice(to, end))],
    from: start,
    to: end,
    clippedBefore: start > 0,
    clippedAfter: end < body.length,
    covers: (at) => at >= start && at < end,
  };
}

const LETTER = /[\p{L}\p{N}]/u;
/** Whether body[i, i + length) stands as whole words. */
function wordAt(body: string, i: number, length: number): boolean {
  return !(i > 0 && LETTER.test(body[i - 1]!)) && !(i + length < body.length && LETTER.test(body[i + length]!));
}

/** The claim page; a form's 422 re-renders it with that form's input and errors in place. */
export async function renderClaimPage(db: Db, res: Response, id: number, status = 200, forms: ClaimPageForms = {}): Promise<void> {
  const page = await loadClaimPage(db, id);
  if (!page) {
    const removal = await claimRemoval(db, id);
    if (removal) return renderRemoved(db, res, id, removal);
    throw notFound('Claim');
  }
  const { claim } = page;
  const highlights: Highlight[] = [{ start: claim.start_offset, end: claim.end_offset, kind: 'quote' }];
  if (claim.mention_start !== null && claim.mention_end !== null) highlights.push({ start: claim.mention_start, end: claim.mention_end, kind: 'mention' });
  if (claim.source_start !== null && claim.source_end !== null) highlights.push({ start: claim.source_start, end: claim.source_end, kind: 'source' });
  const excerpt = inItsSentence(claim.article_body, highlights);
  const borrowed = forms.verdictFrom === undefined ? null : borrowVerdict(page, forms.verdictFrom);
  const named = namingSpan(claim.article_body, claim.speaker_name, claim.mention_text, claim.mention_start ?? claim.start_offset);
  res.status(status).render('claims/show', {
    ...claimViewHelpers,
    claim,
    excerpt,
    // why: "he" or "the head of the junta" is evidence only with the sentence that names the person it stands for
    naming: named && !excerpt.covers(named.start) ? excerptAround(claim.article_body, [{ ...named, kind: 'mention' }], NAMING_CHARS) : null,
    reviews: page.reviews,
    events: page.events,
    speakerChoices: page.speakerChoices,
    reviewers: page.reviewers,
    sameWords: page.sameWords,
    sameWordsSummary: page.sameWords && summariseSameWords(page.sameWords, { hasSpeaker: claim.speaker_id !== null, status: claim.status }),
    changeLines,
    people: await peopleOf(db, page, page.events),
    verdict: forms.verdict ?? { values: borrowed?.values ?? { status: '', note: '', evidence_url: '' }, errors: {} },
    borrowedNotice: forms.verdict ? null : borrowed?.notice ?? null,
    // why: a correction of the boundaries alone need not retype the speaker, and the quote is corrected by editing it
    attribution: forms.attribution ?? { values: { ...EMPTY_ATTRIBUTION, ...shownAttribution(claim) }, errors: {} },
    assignErrors: forms.assignErrors ?? {},
    removal: forms.removal ?? { values: { note: '' }, errors: {} },
  });
}

/**
 * The verdict form filled in with the verdict another claim holding the same words holds, for a reviewer to check
 * against this article and save (nothing is written until they do): its status, its note, saying whose verdict it
 * was, and its evidence links. Only a claim the page lists among the same words, and one holding a verdict, is
 * taken; anything else leaves the form empty and says why.
 */
export function borrowVerdict(page: ClaimPageData, raw: unknown): { values: Record<string, string> | null; notice: string } {
  const id = typeof raw === 'string' && /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : null;
  const twin = id === null ? undefined : page.sameWords?.claims.find((c) => c.id === id);
  if (!twin) {
    return { values: null, notice: `The verdict form is empty: ${id === null ? 'the claim to take a verdict from was not a claim number' : `claim ${id} is not one of the claims listed with the same words`}.` };
  }
  if (twin.status === 'unreviewed' || !twin.verdict_by) return { values: null, notice: `The verdict form is empty: claim ${id} holds no verdict.` };
  const source = `As for claim ${twin.id}, the same words in “${twin.article_title}” (${STATUS_LABELS[twin.status].toLowerCase()} by ${twin.verdict_by})`;
  return {
    values: { status: twin.status, note: twin.verdict_note ? `${source}: ${twin.verdict_note}` : `${source}.`, evidence_url: twin.evidence_urls.join('\n') },
    notice: `The verdict form holds claim ${twin.id}’s verdict on the same words. Check it against this article, then save it.`,
  };
}

/** "Claim 12 was removed by Eddie Editor on 2026-11-30: a book title, not speech." */
export function removedSentence(id: number, removal: ClaimEvent): string {
  return removalSentence(`Claim ${id}`, removal);
}

/**
 * 410: what a removed claim was, who removed it, when and why, and where its article is; or that the article went too
 * (with the claim, or since), when there is no article page left to add its words back from.
 */
async function renderRemoved(db: Db, res: Response, id: number, removal: ClaimEvent) {
  const before = (removal.before ?? {}) as { quote?: string; speaker_name?: string | null; article_id?: number };
  const articleGone = typeof before.article_id === 'number' && !(await articleExists(db, before.article_id));
  res.status(410).render('claims/removed', { title: `Claim ${id} removed`, id, removal, before, articleGone, sentence: removedSentence(id, removal) });
}

/** The correction form's boxes as the claim has them, each also carried as what the form showed (`was_…`). */
const shownAttribution = (claim: { speaker_name: string | null; quote: string }) => {
  const speaker = claim.speaker_name ?? '';
  return { speaker, was_speaker: speaker, quote: claim.quote, was_quote: claim.quote };
};

/**
 * A correction sent again from a conflict page changes only what this editor changed: a box left as it was shown
 * now shows the claim as it is (another editor may have corrected the speaker or moved the quote), one the editor
 * changed keeps their input, and the form remembers the claim as it is now as what it showed.
 */
function rebasedAttribution(values: AttributionValues, current: { speaker_name: string | null; quote: string }): AttributionValues {
  const now = shownAttribution(current);
  const quoteEdited = values.quote.trim() !== '' && typedQuoteKey(values.quote) !== typedQuoteKey(values.was_quote || now.quote);
  const speakerEdited = values.speaker !== '' && cleanName(values.speaker) !== cleanName(values.was_speaker || now.speaker);
  return { ...values, ...now, ...(quoteEdited ? { quote: values.quote } : {}), ...(speakerEdited ? { speaker: values.speaker } : {}) };
}

/** 409: the claim as it is now, what changed since the user's version, and their input in a form on the new version. */
export async function renderConflict(db: Db, res: Response, id: number, yourVersion: number, events: ClaimEvent[], form: 'verdict' | 'attribution' | 'assign' | 'remove', values: object): Promise<void> {
  const page = await loadClaimPage(db, id);
  if (!page) throw notFound('Claim');
  const { claim, speakerChoices } = page;
  if (form === 'attribution') values = rebasedAttribution(values as AttributionValues, claim);
  res.status(409).render('claims/conflict', {
    ...claimViewHelpers, title: 'Changed meanwhile', claim, yourVersion, events, form, values, speakerChoices, changeLines, people: await peopleOf(db, page, events),
  });
}
