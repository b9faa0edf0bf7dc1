import { insertArticleWithClaims } from '../support/claims-fixtures';
import { auditEventsFor } from '../support/audit';
import { getTestDb } from '../support';
import { claimForm, correctionForm, noticeAfter, signedIn } from '../support/claims-http';

const BODY = 'Officials met on Monday. "We are ready to talk," the envoy said, according to Agency Z.';
const QUOTE = 'We are ready to talk,';

async function claimFor(userId: number, speaker = `Envoy ${Date.now()}`): Promise<number> {
  const { claimIds: [id] } = await insertArticleWithClaims(getTestDb(), userId, BODY, [{ quote: QUOTE, speaker, mention: 'the envoy' }]);
  return id!;
}

describe('POST /claims/:id/attribution', () => {
  test('when a fact-checker tries to approve or correct, then 403 and nothing changes', async () => {
    const { agent, userId } = await signedIn('fact_checker');
    const claimId = await claimFor(userId);
    const form = await claimForm(agent, claimId);
    const page = await agent.get(`/claims/${claimId}`);
    expect(page.text).not.toContain('Approve attribution');
    for (const fields of [{ action: 'approve' }, { action: 'correct', speaker: 'Someone Else' }]) {
      const res = await agent.post(`/claims/${claimId}/attribution`).type('form').send({ ...form, ...fields });
      expect(res.status).toBe(403);
    }
    expect(await getTestDb()('claims').where({ id: claimId }).first('attribution_status', 'version')).toEqual({ attribution_status: 'proposed', version: 1 });
    expect(await auditEventsFor(getTestDb(), 'claim', claimId)).toHaveLength(0);
  });

  test('when an editor opens the correction form, then it holds the current speaker, so moving the boundaries alone keeps the speaker', async () => {
    const { agent, userId } = await signedIn('editor');
    const speaker = `Envoy Kept ${Date.now()}`;
    const claimId = await claimFor(userId, speaker);
    const page = await agent.get(`/claims/${claimId}`);
    expect(page.text).toContain(`<input id="attr-speaker" name="speaker" value="${speaker}"`);
    const start = BODY.indexOf(QUOTE);
    expect(page.text).toContain(`placeholder="${start}"`);
    const form = Object.fromEntries([...page.text.matchAll(/<input id="attr-(speaker|start|end)" name="\w+" value="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    const res = await agent.post(`/claims/${claimId}/attribution`).type('form')
      .send({ ...(await claimForm(agent, claimId)), action: 'correct', speaker: form.speaker, start: '', end: String(start + QUOTE.length - 1) });
    expect(res.status).toBe(303);
    expect(await getTestDb()('claims').where({ id: claimId }).first('speaker_name', 'quote')).toEqual({ speaker_name: speaker, quote: QUOTE.slice(0, -1) });
  });

  test('when an editor cuts the quote in its text box, then the claim is those words of the article, and the trail has both wordings', async () => {
    const { agent, userId } = await signedIn('editor');
    const speaker = `Envoy Cut ${Date.now()}`;
    const claimId = await claimFor(userId, speaker);
    const page = (await agent.get(`/claims/${claimId}`)).text;
    expect(page).toContain(`<textarea id="attr-quote" name="quote" rows="4" maxlength="20000">${QUOTE}</textarea>`);
    // typed with a straight mark in front and a line break for a space: the words are what counts
    const res = await agent.post(`/claims/${claimId}/attribution`).type('form')
      .send({ ...(await claimForm(agent, claimId)), action: 'correct', speaker, quote: '"We are\r\nready' });
    expect(res.status).toBe(303);
    const start = BODY.indexOf(QUOTE);
    expect(await getTestDb()('claims').where({ id: claimId }).first('quote', 'start_offset', 'end_offset', 'speaker_name'))
      .toEqual({ quote: 'We are ready', start_offset: start, end_offset: start + 'We are ready'.length, speaker_name: speaker });
    const [event] = await auditEventsFor(getTestDb(), 'claim', claimId);
    expect(event).toMatchObject({ action: 'claim.attribution_correct', before: { quote: QUOTE }, after: { quote: 'We are ready', end_offset: start + 12 } });
    // the claim's history says it in words
    expect((await agent.get(`/claims/${claimId}`)).text).toContain(`<li>Quote: \u2068“${QUOTE}”\u2069 → \u2068“We are ready”\u2069</li>`);
    // the box sent back as it came (a correction of the speaker alone) moves nothing
    const again = await agent.post(`/claims/${claimId}/attribution`).type('form')
      .send({ ...(await claimForm(agent, claimId)), action: 'correct', speaker: 'Other Envoy', quote: 'We are ready' });
    expect(again.status).toBe(303);
    expect(await getTestDb()('claims').where({ id: claimId }).first('quote', 'speaker_name')).toEqual({ quote: 'We are ready', speaker_name: 'Other Envoy' });
    expect((await auditEventsFor(getTestDb(), 'claim', claimId))[1]!.after).not.toHaveProperty('quote');
  });

  test('when a correction sent again from its conflict page left the quote box alone, then another editor’s moved quote stays', async () => {
    const { agent, userId } = await signedIn('editor');
    const other = await signedIn('editor');
    const claimId = await claimFor(userId);
    const stale = await claimForm(agent, claimId);
    expect((await other.agent.post(`/claims/${claimId}/attribution`).type('form')
      .send({ ...(await claimForm(other.agent, claimId)), action: 'correct', speaker: 'The Envoy', quote: 'We are ready', was_quote: QUOTE })).status).toBe(303);
    // this editor, on the version before, changes the speaker only: the box still holds the quote as it was shown
    const conflict = await agent.post(`/claims/${claimId}/attribution`).type('form')
      .send({ ...stale, action: 'correct', speaker: 'Peter Harlow', quote: QUOTE, was_quote: QUOTE });
    expect(conflict.status).toBe(409);
    const form = /<form method="post" action="\/claims\/\d+\/attribution" class="attribution-form stack"[\s\S]*?<\/form>/.exec(conflict.text)![0];
    const field = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(form)?.[1];
    const quote = /<textarea id="attr-quote" name="quote"[^>]*>([^<]*)<\/textarea>/.exec(form)?.[1];
    expect(quote).toBe('We are ready');
    const res = await agent.post(`/claims/${claimId}/attribution`).type('form').send({
      _csrf: field('_csrf'), version: field('version'), action: 'correct', speaker: /id="attr-speaker" name="speaker" value="([^"]*)"/.exec(form)?.[1], quote, was_quote: field('was_quote'),
    });
    expect(res.status).toBe(303);
    expect(await getTestDb()('claims').where({ id: claimId }).first('quote', 'speaker_name')).toEqual({ quote: 'We are ready', speaker_name: 'Peter Harlow' });
  });

  test('when a correction sent again from its conflict page left the speaker box alone, then another editor’s corrected speaker stays', async () => {
    const { agent, userId } = await signedIn('editor');
    const admin = await signedIn('admin');
    const tag = Date.now();
    const claimId = await claimFor(userId, `Min Aung Hlaing ${tag}`);
    const stale = correctionForm((await agent.get(`/claims/${claimId}`)).text);
    expect(stale).toMatchObject({ speaker: `Min Aung Hlaing ${tag}`, was_speaker: `Min Aung Hlaing ${tag}`, quote: QUOTE });
    const fixed = await admin.agent.post(`/claims/${claimId}/attribution`).type('form')
      .send({ ...correctionForm((await admin.agent.get(`/claims/${claimId}`)).text), speaker: `Sergei Lavrov ${tag}` });
    expect(fixed.status).toBe(303);
    // this editor, on the page opened before, cuts the quote and leaves the speaker as the page showed it
    const conflict = await agent.post(`/claims/${claimId}/attribution`).type('form').send({ ...stale, quote: 'We are ready' });
    expect(conflict.status).toBe(409);
    const offered = correctionForm(conflict.text);
    expect(offered).toMatchObject({ speaker: `Sergei Lavrov ${tag}`, was_speaker: `Sergei Lavrov ${tag}`, quote: 'We are ready', was_quote: QUOTE });
    const res = await agent.post(`/claims/${claimId}/attribution`).type('form').send(offered);
    expect(res.status).toBe(303);
    expect(await getTestDb()('claims').where({ id: claimId }).first('speaker_name', 'quote')).toEqual({ speaker_name: `Sergei Lavrov ${tag}`, quote: 'We are ready' });
    const last = (await auditEventsFor(getTestDb(), 'claim', claimId)).at(-1)!;
    expect(last).toMatchObject({ action: 'claim.attribution_correct', actor_id: userId, before: { speaker_name: `Sergei Lavrov ${tag}`, quote: QUOTE }, after: { speaker_name: `Sergei Lavrov ${tag}`, quote: 'We are ready' } });
    // a speaker this editor did change is theirs on the conflict page, and is written
    const staleAgain = correctionForm((await agent.get(`/claims/${claimId}`)).text);
    expect((await admin.agent.post(`/claims/${claimId}/attribution`).type('form').send({ ...(await claimForm(admin.agent, claimId)), action: 'approve' })).status).toBe(303);
    const second = await agent.post(`/claims/${claimId}/attribution`).type('form').send({ ...staleAgain, speaker: `Than Shwe ${tag}` });
    expect(second.status).toBe(409);
    const offeredAgain = correctionForm(second.text);
    expect(offeredAgain).toMatchObject({ speaker: `Than Shwe ${tag}`, was_speaker: `Sergei Lavrov ${tag}`, quote: 'We are ready' });
    expect((await agent.post(`/claims/${claimId}/attribution`).type('form').send(offeredAgain)).status).toBe(303);
    expect(await getTestDb()('claims').where({ id: claimId }).first('speaker_name', 'quote')).toEqual({ speaker_name: `Than Shwe ${tag}`, quote: 'We are ready' });
  });

  test('when an editor empties the quote box and gives character positions, then the positions say where the quote is', async () => {
    const { agent, userId } = await signedIn('editor');
    const claimId = await claimFor(userId);
    const start = BODY.indexOf(QUOTE);
    const form = correctionForm((await agent.get(`/claims/${claimId}`)).text);
    const wrong = await agent.post(`/claims/${claimId}/attribution`).type('form').send({ ...form, quote: '', start: String(start + 10), end: String(start + 3) });
    expect(wrong.status).toBe(422);
    expect(wrong.text).toContain('The end must come after the start.');
    expect(wrong.text).not.toContain('cannot be empty');
    const res = await agent.post(`/claims/${claimId}/attribution`).type('form').send({ ...form, quote: '', start: String(start), end: String(start + 'We are ready'.length) });
    expect(res.status).toBe(303);
    expect(await getTestDb()('claims').where({ id: claimId }).first('quote', 'start_offset')).toEqual({ quote: 'We are ready', start_offset: start });
    const events = await auditEventsFor(getTestDb(), 'claim', claimId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'claim.attribution_correct', before: { quote: QUOTE }, after: { quote: 'We are ready' } });
  });

  describe('when a correction would move the quote onto another claim or into site clutter', () => {
    const CLUTTERED = 'He said “one two” and then “three four” at last.\n\nOur newsletter: “Never miss a story,” every morning.';
    const cases: [string, (b: string) => Record<string, string>, RegExp][] = [
      ['words running into another claim', () => ({ quote: 'two” and then “three four' }), /Those words overlap claim (\d+), “one two”/],
      ['positions around another claim', (b) => ({ start: String(b.indexOf('one')), end: String(b.indexOf(' at last')) }), /Those words overlap claim (\d+)/],
      ['words in site clutter', () => ({ quote: 'Never miss a story,' }), /in a paragraph marked \[site clutter\]/],
      ['positions in site clutter', (b) => ({ start: String(b.indexOf('Never')), end: String(b.indexOf(',” every')) }), /in a paragraph marked \[site clutter\]/],
    ];
    test.each(cases)('(%s), then 422 naming why, the form as typed, and nothing changes', async (_case, fields, message) => {
      const { agent, userId } = await signedIn('editor');
      const { articleId, claimIds: [a, b] } = await insertArticleWithClaims(getTestDb(), userId, CLUTTERED, [{ quote: 'one two', speaker: 'X Y' }, { quote: 'three four', speaker: 'X Y' }]);
      await getTestDb()('articles').where({ id: articleId }).update({ boilerplate: JSON.stringify([{ start: CLUTTERED.indexOf('Our newsletter'), end: CLUTTERED.length }]) });
      const sent: Record<string, string> = { ...correctionForm((await agent.get(`/claims/${b}`)).text), note: 'typed note', ...fields(CLUTTERED) };
      const res = await agent.post(`/claims/${b}/attribution`).type('form').send(sent);
      expect(res.status).toBe(422);
      const summary = /<div class="error-summary"[^>]*data-error-summary>([\s\S]*?)<\/div>/.exec(res.text)?.[1] ?? '';
      const named = message.exec(summary);
      expect(named).not.toBeNull();
      if (named![1] !== undefined) expect(Number(named![1])).toBe(a);
      expect(correctionForm(res.text)).toMatchObject({ quote: sent.quote, start: sent.start ?? '', end: sent.end ?? '', note: 'typed note' });
      expect(await getTestDb()('claims').where({ id: b }).first('quote', 'version')).toEqual({ quote: 'three four', version: 1 });
      expect(await auditEventsFor(getTestDb(), 'claim', b!)).toEqual([]);
    });

    test('(its own words, lengthened), then the claim moves: its own place does not count', async () => {
      const { agent, userId } = await signedIn('editor');
      const { claimIds: [, b] } = await insertArticleWithClaims(getTestDb(), userId, CLUTTERED, [{ quote: 'one two', speaker: 'X Y' }, { quote: 'three four', speaker: 'X Y' }]);
      const res = await agent.post(`/claims/${b}/attribution`).type('form').send({ ...correctionForm((await agent.get(`/claims/${b}`)).text), quote: 'three four” at last' });
      expect(res.status).toBe(303);
      expect(await getTestDb()('claims').where({ id: b }).first('quote')).toEqual({ quote: 'three four” at last' });
    });
  });

  test('when an editor empties the quote box, then 422 says a claim is taken out with the Remove form, the form comes back as sent, and the quote stays', async () => {
    const { agent, userId } = await signedIn('editor');
    const claimId = await claimFor(userId);
    const res = await agent.post(`/claims/${claimId}/attribution`).type('form')
      .send({ ...(await claimForm(agent, claimId)), action: 'correct', speaker: 'Typed Speaker', quote: ' \n ', was_quote: QUOTE, note: 'typed note' });
    expect(res.status).toBe(422);
    const summary = /<div class="error-summary"[^>]*data-error-summary>([\s\S]*?)<\/div>/.exec(res.text)?.[1];
    expect(summary).toContain('<a href="#attr-quote">A claim’s quote cannot be empty. To take out what is not a claim, use the Remove claim form below.</a>');
    const form = /<form method="post" action="\/claims\/\d+\/attribution" class="attribution-form stack"[\s\S]*?<\/form>/.exec(res.text)![0];
    expect(form).toContain('id="attr-speaker" name="speaker" value="Typed Speaker"');
    expect(form).toContain('>typed note</textarea>');
    expect(/<textarea id="attr-quote" name="quote"[^>]*>([^<]*)<\/textarea>/.exec(form)?.[1]).toBe(' \n ');
    expect(res.text).toContain('Remove claim</button>');
    expect(await getTestDb()('claims').where({ id: claimId }).first('quote', 'version')).toEqual({ quote: QUOTE, version: 1 });
    expect(await auditEventsFor(getTestDb(), 'claim', claimId)).toEqual([]);
  });

  test('when a verified claim’s words are changed, then it is unreviewed again; a quote moved onto another claim’s words is refused', async () => {
    const { agent, userId } = await signedIn('editor');
    const claimId = await claimFor(userId);
    await getTestDb()('claims').where({ id: claimId }).update({ status: 'verified' });
    const res = await agent.post(`/claims/${claimId}/attribution`).type('form').send({ ...(await claimForm(agent, claimId)), action: 'correct', speaker: 'The Envoy', quote: 'We are ready' });
    expect(res.status).toBe(303);
    expect((await agent.get(res.headers.location!)).text).toContain('its verdict no longer holds: it is unreviewed again');
    expect(await getTestDb()('claims').where({ id: claimId }).first('status')).toEqual({ status: 'unreviewed' });
    const [event] = await auditEventsFor(getTestDb(), 'claim', claimId);
    expect(event).toMatchObject({ before: { status: 'verified' }, after: { status: 'unreviewed', quote: 'We are ready' } });
    // a second claim on the same words as the first
    const { claimIds: [a, b] } = await insertArticleWithClaims(getTestDb(), userId, 'He said “one two” and then “three four” at last.', [{ quote: 'one two' }, { quote: 'three four' }]);
    const dup = await agent.post(`/claims/${b}/attribution`).type('form').send({ ...(await claimForm(agent, b!)), action: 'correct', speaker: 'X Y', start: '9', end: '16' });
    expect(dup.status).toBe(422);
    expect(dup.text).toContain(`Claim ${a} is already these words.`);
  });

  test('when a verified claim’s speaker is corrected to another, then it is unreviewed again, said so, and its one event holds the status change', async () => {
    const { agent, userId } = await signedIn('editor');
    const claimId = await claimFor(userId);
    await getTestDb()('claims').where({ id: claimId }).update({ status: 'verified' });
    const other = `Peter Harlow ${Date.now()}`;
    const res = await agent.post(`/claims/${claimId}/attribution`).type('form').send({ ...correctionForm((await agent.get(`/claims/${claimId}`)).text), speaker: other });
    expect(res.status).toBe(303);
    expect(await noticeAfter(agent, res.headers.location)).toBe(`flash--success Attribution of claim ${claimId} corrected to ${other}, a speaker new to Verbatim ` +
      '(if you meant someone already listed, correct it again with their name or number). Its speaker changed, so its verdict no longer holds: it is unreviewed again.');
    expect(await getTestDb()('claims').where({ id: claimId }).first('status', 'speaker_name', 'quote')).toEqual({ status: 'unreviewed', speaker_name: other, quote: QUOTE });
    const events = await auditEventsFor(getTestDb(), 'claim', claimId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'claim.attribution_correct', before: { status: 'verified' }, after: { status: 'unreviewed', speaker_name: other } });
    expect(events[0]!.after).not.toHaveProperty('quote');
    // its speaker and its words at once
    const both = await claimFor(userId);
    await getTestDb()('claims').where({ id: both }).update({ status: 'disputed' });
    const res2 = await agent.post(`/claims/${both}/attribution`).type('form').send({ ...correctionForm((await agent.get(`/claims/${both}`)).text), speaker: other, quote: 'We are ready' });
    expect(await noticeAfter(agent, res2.headers.location)).toContain(`corrected to ${other}. Its speaker and words changed, so its verdict no longer holds`);
    expect(await getTestDb()('claims').where({ id: both }).first('status')).toEqual({ status: 'unreviewed' });
  });

  test('when a verified claim that named no speaker is given one, then it is unreviewed again', async () => {
    const { agent, userId } = await signedIn('editor');
    const { claimIds: [claimId] } = await insertArticleWithClaims(getTestDb(), userId, BODY, [{ quote: QUOTE, speaker: null, status: 'verified' }]);
    const res = await agent.post(`/claims/${claimId}/attribution`).type('form').send({ ...(await claimForm(agent, claimId!)), action: 'correct', speaker: `Envoy Named ${Date.now()}` });
    expect(res.status).toBe(303);
    expect(await noticeAfter(agent, res.headers.location)).toContain('Its speaker changed, so its verdict no longer holds: it is unreviewed again.');
    expect(await getTestDb()('claims').where({ id: claimId }).first('status')).toEqual({ status: 'unreviewed' });
    expect((await auditEventsFor(getTestDb(), 'claim', claimId!))[0]).toMatchObject({ before: { status: 'verified', speaker_id: null }, after: { status: 'unreviewed' } });
  });

  test('when a verified claim’s attribution is approved, or corrected keeping its speaker, then the verdict stands', async () => {
    const { agent, userId } = await signedIn('editor');
    const speaker = `Envoy Kept ${Date.now()}`;
    const approved = await claimFor(userId, speaker);
    const corrected = await claimFor(userId, speaker);
    await getTestDb()('claims').whereIn('id', [approved, corrected]).update({ status: 'verified' });
    const approve = await agent.post(`/claims/${approved}/attribution`).type('form').send({ ...(await claimForm(agent, approved)), action: 'approve' });
    expect(await noticeAfter(agent, approve.headers.location)).toBe(`flash--success Attribution of claim ${approved} approved.`);
    // the speaker typed again by name, not as the box showed it: the same speaker all the same
    const speakerId = (await getTestDb()('claims').where({ id: corrected }).first('speaker_id')).speaker_id as number;
    const correct = await agent.post(`/claims/${corrected}/attribution`).type('form').send({ ...(await claimForm(agent, corrected)), action: 'correct', speaker: `#${speakerId}` });
    expect(await noticeAfter(agent, correct.headers.location)).toBe(`flash--success Attribution of claim ${corrected} corrected to ${speaker}.`);
    for (const id of [approved, corrected]) {
      expect(await getTestDb()('claims').where({ id }).first('status', 'version')).toEqual({ status: 'verified', version: 2 });
      const [event] = await auditEventsFor(getTestDb(), 'claim', id);
      expect(event!.after).not.toHaveProperty('status');
    }
  });

  test('when an approval meets a claim changed meanwhile, then the conflict page offers the approval again', async () => {
    const { agent, userId } = await signedIn('editor');
    const claimId = await claimFor(userId);
    const stale = await claimForm(agent, claimId);
    await getTestDb()('claims').where({ id: claimId }).update({ version: 2 });
    const res = await agent.post(`/claims/${claimId}/attribution`).type('form').send({ ...stale, action: 'approve' });
    expect(res.status).toBe(409);
    // it had said "No speaker to approve", the claim's speaker unknown to the form there
    expect(res.text).toContain('Approve attribution');
    expect(res.text).not.toContain('No speaker to approve');
  });

  test('when an editor approves, then 303 and one claim.attribution_approve event', async () => {
    const { agent, userId } = await signedIn('editor');
    const claimId = await claimFor(userId);
    const res = await agent.post(`/claims/${claimId}/attribution`).type('form').send({ ...(await claimForm(agent, claimId)), action: 'approve' });
    expect(res.status).toBe(303);
    expect(await getTestDb()('claims').where({ id: claimId }).first('attribution_status')).toEqual({ attribution_status: 'approved' });
    expect((await auditEventsFor(getTestDb(), 'claim', claimId)).map((e) => [e.action, e.actor_id])).toEqual([['claim.attribution_approve', userId]]);
  });

  test('when an editor corrects to a new speaker, then the claims list, search and claim page show the new name at once', async () => {
    const { agent, userId } = await signedIn('editor');
    const oldName = `Envoy Old ${Date.now()}`;
    const newName = `Quillon Newname ${Date.now()}`;
    const claimId = await claimFor(userId, oldName);
    const res = await agent.post(`/claims/${claimId}/attribution`).type('form')
      .send({ ...(await claimForm(agent, claimId)), action: 'correct', speaker: newName, note: 'The envoy spoke for the minister' });
    expect(res.status).toBe(303);
    const { articleId } = await getTestDb()('claims').where({ id: claimId }).first('article_id as articleId');
    const list = await agent.get(`/claims?article=${articleId}`);
    expect(list.text).toContain(newName);
    expect(list.text).not.toContain(oldName);
    const search = await agent.get(`/claims?q=${encodeURIComponent('Quillon')}`);
    expect(search.text).toContain(`href="/claims/${claimId}"`);
    expect((await agent.get(`/claims/${claimId}`)).text).toContain(newName);
    const events = await auditEventsFor(getTestDb(), 'claim', claimId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'claim.attribution_correct', actor_id: userId, after: { speaker_name: newName, created_speaker: { name: newName } } });
  });

  test.each([
    ['no action', { action: '' }, 'Choose approve or correct.'],
    ['a correction without a speaker', { action: 'correct', speaker: '' }, 'Choose a speaker or type the name of a new one.'],
    ['boundaries that are not numbers', { action: 'correct', speaker: 'A B', start: 'ten' }, 'Give a character position'],
    ['an end beyond the article', { action: 'correct', speaker: 'A B', start: '0', end: '100000' }, 'end must be within it'],
    ['an end before the start', { action: 'correct', speaker: 'A B', start: '30', end: '5' }, 'The end must come after the start.'],
    ['a quote the article does not have', { action: 'correct', speaker: 'A B', quote: 'We are not ready' }, 'The article does not have that text within 10,000 characters'],
    ['a quote of quotation marks only', { action: 'correct', speaker: 'A B', quote: '“ ”' }, 'The quote needs at least one word.'],
    ['a quote and positions at once', { action: 'correct', speaker: 'A B', quote: 'We are ready', start: '25' }, 'not both at once'],
    ['an unknown speaker id', { action: 'correct', speaker: '987654321' }, 'No speaker has that id.'],
    // names with nothing to match on had all become one invisible speaker
    ['a name of zero-width spaces', { action: 'correct', speaker: '\u200b\u200b' }, 'Choose a speaker or type the name of a new one.'],
    ['a name of punctuation', { action: 'correct', speaker: '!!!' }, 'needs at least one letter or digit'],
    ['a name of an emoji', { action: 'correct', speaker: '🤖' }, 'needs at least one letter or digit'],
    ['a number that is not one', { action: 'correct', speaker: '#3abc' }, 'Type a speaker’s number as the speaker page shows it'],
  ])('when an editor sends %s, then 422 with the message and nothing changes', async (_case, fields, message) => {
    const { agent, userId } = await signedIn('editor');
    const claimId = await claimFor(userId);
    const res = await agent.post(`/claims/${claimId}/attribution`).type('form').send({ ...(await claimForm(agent, claimId)), ...fields });
    expect(res.status).toBe(422);
    expect(res.text).toContain(message);
    // the page comes back at its top: a summary there, above the quote, names the problem and links to the field
    const summary = /<div class="error-summary"[^>]*data-error-summary>([\s\S]*?)<\/div>/.exec(res.text);
    expect(summary?.[1]).toContain(message);
    expect(summary?.[1]).toMatch(/<a href="#(verdict-|attr-|attribution-review)/);
    expect(res.text.indexOf('data-error-summary')).toBeLessThan(res.text.indexOf('class="claim-quote"'));
    expect(await getTestDb()('claims').where({ id: claimId }).first('version')).toEqual({ version: 1 });
    expect(await auditEventsFor(getTestDb(), 'claim', claimId)).toHaveLength(0);
  });

  test('when an editor types a speaker as the speaker page numbers it ("#12"), or a name with hidden characters, then it is that speaker, or the name as seen', async () => {
    const { agent, userId } = await signedIn('editor');
    const claimId = await claimFor(userId);
    const other = await claimFor(userId, `Numbered Speaker ${Date.now()}`);
    const { speaker_id: speakerId } = await getTestDb()('claims').where({ id: other }).first('speaker_id');
    const byNumber = await agent.post(`/claims/${claimId}/attribution`).type('form').send({ ...(await claimForm(agent, claimId)), action: 'correct', speaker: `#${speakerId}` });
    expect(byNumber.status).toBe(303);
    expect(await getTestDb()('claims').where({ id: claimId }).first('speaker_id')).toEqual({ speaker_id: speakerId });
    const hidden = `Ana\u200b Ruiz\u202e ${Date.now()}`;
    const named = await agent.post(`/claims/${claimId}/attribution`).type('form').send({ ...(await claimForm(agent, claimId)), action: 'correct', speaker: hidden });
    expect(named.status).toBe(303);
    const { speaker_name: stored } = await getTestDb()('claims').where({ id: claimId }).first('speaker_name');
    expect(stored).toBe(hidden.replace(/[\u200b\u202e]/g, ''));
  });

  test('when an editor types a name a speaker is known by (an alias), then the claim goes to that speaker; a name two speakers share asks which', async () => {
    const { agent, userId } = await signedIn('editor');
    const db = getTestDb();
    const surname = `Harlowe${Date.now()}`;
    const [peter] = await db('speakers').insert({ name: `Peter ${surname}`, name_key: `peter ${surname.toLowerCase()}`, aliases: [surname, 'the minister'], kind: 'person', created_by: userId }).returning('id');
    const claimId = await claimFor(userId);
    const res = await agent.post(`/claims/${claimId}/attribution`).type('form').send({ ...(await claimForm(agent, claimId)), action: 'correct', speaker: surname.toUpperCase() });
    expect(res.status).toBe(303);
    expect(await db('claims').where({ id: claimId }).first('speaker_id')).toEqual({ speaker_id: peter.id });
    expect(await db('speakers').whereRaw('name_key = ?', [surname.toLowerCase()])).toEqual([]);
    await db('speakers').insert({ name: `Paula ${surname}`, name_key: `paula ${surname.toLowerCase()}`, aliases: [surname], kind: 'person', created_by: userId });
    const other = await claimFor(userId);
    const twice = await agent.post(`/claims/${other}/attribution`).type('form').send({ ...(await claimForm(agent, other)), action: 'correct', speaker: surname });
    expect(twice.status).toBe(422);
    expect(twice.text).toContain(`#${peter.id} Peter ${surname}`);
  });

  test('when an editor gives a claim to someone else, then its page shows the engine’s mention and evidence as the engine’s reading of its own proposal', async () => {
    const { agent, userId } = await signedIn('editor');
    const proposed = `Envoy Proposed ${Date.now()}`;
    const claimId = await claimFor(userId, proposed);
    await getTestDb()('claims').where({ id: claimId }).update({ evidence: 'description "the envoy" resolved to the envoy named before' });
    const before = (await agent.get(`/claims/${claimId}`)).text;
    expect(before).toContain('<dt>Evidence mention</dt><dd>the envoy</dd>');
    expect(before).toContain('who is named as its speaker');
    // its history, empty, says since when
    expect(before).toMatch(/No change since the engine found it, when its article was imported on <time datetime="[^"]+">\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC<\/time>\./);
    const res = await agent.post(`/claims/${claimId}/attribution`).type('form').send({ ...(await claimForm(agent, claimId)), action: 'correct', speaker: `Ana Other ${Date.now()}` });
    expect(res.status).toBe(303);
    const after = (await agent.get(`/claims/${claimId}`)).text;
    expect(after).not.toContain('who is named as its speaker');
    expect(after).toContain(`where the engine found ${proposed}, before an editor’s correction`);
    expect(after).toContain(`<dt>The engine’s evidence mention</dt><dd>the envoy (for ${proposed}, before the correction)</dd>`);
    expect(after).toMatch(/<dt>How the engine attributed it<\/dt><dd>description &#34;the envoy&#34; resolved to the envoy named before \(an editor has since given the claim to Ana Other \d+\)<\/dd>/);
  });

  test('when an editor types only the last words of a known speaker’s name, then they are asked whom they mean, and a ticked box adds a new speaker', async () => {
    const { agent, userId } = await signedIn('editor');
    const db = getTestDb();
    const surname = `Putvin${Date.now()}`;
    const [vladimir] = await db('speakers').insert({ name: `Vladimir ${surname}`, name_key: `vladimir ${surname.toLowerCase()}`, kind: 'person', created_by: userId }).returning('id');
    const claimId = await claimFor(userId);
    const asked = await agent.post(`/claims/${claimId}/attribution`).type('form').send({ ...(await claimForm(agent, claimId)), action: 'correct', speaker: surname });
    expect(asked.status).toBe(422);
    expect(asked.text).toContain(`No speaker is called “${surname}”, but #${vladimir.id} Vladimir ${surname} ends with that name.`);
    expect(asked.text).toContain(`<input type="checkbox" name="new_speaker" value="yes"> “${surname}” is a new speaker, none of those</label>`);
    expect(await db('speakers').where({ name_key: surname.toLowerCase() })).toEqual([]);
    expect(await auditEventsFor(db, 'claim', claimId)).toHaveLength(0);
    // the number picks the speaker meant
    const picked = await agent.post(`/claims/${claimId}/attribution`).type('form').send({ ...(await claimForm(agent, claimId)), action: 'correct', speaker: `#${vladimir.id}` });
    expect(picked.status).toBe(303);
    expect(await db('claims').where({ id: claimId }).first('speaker_id')).toEqual({ speaker_id: vladimir.id });
    // the box ticked: someone else of that name, a speaker of their own
    const other = await claimFor(userId);
    const added = await agent.post(`/claims/${other}/attribution`).type('form').send({ ...(await claimForm(agent, other)), action: 'correct', speaker: surname, new_speaker: 'yes' });
    expect(added.status).toBe(303);
    const created = await db('speakers').where({ name_key: surname.toLowerCase() }).first('id');
    expect(await db('claims').where({ id: other }).first('speaker_id')).toEqual({ speaker_id: created.id });
    // a full name that only shares the surname is someone else without a question
    const third = await claimFor(userId);
    const full = await agent.post(`/claims/${third}/attribution`).type('form').send({ ...(await claimForm(agent, third)), action: 'correct', speaker: `Ivan ${surname}` });
    expect(full.status).toBe(303);
  });

  test('when a claim has no speaker, then its page offers no approval, only a correction', async () => {
    const { agent, userId } = await signedIn('editor');
    const { claimIds: [bare] } = await insertArticleWithClaims(getTestDb(), userId, BODY, [{ quote: QUOTE, speaker: null }]);
    const page = await agent.get(`/claims/${bare}`);
    expect(page.text).not.toContain('Approve attribution');
    expect(page.text).toContain('No speaker to approve');
    expect((await agent.get(`/claims/${await claimFor(userId)}`)).text).toContain('Approve attribution');
  });

  test('when the correction is stale, then 409 and the typed speaker name is kept', async () => {
    const { agent, userId } = await signedIn('editor');
    const claimId = await claimFor(userId);
    const stale = await claimForm(agent, claimId);
    expect((await agent.post(`/claims/${claimId}/attribution`).type('form').send({ ...stale, action: 'approve' })).status).toBe(303);
    const res = await agent.post(`/claims/${claimId}/attribution`).type('form').send({ ...stale, action: 'correct', speaker: 'Typed Name Kept' });
    expect(res.status).toBe(409);
    expect(res.text).toContain('value="Typed Name Kept"');
    expect(res.text).toContain('claim.attribution_approve');
    expect(await auditEventsFor(getTestDb(), 'claim', claimId)).toHaveLength(1);
  });
});
