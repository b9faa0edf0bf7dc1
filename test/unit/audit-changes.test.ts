import { changeLines, peopleNamedBy, recordJson } from '../../server/audit/changes';

/** The words as they read, without the marks that set each value apart (tested on their own). */
const inWords = (...event: Parameters<typeof changeLines>) => changeLines(...event).map((line) => line.replace(/[\u2068\u2069]/g, ''));

const nobody = new Map<number, string>();
const HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo';

describe('an audit event’s change in words', () => {
  it('when an article is imported, then its facts, its count of claims and the speakers it created are listed', () => {
    const after = {
      title: 'Rates held', url: 'https://news.test/rates', outlet: 'Fixture Times', author: null, published_at: '2024-03-05T00:00:00.000Z',
      language: 'en', translated: true, import_method: 'paste', content_hash: 'ab12', claims: 12,
      speakers: [{ id: 1, name: 'Ana Kova', created: true }, { id: 2, name: 'Old Friend', created: false }],
    };
    expect(inWords('article.create', null, after, nobody)).toEqual([
      'Title: Rates held', 'Link: https://news.test/rates', 'Outlet: Fixture Times', 'Date: 2024-03-05', 'Language: en',
      'Translated by an aggregator: yes', 'Claims found: 12', 'New speakers: Ana Kova',
    ]);
    // an article not translated says nothing of it; a long list of new speakers is cut
    const many = Array.from({ length: 8 }, (_, i) => ({ id: i, name: `Person ${i}`, created: true }));
    expect(inWords('article.create', null, { title: 'T', translated: false, claims: 0, speakers: many }, nobody))
      .toEqual(['Title: T', 'Claims found: 0', 'New speakers: Person 0, Person 1, Person 2, Person 3, Person 4 and 3 more']);
  });

  it('when an article is removed, then its title and outlet and what went with it are said', () => {
    const before = { id: 7, title: 'Rates held', outlet: 'Fixture Times', body: 'x'.repeat(5000), claim_ids: [1, 2, 3], reviews_removed: 2 };
    expect(inWords('article.remove', before, null, nobody)).toEqual([
      'Removed: “Rates held”, from Fixture Times', 'Claims removed with it: 3', 'Verdicts removed with them: 2',
    ]);
    expect(inWords('article.remove', { title: '', outlet: null, claim_ids: [], reviews_removed: 0 }, null, nobody)).toEqual(['Removed: an article']);
  });

  it('when an article’s facts are corrected, then each changed fact reads before → after, and the claims that followed are counted', () => {
    const before = { outlet: 'Fixture Times', published_at: null, translated: false, url: 'https://a.test/x', version: 1 };
    const after = { outlet: 'Le Figaro', published_at: '2022-09-07T00:00:00.000Z', translated: true, url: null, version: 2, claim_sources_updated: 1, claim_hints_updated: 2 };
    expect(inWords('article.update', before, after, nobody)).toEqual([
      'Link: https://a.test/x → none',
      'Outlet: Fixture Times → Le Figaro',
      'Date: none → 2022-09-07',
      'Translated by an aggregator: no → yes',
      'Claims whose source follows the outlet: 1',
      'Claims whose translation hint came or went: 2',
    ]);
  });

  it('when speakers are merged, then the line names both, the claims moved and the aliases the survivor gained', () => {
    const before = { loser: { id: 3, name: 'H. Clinton', aliases: ['HRC'], role: null, version: 1 }, survivor: { id: 4, name: 'Hillary Clinton', aliases: ['Clinton'], role: null, version: 2 } };
    const after = { loser: { id: 3, merged_into_id: 4 }, survivor: { id: 4, name: 'Hillary Clinton', aliases: ['Clinton', 'H. Clinton', 'HRC'], role: null, version: 2 }, claims_moved: 5, claim_ids: [1, 2, 3, 4, 5] };
    expect(inWords('speaker.merge', before, after, nobody)).toEqual(['Merged: H. Clinton into Hillary Clinton', 'Claims moved: 5', 'Aliases added: H. Clinton, HRC']);
  });

  it('when a speaker is corrected, then the lines name what changed, how many claims show the new name and the alias the old name became', () => {
    const before = { id: 3, name: 'Min Aung Hlain', aliases: ['Hlain'], role: null, kind: 'person', version: 1 };
    const after = { id: 3, name: 'Min Aung Hlaing', aliases: ['Hlain', 'Min Aung Hlain'], role: 'commander-in-chief', kind: 'person', version: 2, claims_renamed: 4 };
    expect(inWords('speaker.update', before, after, nobody)).toEqual([
      'Name: Min Aung Hlain → Min Aung Hlaing', 'Role: none → commander-in-chief', 'Claims showing the new name: 4', 'Aliases added: Min Aung Hlain',
    ]);
    expect(inWords('speaker.update', before, { ...before, kind: 'organization', version: 2, claims_renamed: 0 }, nobody)).toEqual(['Kind: Person → Organisation']);
  });

  it('when a merge moves a claim, then the claim’s event names the speaker it had and the one it has, or the number of one without a name', () => {
    const before = { speaker_id: 3, speaker_name: 'H. Clinton', version: 1 };
    const after = { speaker_id: 4, speaker_name: 'Hillary Clinton', version: 2, part_of_event: 77 };
    expect(inWords('claim.speaker_merge', before, after, nobody)).toEqual(['Speaker merged: H. Clinton → Hillary Clinton']);
    expect(inWords('claim.speaker_merge', { ...before, speaker_name: null }, after, nobody)).toEqual(['Speaker merged: speaker 3 → Hillary Clinton']);
  });

  it('when an editor settles a speaker the lists marked uncertain, then the approval or correction says so with its confidence', () => {
    const before = { speaker_id: 3, speaker_name: 'Ana Ruiz', attribution_status: 'proposed', version: 1, speaker_uncertain: true, confidence: 0.6200000047683716 };
    expect(inWords('claim.attribution_approve', before, { ...before, speaker_uncertain: undefined, attribution_status: 'approved', version: 2 }, nobody))
      .toEqual(['Attribution: proposed → approved', 'Speaker was marked uncertain (62 %)']);
    expect(inWords('claim.attribution_correct', before, { speaker_id: 4, speaker_name: 'Eva Ruiz', attribution_status: 'corrected', version: 2 }, nobody))
      .toEqual(['Speaker: Ana Ruiz → Eva Ruiz', 'Attribution: proposed → corrected', 'Speaker was marked uncertain (62 %)']);
    const { speaker_uncertain: _, ...sure } = before;
    expect(inWords('claim.attribution_approve', sure, { ...sure, attribution_status: 'approved', version: 2 }, nobody)).toEqual(['Attribution: proposed → approved']);
  });

  it('when a speaker’s name is corrected, then each claim’s event names the name it showed and the one it shows', () => {
    const before = { speaker_id: 3, speaker_name: 'Min Aung Hlain', version: 4 };
    const after = { speaker_id: 3, speaker_name: 'Min Aung Hlaing', version: 4, part_of_event: 90 };
    expect(inWords('claim.speaker_rename', before, after, nobody)).toEqual(['Speaker’s name: Min Aung Hlain → Min Aung Hlaing']);
  });

  it('when names are written right to left, then each one is set apart from the words and the other names around it', () => {
    const [fsi, pdi] = ['\u2068', '\u2069'];
    const before = { loser: { id: 3, name: 'א. כהן', aliases: [] }, survivor: { id: 4, name: 'אבי כהן', aliases: [] } };
    const after = { survivor: { id: 4, name: 'אבי כהן', aliases: ['א. כהן', 'כהן'] }, claims_moved: 2 };
    expect(changeLines('speaker.merge', before, after, nobody))
      .toEqual([`Merged: ${fsi}א. כהן${pdi} into ${fsi}אבי כהן${pdi}`, 'Claims moved: 2', `Aliases added: ${fsi}א. כהן${pdi}, ${fsi}כהן${pdi}`]);
    expect(changeLines('user.update', { name: 'שרה לוי' }, { name: 'שרה כהן' }, nobody)).toEqual([`Name: ${fsi}שרה לוי${pdi} → ${fsi}שרה כהן${pdi}`]);
  });

  it('when an account is created or changed, then its name, email, role and status read in words', () => {
    expect(inWords('user.create', null, { email: 'ana@news.test', name: 'Ana Silva', role: 'fact_checker', active: true }, nobody))
      .toEqual(['Name: Ana Silva', 'Email: ana@news.test', 'Role: Fact-checker', 'Status: Active']);
    const before = { email: 'ana@news.test', name: 'Ana Silva', role: 'fact_checker', active: true };
    expect(inWords('user.update', before, { ...before, name: 'Ana S. Silva', email: 'ana.silva@news.test', role: 'editor', active: false }, nobody))
      .toEqual(['Name: Ana Silva → Ana S. Silva', 'Email: ana@news.test → ana.silva@news.test', 'Role: Fact-checker → Editor', 'Status: Active → Deactivated']);
    // a deactivation gives the account's unreviewed claims back; none given back says nothing
    expect(inWords('user.update', before, { ...before, active: false, claims_released: 3 }, nobody)).toEqual(['Status: Active → Deactivated', 'Unreviewed claims given back to nobody: 3']);
    expect(inWords('user.update', before, { ...before, active: false, claims_released: 0 }, nobody)).toEqual(['Status: Active → Deactivated']);
  });

  it('when sign-ins and password changes are refused or made, then the reason, the lock and the sessions ended are said', () => {
    expect(inWords('user.sign_in_failed', null, { email: 'ana@news.test', reason: 'wrong_password', locked: true }, nobody))
      .toEqual(['Email tried: ana@news.test', 'Reason: wrong password', 'Now locked out']);
    expect(inWords('user.sign_in_failed', null, { email: 'ana@news.test', reason: 'unknown_email', locked: false }, nobody))
      .toEqual(['Email tried: ana@news.test', 'Reason: no account has this email']);
    expect(inWords('user.password_change_failed', null, { reason: 'wrong_current_password', locked: false }, nobody)).toEqual(['Reason: wrong current password']);
    expect(inWords('user.password_change', null, { other_sessions_ended: 2 }, nobody)).toEqual(['Other sessions ended: 2']);
    expect(inWords('user.password_reset', null, { sessions_ended: 1, sign_in_lock_lifted: true }, nobody)).toEqual(['Sessions ended: 1', 'Sign-in lock lifted']);
    expect(inWords('user.password_reset', null, { sessions_ended: 0, sign_in_lock_lifted: false }, nobody)).toEqual([]);
    // an admin resetting their own password keeps the session they reset it from
    expect(inWords('user.password_reset', null, { sessions_ended: 2, sign_in_lock_lifted: false, current_session_kept: true }, nobody)).toEqual(['Other sessions ended: 2']);
    expect(inWords('user.sign_in', null, null, nobody)).toEqual([]);
  });

  it('when a record holds a password, its hash or a secret, then no line shows it, and the raw record withholds it', () => {
    const before = { email: 'ana@news.test', name: 'Ana', role: 'editor', active: true, password_hash: HASH };
    const after = { ...before, password_hash: `${HASH}x`, password: 'hunter2 hunter2', session_secret: 's3cret', reset_token: 't0ken' };
    for (const action of ['user.update', 'user.create', 'user.password_reset', 'user.password_change']) {
      expect(inWords(action, before, after, nobody).join('\n')).not.toMatch(/argon2|hunter2|s3cret|t0ken/);
    }
    const raw = recordJson(after);
    expect(raw).not.toMatch(/argon2|hunter2|s3cret|t0ken/);
    expect(JSON.parse(raw)).toEqual({ email: 'ana@news.test', name: 'Ana', role: 'editor', active: true, password_hash: '(withheld)', password: '(withheld)', session_secret: '(withheld)', reset_token: '(withheld)' });
    // a password typed into the email box is not repeated in words
    expect(inWords('user.sign_in_failed', null, { email: 'hunter2 hunter2', reason: 'unknown_email', locked: false }, nobody))
      .toEqual(['Email tried: not an email address', 'Reason: no account has this email']);
  });

  it('when the raw record is shown, then it is indented JSON, and a missing one a dash', () => {
    expect(recordJson({ status: 'verified', evidence_urls: ['https://a.test'] })).toBe('{\n  "status": "verified",\n  "evidence_urls": [\n    "https://a.test"\n  ]\n}');
    expect(recordJson(null)).toBe('—');
    // a secret's field is withheld at any depth and in any case; the same word in a value withholds nothing
    expect(JSON.parse(recordJson({ user: { SID: 'abc', Api_Token: 'xyz' }, note: 'token of thanks' })))
      .toEqual({ user: { SID: '(withheld)', Api_Token: '(withheld)' }, note: 'token of thanks' });
    expect(JSON.parse(recordJson({ sidebar: 'sid', list: [{ sid: 1 }] }))).toEqual({ sidebar: 'sid', list: [{ sid: '(withheld)' }] });
  });

  it('when the action is unknown or the record is not an object, then there is no line, whatever the action is called', () => {
    for (const action of ['user.teleport', 'constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(inWords(action, { status: 'unreviewed' }, { status: 'verified' }, nobody)).toEqual([]);
    }
    expect(inWords('article.update', [1], 'two', nobody)).toEqual([]);
    expect(inWords('speaker.merge', { loser: 'x' }, null, nobody)).toEqual([]);
    expect(inWords('user.update', { role: 'constructor' }, { role: 'toString' }, nobody)).toEqual(['Role: constructor → toString']);
  });

  it('when a value is long or spread over lines, then it reads as one line of at most 120 characters, looking at its head only', () => {
    const [line] = inWords('user.update', { name: 'A' }, { name: `${' \n'.repeat(100_000)}B` }, nobody);
    expect(line).toBe('Name: A → …');
    const [title] = inWords('article.update', { title: 'Short' }, { title: 'word '.repeat(50) }, nobody);
    expect(title!.split(' → ')[1]).toHaveLength(120);
    expect(title!.endsWith('…')).toBe(true);
  });

  it('when an event names people by account number, then those numbers are what the page looks up', () => {
    expect(peopleNamedBy('claim.assign', { assignee_id: null, version: 1 }, { assignee_id: 7, version: 2 })).toEqual([7]);
    expect(peopleNamedBy('claim.assign', { assignee_id: 7 }, { assignee_id: 9 })).toEqual([7, 9]);
    expect(peopleNamedBy('user.update', { assignee_id: 7 }, null)).toEqual([]);
    expect(peopleNamedBy('claim.verdict', null, { status: 'verified' })).toEqual([]);
    // a removed claim's record holds its assignee, but its words do not name them
    expect(peopleNamedBy('claim.remove', { quote: 'x', assignee_id: 7 }, null)).toEqual([]);
  });
});
