import { randomUUID } from 'node:crypto';
import { insertArticleWithClaims } from '../support/claims-fixtures';
import { getTestDb, type Agent } from '../support';
import { claimForm, signedIn } from '../support/claims-http';

/** The claim page's "same words elsewhere" section as lines of words (tags and spacing taken out), or null. */
async function sameWords(agent: Agent, claimId: number): Promise<{ summary: string; items: string[] } | null> {
  const page = await agent.get(`/claims/${claimId}`);
  expect(page.status).toBe(200);
  const section = /<h2 id="same-words">[^<]*<\/h2>([\s\S]*?)<\/section>/.exec(page.text)?.[1];
  if (section === undefined) return null;
  const words = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').replace(/ ([,.:)])/g, '$1').trim();
  const items = [...section.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => words(m[1]!).replace(/ \d{4}-\d\d-\d\d \d\d:\d\d UTC/, ' <time>'));
  return { summary: words(section.replace(/<ul[\s\S]*<\/ul>/, '')), items };
}

const ALL = 'All the claims holding these words, this one included (in the claims list: to filter, assign or download them)';
const use = (id: number) => `Use this verdict of claim ${id} (fills in the verdict form; nothing is saved until you save it)`;

async function verdict(agent: Agent, claimId: number, status: string, note = '') {
  const res = await agent.post(`/claims/${claimId}/verdict`).type('form').send({ ...(await claimForm(agent, claimId)), status, note });
  expect(res.status).toBe(303);
}

describe('the same words elsewhere, on a claim page', () => {
  test('when three articles hold one quotation written three ways, then each claim lists the other two with their verdicts and speakers, and the page says where they disagree', async () => {
    const checker = await signedIn('fact_checker');
    const editor = await signedIn('editor');
    const name = (await getTestDb()('users').where({ id: checker.userId }).first('name')).name as string;
    // a word of its own, so no other test's claim holds these words
    const token = `harbour${randomUUID().slice(0, 8)}`;
    const minister = `Ana Reyes ${token}`;
    const envoy = `Peter Harlow ${token}`;
    const first = await insertArticleWithClaims(getTestDb(), checker.userId,
      `Talks ended. "We will not give up the ${token} port, ever," ${minister} said.`,
      [{ quote: `We will not give up the ${token} port, ever,`, speaker: minister }], `Minister holds firm ${token}`);
    const second = await insertArticleWithClaims(getTestDb(), checker.userId,
      `Talks ended. “we will NOT give up the ${token} port — ever…” the minister said.`,
      [{ quote: `we will NOT give up the ${token} port — ever…`, speaker: minister }], `Port talks ${token}`);
    const third = await insertArticleWithClaims(getTestDb(), checker.userId,
      `Talks ended. We will not\ngive up the ${token} port, ever. ${envoy} told reporters. "No more today," he added.`,
      [{ quote: `We will not\ngive up the ${token} port, ever.`, speaker: envoy }, { quote: `No more today,`, speaker: envoy }], `Envoy speaks ${token}`);
    // the same words with one more are another quotation
    const longer = await insertArticleWithClaims(getTestDb(), checker.userId,
      `"We will not give up the ${token} port, ever again," ${minister} said.`,
      [{ quote: `We will not give up the ${token} port, ever again,`, speaker: minister }], `Longer ${token}`);
    const [a, b, c] = [first.claimIds[0]!, second.claimIds[0]!, third.claimIds[0]!];

    await verdict(checker.agent, a, 'verified', 'Matches the ministry transcript');
    await verdict(checker.agent, c, 'disputed', `${envoy} never said it`);

    const onB = await sameWords(editor.agent, b);
    expect(onB!.summary).toBe('The verdicts disagree: these words were verified in one place and disputed in another. '
      + '2 other claims hold these words: 1 verified, 1 disputed. 1 of them gives the words to someone else. '
      + `${ALL} Compared word for word, whatever the case, accents, quotation marks and punctuation; quotes of fewer than four words are not compared.`);
    // those holding a verdict first, the most recently changed first
    expect(onB!.items).toEqual([
      `Claim ${c} Disputed by ${name}, <time>, in Envoy speaks ${token} (Fixture Times) Said by ${envoy} (not this claim’s speaker) Note: ${envoy} never said it ${use(c)}`,
      `Claim ${a} Verified by ${name}, <time>, in Minister holds firm ${token} (Fixture Times) Said by ${minister} Note: Matches the ministry transcript ${use(a)}`,
    ]);

    const onA = await sameWords(editor.agent, a);
    expect(onA!.summary).toMatch(/^The verdicts disagree: .* 2 other claims hold these words: 1 disputed, 1 not reviewed yet\. 1 of them gives the words to someone else\. /);
    expect(onA!.items.map((line) => line.split(' ')[1])).toEqual([String(c), String(b)]);

    // the longer quotation and a quotation of three words are compared with nothing
    expect((await sameWords(editor.agent, longer.claimIds[0]!))!.summary).toMatch(/^No other claim holds these words\. /);
    expect(await sameWords(editor.agent, third.claimIds[1]!)).toBeNull();

    // an editor cutting the disputed claim's words takes it out of the others' lists, and its verdict with it
    const res = await editor.agent.post(`/claims/${c}/attribution`).type('form')
      .send({ ...(await claimForm(editor.agent, c)), action: 'correct', speaker: envoy, quote: `We will not\ngive up the ${token} port` });
    expect(res.status).toBe(303);
    const after = await sameWords(editor.agent, b);
    expect(after!.summary.startsWith(`1 other claim holds these words: 1 verified. ${ALL} Compared`)).toBe(true);
    expect(after!.items).toHaveLength(1);
  });

  test('when the other claim names no speaker or holds hostile text, then the page says so and escapes it', async () => {
    const checker = await signedIn('fact_checker');
    const token = `quay${randomUUID().slice(0, 8)}`;
    const quote = `<script>alert(1)</script> we shall hold the ${token} line`;
    const named = await insertArticleWithClaims(getTestDb(), checker.userId, `"${quote}," said the mayor.`, [{ quote, speaker: null, mention: 'the mayor' }],
      `<img src=x onerror=alert(2)> ${token}`);
    const other = await insertArticleWithClaims(getTestDb(), checker.userId, `"${quote}," Jo Vance ${token} said.`, [{ quote, speaker: `Jo Vance ${token}` }]);
    const page = (await checker.agent.get(`/claims/${named.claimIds[0]}`)).text;
    expect(page).not.toContain('<img src=x');
    expect(page).not.toContain('<script>alert(1)');
    const onNamed = await sameWords(checker.agent, named.claimIds[0]!);
    expect(onNamed!.summary).toMatch(/^1 other claim holds these words: 1 not reviewed yet\. It names who said the words; this claim names no one\. /);
    expect(onNamed!.items).toEqual([`Claim ${other.claimIds[0]} Unreviewed, in Fixture article (Fixture Times) Said by Jo Vance ${token} (this claim names no one)`]);
    const onOther = await sameWords(checker.agent, other.claimIds[0]!);
    expect(onOther!.summary.startsWith(`1 other claim holds these words: 1 not reviewed yet. ${ALL} Compared`)).toBe(true);
    expect(onOther!.items[0]).toContain('Said by no one named: the article says “the mayor”');
    expect(onOther!.items[0]).toContain(`in &lt;img src=x onerror=alert(2)&gt; ${token}`);
  });
});

describe('using the verdict of a claim holding the same words', () => {
  test('when a fact-checker follows "Use this verdict", then the form holds that verdict, saying whose it was, and saving it gives this claim the verdict', async () => {
    const checker = await signedIn('fact_checker');
    const other = await signedIn('fact_checker');
    const name = (await getTestDb()('users').where({ id: checker.userId }).first('name')).name as string;
    const token = `pier${randomUUID().slice(0, 8)}`;
    const quote = `The ${token} budget will double by next spring`;
    const checked = await insertArticleWithClaims(getTestDb(), checker.userId, `"${quote}," the mayor said.`, [{ quote, speaker: `Mayor ${token}` }], `Budget ${token}`);
    const fresh = await insertArticleWithClaims(getTestDb(), checker.userId, `“${quote.toUpperCase()}” the mayor said.`, [{ quote: quote.toUpperCase(), speaker: `Mayor ${token}` }]);
    const unrelated = await insertArticleWithClaims(getTestDb(), checker.userId, `"Something else entirely was said today," the mayor said.`, [{ quote: 'Something else entirely was said today,' }]);
    const [from, to] = [checked.claimIds[0]!, fresh.claimIds[0]!];
    const res = await checker.agent.post(`/claims/${from}/verdict`).type('form').send({
      ...(await claimForm(checker.agent, from)), status: 'disputed', note: 'The budget grows by a third', evidence_url: 'https://example.org/budget\nhttps://example.org/minutes',
    });
    expect(res.status).toBe(303);

    const listed = (await other.agent.get(`/claims/${to}`)).text;
    expect(listed).toContain(`href="/claims/${to}?verdict_from=${from}#verdict-from"`);
    const page = (await other.agent.get(`/claims/${to}?verdict_from=${from}`)).text;
    expect(page).toContain(`The verdict form holds claim ${from}’s verdict on the same words. Check it against this article, then save it.`);
    expect(page).toMatch(/<input type="radio" name="status" value="disputed" data-key="d" checked>/);
    const note = `As for claim ${from}, the same words in “Budget ${token}” (disputed by ${name}): The budget grows by a third`;
    expect(page).toContain(`>${note}</textarea>`);
    expect(page).toContain('>https://example.org/budget\nhttps://example.org/minutes</textarea>');
    // nothing is written by following the link
    expect(await getTestDb()('claims').where({ id: to }).first('status')).toEqual({ status: 'unreviewed' });

    const saved = await other.agent.post(`/claims/${to}/verdict`).type('form').send({
      ...(await claimForm(other.agent, to)), status: 'disputed', note, evidence_url: 'https://example.org/budget\nhttps://example.org/minutes',
    });
    expect(saved.status).toBe(303);
    expect(await getTestDb()('claim_reviews').where({ claim_id: to }).select('status', 'note', 'evidence_urls'))
      .toEqual([{ status: 'disputed', note, evidence_urls: ['https://example.org/budget', 'https://example.org/minutes'] }]);

    // a claim not holding these words, one holding no verdict and a number that is none leave the form empty
    for (const [param, words] of [
      [String(unrelated.claimIds[0]), `claim ${unrelated.claimIds[0]} is not one of the claims listed with the same words`],
      ['abc', 'the claim to take a verdict from was not a claim number'],
    ] as const) {
      const empty = (await other.agent.get(`/claims/${from}?verdict_from=${param}`)).text;
      expect(empty).toContain(`The verdict form is empty: ${words}.`);
      expect(empty).not.toMatch(/name="status" value="\w+" data-key="\w" checked/);
    }
    const third = await insertArticleWithClaims(getTestDb(), checker.userId, `"${quote}!" she said.`, [{ quote: `${quote}!` }]);
    const withThird = (await other.agent.get(`/claims/${to}?verdict_from=${third.claimIds[0]}`)).text;
    expect(withThird).toContain(`The verdict form is empty: claim ${third.claimIds[0]} holds no verdict.`);
    expect(withThird).toContain(`<a href="/claims/${third.claimIds[0]}">Claim ${third.claimIds[0]}</a>`);
    expect(withThird).not.toContain(`verdict_from=${third.claimIds[0]}#`);
  });
});

describe('the claims list narrowed to the same words', () => {
  const ids = (html: string) => [...html.matchAll(/<td><a href="\/claims\/(\d+)">/g)].map((m) => Number(m[1])).sort((x, y) => x - y);
  const scope = (html: string) => /<p class="list-scope">([\s\S]*?)<\/p>/.exec(html)?.[1]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();

  test('when a claim page links to every claim holding its words, then the list, its filters and its download hold exactly those', async () => {
    const checker = await signedIn('fact_checker');
    const token = `quay${randomUUID().slice(0, 8)}`;
    const quote = `The ${token} ferry will run every hour`;
    const twins: number[] = [];
    for (const [i, words] of [quote, `${quote}…`, quote.toLowerCase()].entries()) {
      const made = await insertArticleWithClaims(getTestDb(), checker.userId, `“${words}” she said.`, [{ quote: words, status: i === 0 ? 'verified' : 'unreviewed' }]);
      twins.push(made.claimIds[0]!);
    }
    const other = await insertArticleWithClaims(getTestDb(), checker.userId, `"The ${token} ferry will run every day," she said.`, [{ quote: `The ${token} ferry will run every day,` }]);
    const short = await insertArticleWithClaims(getTestDb(), checker.userId, `"Run the ${token}," she said.`, [{ quote: `Run the ${token},` }]);

    const page = (await checker.agent.get(`/claims/${twins[1]}`)).text;
    expect(page).toContain(`<a href="/claims?words=${twins[1]}">All the claims holding these words, this one included</a>`);
    const list = (await checker.agent.get(`/claims?words=${twins[1]}`)).text;
    expect(ids(list)).toEqual(twins);
    expect(scope(list)).toBe(`Claims holding the words of claim ${twins[1]}, «${quote}…».`);
    expect(list).toContain('value="' + twins[1] + '" inputmode="numeric" aria-describedby="f-words-hint"');
    expect(ids((await checker.agent.get(`/claims?words=${twins[0]}&status=unreviewed`)).text)).toEqual(twins.slice(1));
    expect(ids((await checker.agent.get(`/claims?words=${other.claimIds[0]}`)).text)).toEqual(other.claimIds);

    const file = await checker.agent.get(`/claims/export?words=${twins[2]}`);
    expect(file.status).toBe(200);
    expect([...file.text.matchAll(/\/claims\/(\d+)/g)].map((m) => Number(m[1])).sort((x, y) => x - y)).toEqual(twins);

    // words too short to compare, a claim that is not there and a number that is none each say so
    const tooShort = (await checker.agent.get(`/claims?words=${short.claimIds[0]}`)).text;
    expect(ids(tooShort)).toEqual([]);
    expect(scope(tooShort)).toBe(`Claims holding the words of claim ${short.claimIds[0]}, «Run the ${token},», which are under four words and compared with no claim, so none is listed.`);
    const missing = (await checker.agent.get('/claims?words=999999999')).text;
    expect(ids(missing)).toEqual([]);
    expect(scope(missing)).toBe('Claims holding the words of claim #999999999, which does not exist or was removed.');
    expect((await checker.agent.get('/claims/export?words=999999999')).status).toBe(404);
    const garbled = (await checker.agent.get('/claims?words=abc')).text;
    expect(garbled).toContain('Ignored the same words “abc”: give a claim by number, such as 12.');
  });
});

describe('the claims list narrowed to claims whose words recur', () => {
  const ids = (html: string) => [...html.matchAll(/<td><a href="\/claims\/(\d+)">/g)].map((m) => Number(m[1])).sort((x, y) => x - y);

  test('when an article’s claims are filtered by their words elsewhere, then the list holds those other claims hold, those judged elsewhere or those given to someone else, with the other filters and in the download', async () => {
    const checker = await signedIn('fact_checker');
    const token = `slip${randomUUID().slice(0, 8)}`;
    const minister = `Ana Reyes ${token}`;
    const judged = `The ${token} canal will be dredged this year`;
    const recast = `No ${token} barge will pay the new toll`;
    const waiting = `The ${token} locks open at dawn from Monday`;
    const alone = `Only this article mentions the ${token} weir`;
    await insertArticleWithClaims(getTestDb(), checker.userId, `"${judged}," ${minister} said.`, [{ quote: judged, speaker: minister, status: 'disputed' }]);
    await insertArticleWithClaims(getTestDb(), checker.userId, `"${recast}," Peter Harlow ${token} said.`, [{ quote: recast, speaker: `Peter Harlow ${token}` }]);
    const third = await insertArticleWithClaims(getTestDb(), checker.userId, `"${waiting}," ${minister} said.`, [{ quote: waiting, speaker: minister }]);
    const wire = await insertArticleWithClaims(getTestDb(), checker.userId,
      `"${judged}," ${minister} said. "${recast}," she added. "${waiting}," she said. "${alone}," she said. "Not now," she said.`,
      [{ quote: judged, speaker: minister }, { quote: recast, speaker: minister }, { quote: waiting, speaker: minister, status: 'verified' }, { quote: alone, speaker: minister }, { quote: 'Not now', speaker: minister }]);
    const [j, r, w] = wire.claimIds;
    const list = async (query: string) => ids((await checker.agent.get(`/claims?article=${wire.articleId}&${query}`)).text);

    expect(await list('elsewhere=any')).toEqual([j, r, w]);
    // the wire's own verdict on the third does not count: only another claim's does
    expect(await list('elsewhere=judged')).toEqual([j]);
    expect(await list('elsewhere=speaker')).toEqual([r]);
    // a reviewer's queue narrows to the claims whose words another claim's verdict judged
    await getTestDb()('claims').whereIn('id', [j!, r!]).update({ assignee_id: checker.userId });
    const queue = (await checker.agent.get('/queue')).text;
    expect(ids(queue)).toEqual([j, r]);
    expect(queue).toContain('<a href="/queue?elsewhere=judged">Only those whose words were judged in another claim</a>');
    const judgedQueue = (await checker.agent.get('/queue?elsewhere=judged')).text;
    expect(ids(judgedQueue)).toEqual([j]);
    expect(judgedQueue).toContain('<p class="matching">1 claim waiting.</p>');
    expect(judgedQueue).toContain('<a href="/queue">All of my queue</a>');
    // the minister's page leads to the words another claim gives to someone else
    const ministerId = (await getTestDb()('claims').where({ id: r }).first('speaker_id')).speaker_id as number;
    expect((await checker.agent.get(`/speakers/${ministerId}`)).text)
      .toContain(`<a href="/claims?speaker=${ministerId}&amp;elsewhere=speaker">Their claims whose words another claim gives to someone else</a>`);
    expect(ids((await checker.agent.get(`/claims?speaker=${ministerId}&elsewhere=speaker`)).text)).toEqual([r]);
    expect(await list('elsewhere=any&status=unreviewed')).toEqual([j, r]);
    // the dashboard's way in: claims waiting whose words another claim's verdict judged
    expect((await checker.agent.get('/')).text).toContain('<a href="/claims?status=unreviewed&amp;elsewhere=judged">Claims waiting whose words were judged in another claim</a>');
    expect(await list('status=unreviewed&elsewhere=judged')).toEqual([j]);
    expect(await list('elsewhere=any&sort=article&dir=asc')).toEqual([j, r, w]);
    // across articles: the third article's claim is judged elsewhere by the wire's verdict; the first's twin is unreviewed
    expect(ids((await checker.agent.get(`/claims?elsewhere=judged&q=${token}`)).text)).toEqual([third.claimIds[0], j]);

    const form = (await checker.agent.get(`/claims?article=${wire.articleId}&elsewhere=judged`)).text;
    expect(form).toContain('<option value="judged" selected>Judged elsewhere</option>');
    const file = await checker.agent.get(`/claims/export?article=${wire.articleId}&elsewhere=speaker`);
    expect(file.status).toBe(200);
    expect([...file.text.matchAll(/\/claims\/(\d+)/g)].map((m) => Number(m[1]))).toEqual([r]);
    const garbled = (await checker.agent.get(`/claims?article=${wire.articleId}&elsewhere=often`)).text;
    expect(garbled).toContain('Ignored the words elsewhere “often”: choose held by other claims, judged elsewhere or another speaker.');
    expect(ids(garbled)).toEqual(wire.claimIds.slice().sort((x, y) => x - y));
  });
});

describe('the same words in an article’s fact-check report', () => {
  test('when a claim’s words were verified in one article and disputed in another, then its report says so beside it, on the page and in the file', async () => {
    const checker = await signedIn('fact_checker');
    const token = `wharf${randomUUID().slice(0, 8)}`;
    const quote = `Every ${token} berth will be rebuilt by June`;
    const made: number[] = [];
    for (const [speaker, status] of [[`Ana Reyes ${token}`, 'verified'], [`Ana Reyes ${token}`, 'disputed'], [`Peter Harlow ${token}`, 'unreviewed']] as const) {
      const a = await insertArticleWithClaims(getTestDb(), checker.userId, `“${quote},” ${speaker} said. "Nothing else today," she added.`,
        [{ quote: `${quote},`, speaker, status }, { quote: 'Nothing else today,', speaker }]);
      made.push(a.articleId);
    }
    const html = (await checker.agent.get(`/articles/${made[2]}/report`)).text;
    const line = /<dt>Same words elsewhere<\/dt><dd>([\s\S]*?)<\/dd>/g;
    const lines = [...html.matchAll(line)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim());
    // the short quotation is compared with nothing, so it has no such line
    expect(lines).toEqual(['The verdicts disagree. 2 other claims hold these words: 1 verified, 1 disputed. All of them give the words to someone else. See them']);
    const md = (await checker.agent.get(`/articles/${made[2]}/report.md`)).text;
    expect(md).toContain('   - Same words elsewhere: **The verdicts disagree.** 2 other claims hold these words: 1 verified, 1 disputed. **All of them give the words to someone else.**\n');
    const first = (await checker.agent.get(`/articles/${made[0]}/report`)).text;
    expect([...first.matchAll(line)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim()))
      .toEqual(['The verdicts disagree. 2 other claims hold these words: 1 disputed, 1 not reviewed yet. 1 of them gives the words to someone else. See them']);
  });
});

describe('the same words on an article’s page', () => {
  /** The article page's summary of the words its claims share, and each listed claim's line about them ('' for none). */
  async function articleSameWords(agent: Agent, articleId: number): Promise<{ summary: string | null; lines: string[] }> {
    const page = await agent.get(`/articles/${articleId}`);
    expect(page.status).toBe(200);
    const words = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').replace(/ ([,.:)])/g, '$1').trim();
    const summary = /<p class="same-words-summary" id="same-words-summary">([\s\S]*?)<\/p>/.exec(page.text)?.[1];
    const list = /<ol class="article-claims">([\s\S]*?)<\/ol>/.exec(page.text)![1]!;
    const lines = [...list.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => {
      const at = m[1]!.indexOf('<span class="same-words-line">');
      return at < 0 ? '' : words(m[1]!.slice(at));
    });
    return { summary: summary === undefined ? null : words(summary), lines };
  }

  test('when an agency story arrives after other outlets’ copies were checked, then its page says which of its claims were judged elsewhere, where the verdicts disagree and where another speaker is named', async () => {
    const checker = await signedIn('fact_checker');
    const token = `dock${randomUUID().slice(0, 8)}`;
    const minister = `Ana Reyes ${token}`;
    const judged = `The ${token} dock will reopen before winter`;
    const named = `Nobody will lose a ${token} job here`;
    const unique = `Only this article quotes the ${token} tender`;
    // two outlets' copies, checked and judged differently; a third gives the other quote to someone else
    await insertArticleWithClaims(getTestDb(), checker.userId, `"${judged}," ${minister} said.`, [{ quote: judged, speaker: minister, status: 'verified' }], `First copy ${token}`);
    await insertArticleWithClaims(getTestDb(), checker.userId, `“${judged.toUpperCase()}” ${minister} said.`, [{ quote: judged.toUpperCase(), speaker: minister, status: 'disputed' }], `Second copy ${token}`);
    const third = await insertArticleWithClaims(getTestDb(), checker.userId, `"${named}," Peter Harlow ${token} said.`, [{ quote: named, speaker: `Peter Harlow ${token}` }], `Third copy ${token}`);
    const wire = await insertArticleWithClaims(getTestDb(), checker.userId,
      `"${judged}," ${minister} said. "${named}," she added. "${unique}," she said. "No comment," she said.`,
      [{ quote: judged, speaker: minister }, { quote: named, speaker: minister }, { quote: unique, speaker: minister }, { quote: 'No comment', speaker: minister }],
      `Wire story ${token}`);
    const [first, second] = wire.claimIds;

    const page = await articleSameWords(checker.agent, wire.articleId);
    expect(page.summary).toBe('2 claims here hold words other claims hold too; 1 of them has a verdict there. The verdicts disagree for 1 claim. '
      + 'For 1 claim, another claim names a different speaker. Each is marked below, with the verdicts given elsewhere on its page. '
      + 'List them, or only those judged in another claim.');
    expect(page.lines).toEqual([
      `Same words elsewhere: the verdicts disagree. 2 other claims hold these words: 1 verified, 1 disputed. Compare the claims holding the words of claim ${first}`,
      `Same words elsewhere: 1 other claim holds these words: 1 not reviewed yet. It gives the words to someone else. Compare the claims holding the words of claim ${second}`,
      // a quotation no other article holds, and one too short to compare
      '',
      '',
    ]);
    const html = (await checker.agent.get(`/articles/${wire.articleId}`)).text;
    expect(html).toContain(`<a href="/claims/${first}#same-words">Compare`);
    expect(html).toContain(`<a href="/claims?article=${wire.articleId}&amp;elsewhere=judged&amp;sort=article&amp;dir=asc">only those judged in another claim</a>`);

    // an editor giving the third copy's words to the minister takes that warning away
    const editor = await signedIn('editor');
    const res = await editor.agent.post(`/claims/${third.claimIds[0]}/attribution`).type('form')
      .send({ ...(await claimForm(editor.agent, third.claimIds[0]!)), action: 'correct', speaker: minister, quote: named });
    expect(res.status).toBe(303);
    const again = await articleSameWords(checker.agent, wire.articleId);
    expect(again.summary).toBe('2 claims here hold words other claims hold too; 1 of them has a verdict there. The verdicts disagree for 1 claim. '
      + 'Each is marked below, with the verdicts given elsewhere on its page. List them, or only those judged in another claim.');
    expect(again.lines[1]).toBe(`Same words elsewhere: 1 other claim holds these words: 1 not reviewed yet. Compare the claims holding the words of claim ${second}`);

    // an article none of whose words recur says nothing of them
    const alone = await insertArticleWithClaims(getTestDb(), checker.userId, `"${unique} once more, alone," she said.`, [{ quote: `${unique} once more, alone,` }]);
    expect(await articleSameWords(checker.agent, alone.articleId)).toEqual({ summary: null, lines: [''] });
  });
});
