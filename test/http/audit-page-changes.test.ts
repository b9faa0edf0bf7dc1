import { randomBytes } from 'node:crypto';
import { recordAudit } from '../../server/audit/service';
import { createUser, csrfFrom, csrfToken, getTestDb, isolatedDatabase, newAgent, signIn, testApp, uniqueEmail, type Agent } from '../support';
import { auditEventsFor } from '../support/audit';
import { claimForm, signedIn } from '../support/claims-http';
import { insertArticleWithClaims } from '../support/claims-fixtures';

const db = getTestDb();
const HOSTILE = '<script>alert(1)</script>';
const ESCAPED = '&lt;script&gt;alert(1)&lt;/script&gt;';
const tag = () => [...randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join('').replace(/^./, (c) => c.toUpperCase());

/** Each listed event's change in words, newest event first, without the marks that set each value apart. */
const changesOf = (html: string) => [...html.matchAll(/<tr data-event="\d+">([\s\S]*?)<\/tr>/g)]
  .map((row) => [...(/<ul class="changes">([\s\S]*?)<\/ul>/.exec(row[1]!)?.[1] ?? '').matchAll(/<li>([\s\S]*?)<\/li>/g)].map((li) => li[1]!.replace(/[\u2068\u2069]/g, '')));

/** Each event's change in words on a claim's page, its history, newest event first. */
const historyOf = (html: string) => (/<ol class="history">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '').split('<time ').slice(1)
  .map((event) => [...(/<ul class="changes">([\s\S]*?)<\/ul>/.exec(event)?.[1] ?? '').matchAll(/<li>([\s\S]*?)<\/li>/g)].map((li) => li[1]!.replace(/[\u2068\u2069]/g, '')));

async function send(agent: Agent, formPage: string, path: string, fields: Record<string, string>) {
  const _csrf = await csrfToken(agent, formPage);
  const res = await agent.post(path).type('form').send({ _csrf, ...fields });
  expect(res.status).toBe(303);
  return res;
}

describe('the audit page says what each event changed', () => {
  test('when a claim is reviewed twice, assigned, corrected and removed, then each event reads in words, its hostile quote and note escaped', async () => {
    const checkerName = `Audit Checker ${Date.now()}`;
    const checker = await signedIn('fact_checker', checkerName);
    const editor = await signedIn('editor');
    const speaker = `Ana Kova ${tag()}`;
    const newSpeaker = `Rosa Marn ${tag()}`;
    const quote = `Hostile ${HOSTILE} words,`;
    const { claimIds: [id] } = await insertArticleWithClaims(db, editor.userId, `Intro. "${quote}" said Ana Kova.`, [{ quote, speaker }]);
    const post = async (agent: Agent, action: string, fields: Record<string, string>) =>
      expect((await agent.post(`/claims/${id}/${action}`).type('form').send({ ...(await claimForm(agent, id!)), ...fields })).status).toBe(303);
    await post(checker.agent, 'verdict', { status: 'disputed', note: 'Not her words', evidence_url: 'https://evidence.test/1' });
    // the same verdict again, with a new note and its link taken away: no field of the claim changes
    await post(checker.agent, 'verdict', { status: 'disputed', note: `Her office denies ${HOSTILE} it` });
    await post(editor.agent, 'assign', { assignee: String(checker.userId) });
    await post(editor.agent, 'attribution', { action: 'correct', speaker: newSpeaker, quote: `Hostile ${HOSTILE}` });
    await post(editor.agent, 'remove', { note: 'A test of the trail' });

    const res = await editor.agent.get(`/audit?entity_type=claim&entity_id=${id}`);
    expect(res.status).toBe(200);
    const start = 'Intro. "'.length;
    expect(changesOf(res.text)).toEqual([
      [`Removed: “Hostile ${ESCAPED}” — ${newSpeaker}, with its 2 verdicts`],
      [
        'Status: Disputed → Unreviewed',
        `Speaker: ${speaker} → ${newSpeaker}`,
        'Attribution: proposed → corrected',
        `Quote: “Hostile ${ESCAPED} words,” → “Hostile ${ESCAPED}”`,
        `Ends before character: ${start + quote.length} → ${start + `Hostile ${HOSTILE}`.length}`,
        `New speaker: ${newSpeaker}`,
      ],
      [`Assigned to: nobody → ${checkerName}`],
      [`Note: Her office denies ${ESCAPED} it`, 'Evidence removed: https://evidence.test/1'],
      ['Status: Unreviewed → Disputed', 'Note: Not her words', 'Evidence added: https://evidence.test/1'],
    ]);
    // the raw record is still there beneath, escaped too
    expect(res.text).toContain('<summary>The record, before / after</summary>');
    expect(res.text).toContain('&#34;evidence_urls&#34;: [\n    &#34;https://evidence.test/1&#34;');
    expect(res.text).not.toContain(HOSTILE);
  });

  test('when a verdict’s evidence is changed, then the audit page and the claim’s history say which links were added and removed, or that they were kept', async () => {
    const checker = await signedIn('fact_checker');
    const editor = await signedIn('editor');
    const quote = `Evidence words ${tag()},`;
    const { claimIds: [id] } = await insertArticleWithClaims(db, editor.userId, `Intro. "${quote}" said Ana Kova.`, [{ quote }]);
    const [a, b, hostile] = ['https://evidence.test/a', 'https://evidence.test/b', `https://evidence.test/?q=${HOSTILE}`];
    const verdict = async (fields: Record<string, string>) =>
      expect((await checker.agent.post(`/claims/${id}/verdict`).type('form').send({ ...(await claimForm(checker.agent, id!)), ...fields })).status).toBe(303);
    await verdict({ status: 'disputed', note: 'Not her words', evidence_url: `${a}\n${b}` });
    await verdict({ status: 'disputed', note: 'Another source', evidence_url: `${b}\n${hostile}` });
    await verdict({ status: 'verified', note: '', evidence_url: `${hostile}\n${b}` });

    const escapedHostile = `https://evidence.test/?q=${ESCAPED}`;
    const audit = await editor.agent.get(`/audit?entity_type=claim&entity_id=${id}`);
    expect(audit.status).toBe(200);
    expect(changesOf(audit.text)).toEqual([
      ['Status: Disputed → Verified', 'Evidence: 2 links, unchanged'],
      ['Note: Another source', `Evidence added: ${escapedHostile}`, `Evidence removed: ${a}`],
      ['Status: Unreviewed → Disputed', 'Note: Not her words', `Evidence added: ${a}, ${b}`],
    ]);
    expect(audit.text).not.toContain(HOSTILE);
    // the claim's history says the same, its notes beside the words rather than in them
    const claim = await checker.agent.get(`/claims/${id}`);
    expect(claim.status).toBe(200);
    expect(historyOf(claim.text)).toEqual([
      ['Status: Disputed → Verified', 'Evidence: 2 links, unchanged'],
      [`Evidence added: ${escapedHostile}`, `Evidence removed: ${a}`],
      ['Status: Unreviewed → Disputed', `Evidence added: ${a}, ${b}`],
    ]);
    expect(claim.text).not.toContain(HOSTILE);
    const [, , last] = await auditEventsFor(db, 'claim', id!);
    expect(last).toMatchObject({ before: { status: 'disputed', evidence_urls: [b, hostile] }, after: { status: 'verified', evidence_urls: [hostile, b] } });
  });

  test('when a verdict was recorded before verdicts kept the evidence they replaced, then its words say how many links it holds', async () => {
    const editor = await signedIn('editor');
    const quote = `Older words ${tag()},`;
    const { claimIds: [id] } = await insertArticleWithClaims(db, editor.userId, `Intro. "${quote}" said Ana Kova.`, [{ quote }]);
    // as such an event stands in the trail, which is never rewritten
    await recordAudit(db, {
      actorId: editor.userId, action: 'claim.verdict', entityType: 'claim', entityId: id!,
      before: { status: 'unreviewed', version: 1 }, after: { status: 'disputed', version: 2, review_id: null, evidence_urls: ['https://evidence.test/old'] },
    });
    expect(changesOf((await editor.agent.get(`/audit?entity_type=claim&entity_id=${id}`)).text)).toEqual([['Status: Unreviewed → Disputed', 'Evidence: one link']]);
    expect(historyOf((await editor.agent.get(`/claims/${id}`)).text)).toEqual([['Status: Unreviewed → Disputed', 'Evidence: one link']]);
  });

  test('when an article is imported and its facts corrected, then the page lists its facts, then what the correction changed', async () => {
    const editor = await signedIn('editor');
    const name = tag();
    const text = `The council voted on Monday.\n\n"The bridge will open next spring," said Maria ${name}, the council leader.`;
    const created = await send(editor.agent, '/articles/new', '/articles', { title: `Bridge ${HOSTILE} vote ${name}`, text, outlet: 'City Post', published_at: '2025-01-31', url: '' });
    const articleId = Number(/^\/articles\/(\d+)$/.exec(created.headers.location!)![1]);
    const page = (await editor.agent.get(`/articles/${articleId}`)).text;
    const field = (n: string) => new RegExp(`id="facts-${n}" name="${n}" value="([^"]*)"`).exec(page)?.[1] ?? '';
    const was = Object.fromEntries([...page.matchAll(/name="(was_\w+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')]));
    await editor.agent.post(`/articles/${articleId}/facts`).type('form').send({
      _csrf: csrfFrom(page), version: /name="version" value="(\d+)"/.exec(page)![1]!, ...was, title: `Bridge ${HOSTILE} vote ${name}`,
      url: '', author: field('author'), language: field('language'), published_at: '2025-01-30', outlet: 'Le Figaro', translated: 'yes',
    }).expect(303);

    const res = await editor.agent.get(`/audit?entity_type=article&entity_id=${articleId}`);
    const [update, create] = changesOf(res.text);
    expect(update).toEqual([
      'Outlet: City Post → Le Figaro',
      'Date: 2025-01-31 → 2025-01-30',
      'Translated by an aggregator: no → yes',
      'Claims whose source follows the outlet: 1',
      'Claims whose translation hint came or went: 1',
    ]);
    expect(create).toEqual(expect.arrayContaining([`Title: Bridge ${ESCAPED} vote ${name}`, 'Outlet: City Post', 'Date: 2025-01-31', 'Claims found: 1', `New speakers: Maria ${name}`]));
    expect(res.text).not.toContain(HOSTILE);
  });

  test('when an admin creates, changes and resets an account, then its events read in words and no password or hash is on the page', async () => {
    const admin = await signedIn('admin');
    const email = uniqueEmail('audited');
    const name = `Nia Audited ${tag()}`;
    await send(admin.agent, '/admin/users', '/admin/users', { email, name, role: 'fact_checker', password: 'a fine long password' });
    const { id, password_hash: hash }: { id: number; password_hash: string } = await db('users').where({ email }).first('id', 'password_hash');
    await send(admin.agent, `/admin/users/${id}`, `/admin/users/${id}`, { role: 'editor', active: 'false' });
    await send(admin.agent, `/admin/users/${id}`, `/admin/users/${id}/password`, { password: 'another fine password' });
    const stranger = newAgent(testApp());
    const _csrf = await csrfToken(stranger);
    await stranger.post('/login').type('form').send({ _csrf, email, password: 'another fine password' }).expect(422);
    // a record holding a secret, as a mistake might one day write: the page must not be where it leaks
    await recordAudit(db, { actorId: admin.userId, action: 'user.update', entityType: 'user', entityId: id, before: { role: 'editor', password_hash: hash }, after: { role: 'admin', password_hash: `${hash}2` } });

    const res = await admin.agent.get(`/audit?entity_type=user&entity_id=${id}`);
    expect(changesOf(res.text)).toEqual([
      ['Role: Editor → Admin'],
      [`Email tried: ${email}`, 'Reason: the account is deactivated'],
      [],
      ['Role: Fact-checker → Editor', 'Status: Active → Deactivated'],
      [`Name: ${name}`, `Email: ${email}`, 'Role: Fact-checker', 'Status: Active'],
    ]);
    expect(res.text).toContain('&#34;password_hash&#34;: &#34;(withheld)&#34;');
    expect(res.text).not.toContain(hash);
    expect(res.text).not.toContain(hash.slice(hash.lastIndexOf('$') + 1));
    expect(res.text).not.toContain('argon2');
    expect(res.text).not.toContain('fine password');
  });
});

describe('an assignee the actor filter does not list', () => {
  test('when the newsroom has more accounts than the filter lists, then the assignee is still named, with one look-up for the page', async () => {
    const iso = await isolatedDatabase();
    try {
      await iso.db('users').insert(Array.from({ length: 500 }, (_, i) => ({ email: `a${i}@listed.test`, name: `Aaron ${String(i).padStart(3, '0')}`, role: 'fact_checker', password_hash: 'not a hash' })));
      const { user: assignee } = await createUser(iso.db, { name: 'Zoe Last' });
      const { user: editor, password } = await createUser(iso.db, { role: 'editor', name: 'Aaron Editor' });
      const agent = await signIn(newAgent(iso.app()), editor.email, password);
      const { claimIds: [id] } = await insertArticleWithClaims(iso.db, editor.id, '"Listed words."', [{ quote: 'Listed words.' }]);
      await agent.post(`/claims/${id}/assign`).type('form').send({ ...(await claimForm(agent, id!)), assignee: String(assignee.id) }).expect(303);

      const statements: string[] = [];
      iso.db.on('query', (q: { sql: string }) => statements.push(q.sql));
      const res = await agent.get('/audit?action=claim.assign');
      expect(res.text).not.toContain('>Zoe Last (');
      // the actors the filter lists, as the trigger on accounts keeps them, then the one look-up of the assignee it leaves out
      expect(statements.filter((sql) => /from "reviewer_options"/.test(sql))).toHaveLength(1);
      expect(statements.filter((sql) => /from "users"/.test(sql)).map((sql) => /"id" in \(/.test(sql))).toEqual([true]);
      expect(changesOf(res.text)).toEqual([['Assigned to: nobody → Zoe Last']]);
    } finally {
      await iso.close();
    }
  }, 120_000);
});
