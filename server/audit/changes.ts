/**
 * A recorded change in words ("Status: Unreviewed → Verified", "Role: Fact-checker → Editor"), one set of rules for
 * the audit page and a claim's history; the raw record stays beside them for whoever needs every field. Only the
 * fields named here become words, so nothing an event holds reaches them unless it was chosen to.
 */
import { asRecord, count, fact, factLines, fieldLines, isolated, listed, NOBODY, notIn, shorten, type Field, type People, type Rec } from './change-words';

type Rule = (before: Rec | null, after: Rec | null, people: People, note: string | null) => string[];

const CLAIM_FIELDS: Field[] = [
  ['status', 'Status', 'status'],
  ['speaker_name', 'Speaker', 'text'],
  ['attribution_status', 'Attribution', 'text'],
  ['assignee_id', 'Assigned to', 'person'],
  ['quote', 'Quote', 'quote'],
  ['start_offset', 'Starts at character', 'text'],
  ['end_offset', 'Ends before character', 'text'],
  ['kind', 'Kind', 'text'],
];
const ARTICLE_FIELDS: Field[] = [
  ['title', 'Title', 'text'], ['url', 'Link', 'text'], ['outlet', 'Outlet', 'text'], ['author', 'Author', 'text'],
  ['published_at', 'Date', 'date'], ['language', 'Language', 'text'], ['translated', 'Translated by an aggregator', 'yesno'],
];
const SPEAKER_FIELDS: Field[] = [['name', 'Name', 'text'], ['role', 'Role', 'text'], ['kind', 'Kind', 'speaker_kind']];
// why: a password, its hash or a session never becomes words; these are the only account fields that do
const USER_FIELDS: Field[] = [['name', 'Name', 'text'], ['email', 'Email', 'text'], ['role', 'Role', 'role'], ['active', 'Status', 'active']];

const REASONS: Record<string, string> = {
  wrong_password: 'wrong password',
  wrong_current_password: 'wrong current password',
  unknown_email: 'no account has this email',
  inactive: 'the account is deactivated',
  locked: 'sign-in was locked',
};

const claimChange: Rule = (b, a, people) => [...fieldLines(CLAIM_FIELDS, b, a, people), ...newSpeaker(a)];
// why: a second verdict of the same status changes no field of the claim; what it says is its note and its evidence
const verdict: Rule = (b, a, people, note) => [...claimChange(b, a, people, note), ...(note ? [`Note: ${isolated(shorten(note))}`] : []), ...evidence(b, a)];

const RULES: Record<string, Rule> = {
  'claim.create': (_, a) => (a ? [`Added: ${said(a)}`, ...newSpeaker(a)] : []),
  'claim.remove': (b) => (b ? [`Removed: ${said(b)}${reviewCount(b)}`] : []),
  'claim.verdict': verdict,
  'claim.attribution_approve': (b, a, people, note) => [...claimChange(b, a, people, note), ...wasUncertain(b)],
  'claim.attribution_correct': (b, a, people, note) => [...claimChange(b, a, people, note), ...wasUncertain(b)],
  'claim.assign': claimChange,
  'claim.assign_many': (_, a, people) => (a ? [fact('Assigned to', 'person', a.assignee_id, people), ...claimNumbers(a.claim_ids)] : []),
  'claim.speaker_merge': (b, a) => (b && a ? [`Speaker merged: ${claimSpeaker(b)} → ${claimSpeaker(a)}`] : []),
  'claim.speaker_rename': (b, a) => (b && a ? [`Speaker’s name: ${claimSpeaker(b)} → ${claimSpeaker(a)}`] : []),
  'article.create': (_, a) => (a ? imported(a) : []),
  'article.update': (b, a) => [
    ...fieldLines(ARTICLE_FIELDS, b, a, NOBODY),
    ...count(a?.claim_sources_updated, 'Claims whose source follows the outlet'),
    ...count(a?.claim_hints_updated, 'Claims whose translation hint came or went'),
  ],
  'article.remove': (b) => (b ? removedArticle(b) : []),
  'speaker.merge': (b, a) => merged(b, a),
  'speaker.update': (b, a) => [
    ...fieldLines(SPEAKER_FIELDS, b, a, NOBODY),
    ...count(a?.claims_renamed, 'Claims showing the new name'),
    ...aliasesAdded(b, a),
  ],
  'user.create': (_, a) => (a ? factLines(USER_FIELDS, a) : []),
  'user.update': (b, a) => [...fieldLines(USER_FIELDS, b, a, NOBODY), ...count(a?.claims_released, 'Unreviewed claims given back to nobody')],
  'user.sign_in_failed': (_, a) => (a ? [`Email tried: ${emailTried(a.email)}`, ...refusal(a)] : []),
  'user.password_change_failed': (_, a) => (a ? refusal(a) : []),
  'user.password_change': (_, a) => count(a?.other_sessions_ended, 'Other sessions ended'),
  'audit.check': (_, a) => count(a?.events_expected, 'Events to check'),
  'audit.check_result': (_, a) => (a ? checkResult(a) : []),
  'user.password_reset': (_, a) => [
    ...count(a?.sessions_ended, a?.current_session_kept === true ? 'Other sessions ended' : 'Sessions ended'),
    ...(a?.sign_in_lock_lifted === true ? ['Sign-in lock lifted'] : []),
  ],
};

/**
 * What an event changed, a line each; an action or a record this module has no words for gives none. The event's
 * note is given where a page shows no note beside the words (a verdict's note is what the verdict says).
 */
export function changeLines(action: string, before: unknown, after: unknown, people: People, note: string | null = null): string[] {
  const rule = Object.hasOwn(RULES, action) ? RULES[action]! : null;
  return rule ? rule(asRecord(before), asRecord(after), people, note) : [];
}

/** The actions whose words may name an account by its number: a claim's assignee, before or after. */
const NAMING_ASSIGNEES = new Set(['claim.verdict', 'claim.attribution_approve', 'claim.attribution_correct', 'claim.assign', 'claim.assign_many']);

/** The account ids an event's words would name (a claim's assignee), so a page can look up those it does not know. */
export function peopleNamedBy(action: string, before: unknown, after: unknown): number[] {
  if (!NAMING_ASSIGNEES.has(action)) return [];
  return [asRecord(before)?.assignee_id, asRecord(after)?.assignee_id].filter((id): id is number => typeof id === 'number');
}

const SECRET_KEY = /password|secret|token|^sid$/i;
/** Any text in which a field named like a secret could stand: every such key is written as one of these. */
const SECRET_WORD = /password|secret|token|"sid"/i;

/** The raw record, indented; a field named like a secret is withheld, should one ever be recorded. */
export function recordJson(value: unknown): string {
  if (value === null || value === undefined) return '—';
  // why: a replacer runs for every field of every record on the audit page (a twentieth of its CPU); a record with
  // no secret's word anywhere in it has no field to withhold, and only one that has such a word is walked key by key
  const plain = JSON.stringify(value, null, 2);
  if (plain === undefined || !SECRET_WORD.test(plain)) return plain ?? '—';
  return JSON.stringify(value, (key, v: unknown) => (key !== '' && SECRET_KEY.test(key) ? '(withheld)' : v), 2);
}

function imported(a: Rec): string[] {
  const lines = factLines(ARTICLE_FIELDS, a);
  if (typeof a.claims === 'number') lines.push(`Claims found: ${a.claims}`);
  const created = Array.isArray(a.speakers) ? a.speakers.map(asRecord).filter((s) => s?.created === true).map((s) => s!.name) : [];
  if (created.length) lines.push(`New speakers: ${listed(created)}`);
  return lines;
}

/** What went with a removed article: its title and outlet, its claims and their verdicts. */
function removedArticle(b: Rec): string[] {
  const title = typeof b.title === 'string' && b.title ? `“${isolated(shorten(b.title))}”` : 'an article';
  const outlet = typeof b.outlet === 'string' && b.outlet ? `, from ${isolated(shorten(b.outlet))}` : '';
  const claims = Array.isArray(b.claim_ids) ? b.claim_ids.length : 0;
  return [`Removed: ${title}${outlet}`, ...count(claims, 'Claims removed with it'), ...count(b.reviews_removed, 'Verdicts removed with them')];
}

function merged(b: Rec | null, a: Rec | null): string[] {
  const loser = asRecord(b?.loser);
  const survivor = asRecord(b?.survivor);
  if (!loser || !survivor) return [];
  const lines = [`Merged: ${speakerName(loser)} into ${speakerName(survivor)}`, ...count(a?.claims_moved, 'Claims moved')];
  const had = Array.isArray(survivor.aliases) ? survivor.aliases : [];
  const now = asRecord(a?.survivor)?.aliases;
  const added = Array.isArray(now) ? notIn(now, had) : [];
  if (added.length) lines.push(`Aliases added: ${listed(added)}`);
  return lines;
}

function aliasesAdded(b: Rec | null, a: Rec | null): string[] {
  const had = Array.isArray(b?.aliases) ? b.aliases : [];
  const added = Array.isArray(a?.aliases) ? notIn(a.aliases, had) : [];
  return added.length ? [`Aliases added: ${listed(added)}`] : [];
}

const CHECK_OUTCOMES: Record<string, string> = { intact: 'intact', broken: 'BROKEN', failed: 'the check stopped before the end' };

function checkResult(a: Rec): string[] {
  const outcome = typeof a.outcome === 'string' && Object.hasOwn(CHECK_OUTCOMES, a.outcome) ? [`Result: ${CHECK_OUTCOMES[a.outcome]}`] : [];
  const broken = typeof a.broken_event_id === 'number' ? [`First broken event: #${a.broken_event_id}`] : [];
  return [...outcome, ...count(a.events_checked, 'Events checked'), ...broken];
}

function refusal(a: Rec): string[] {
  const reason = typeof a.reason === 'string' ? [`Reason: ${Object.hasOwn(REASONS, a.reason) ? REASONS[a.reason] : isolated(shorten(a.reason))}`] : [];
  return a.locked === true ? [...reason, 'Now locked out'] : reason;
}

// why: someone who types their password into the email box must not find it on the page in words
function emailTried(v: unknown): string {
  return typeof v === 'string' && v.includes('@') ? isolated(shorten(v)) : 'not an email address';
}

function newSpeaker(a: Rec | null): string[] {
  const created = asRecord(a?.created_speaker);
  return typeof created?.name === 'string' ? [`New speaker: ${isolated(shorten(created.name))}`] : [];
}

/**
 * What a verdict did to the evidence, each verdict's links replacing those of the one before: the links it added and
 * removed, or what it holds when it kept them. An event from before verdicts recorded the links they replaced
 * says only how many it holds.
 */
function evidence(b: Rec | null, a: Rec | null): string[] {
  const now = a?.evidence_urls;
  if (!Array.isArray(now)) return [];
  const had = b?.evidence_urls;
  if (!Array.isArray(had)) return [`Evidence: ${howMany(now)}`];
  const [added, removed] = [notIn(now, had), notIn(had, now)];
  if (added.length === 0 && removed.length === 0) return [now.length === 0 ? 'Evidence: none' : `Evidence: ${howMany(now)}, unchanged`];
  return [...(added.length ? [`Evidence added: ${listed(added)}`] : []), ...(removed.length ? [`Evidence removed: ${listed(removed)}`] : [])];
}

function howMany(links: unknown[]): string {
  return links.length === 0 ? 'none' : links.length === 1 ? 'one link' : `${links.length} links`;
}

function said(r: Rec): string {
  const quote = typeof r.quote === 'string' ? isolated(`“${shorten(r.quote)}”`) : 'a claim';
  return typeof r.speaker_name === 'string' && r.speaker_name ? `${quote} — ${isolated(shorten(r.speaker_name))}` : quote;
}

/** "Claims (3): 12, 15, 19", the first twenty numbers and how many more. */
function claimNumbers(ids: unknown): string[] {
  if (!Array.isArray(ids) || ids.length === 0) return [];
  const shownIds = ids.slice(0, 20).map(String).join(', ');
  return [`Claims (${ids.length}): ${shownIds}${ids.length > 20 ? ` and ${ids.length - 20} more` : ''}`];
}

/** "Speaker was marked uncertain (62 %)": the engine's guess an editor's review of the attribution settled. */
function wasUncertain(b: Rec | null): string[] {
  if (b?.speaker_uncertain !== true || typeof b.confidence !== 'number') return [];
  return [`Speaker was marked uncertain (${Math.round(b.confidence * 100)} %)`];
}

function claimSpeaker(r: Rec): string {
  return typeof r.speaker_name === 'string' && r.speaker_name ? isolated(shorten(r.speaker_name)) : `speaker ${String(r.speaker_id)}`;
}

function speakerName(s: Rec): string {
  return typeof s.name === 'string' ? isolated(shorten(s.name)) : `speaker ${String(s.id)}`;
}

function reviewCount(r: Rec): string {
  const n = Array.isArray(r.reviews) ? r.reviews.length : 0;
  return n === 0 ? '' : n === 1 ? ', with its verdict' : `, with its ${n} verdicts`;
}

