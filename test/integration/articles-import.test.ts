import { randomBytes } from 'node:crypto';
import { importArticle } from '../../server/articles/service';
import { mergeSpeakers } from '../../server/speakers/service';
import { liveSpeakersWithAlias } from '../../server/speakers/repository';
import { auditEventsFor, createUser, getTestDb } from '../support';

const db = getTestDb();

/** Letters only, so the engine reads it as part of a name. */
const tag = () => [...randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join('').replace(/^./, (c) => c.toUpperCase());

function portArticle(mayor: string, unionist: string, extra = '') {
  return `Port plans announced ${extra}

The mayor of Gdansk, Anna ${mayor}, spoke on Tuesday about the harbour.

"We will rebuild the port within two years," Anna ${mayor} said at the press conference.

Trade unions were sceptical. "The money is simply not there," said Piotr ${unionist}, a union leader.

${mayor} added: "Nobody will lose their job."`;
}

let actor: { id: number; ip: string };
beforeAll(async () => {
  const { user } = await createUser(db, { role: 'fact_checker' });
  actor = { id: user.id, ip: '203.0.113.7' };
});

const claimsOf = (articleId: number) =>
  db('claims').where({ article_id: articleId }).orderBy('position').select('position', 'quote', 'speaker_id', 'proposed_speaker_id', 'speaker_name', 'status', 'mention_text');

describe('importing an article', () => {
  it('when an article is imported, then the article, its speakers, its claims and one audit event are written together', async () => {
    const [mayor, unionist] = [tag(), tag()];
    const { articleId, created } = await importArticle(db, actor, { text: portArticle(mayor, unionist), url: `https://news.example/${mayor}` });

    expect(created).toBe(true);
    const article = await db('articles').where({ id: articleId }).first();
    expect(article).toMatchObject({ title: 'Port plans announced', language: 'en', import_method: 'paste', created_by: actor.id, url_key: `//news.example/${mayor.toLowerCase()}` });
    const claims = await claimsOf(articleId);
    expect(claims.map((c) => [c.quote, c.speaker_name, c.status])).toEqual([
      ['We will rebuild the port within two years,', `Anna ${mayor}`, 'unreviewed'],
      ['The money is simply not there,', `Piotr ${unionist}`, 'unreviewed'],
      ['Nobody will lose their job.', `Anna ${mayor}`, 'unreviewed'],
    ]);
    expect(claims[0]!.speaker_id).toBe(claims[2]!.speaker_id);
    expect(claims[0]!.proposed_speaker_id).toBe(claims[0]!.speaker_id);
    expect(article.body.slice(article.body.indexOf(claims[0]!.quote))).toMatch(/^We will rebuild/);

    const events = await auditEventsFor(db, 'article', articleId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'article.create', actor_id: actor.id, ip: '203.0.113.7' });
    expect(events[0]!.after).toMatchObject({ title: 'Port plans announced', claims: 3, speakers: [
      { name: `Anna ${mayor}`, created: true }, { name: `Piotr ${unionist}`, created: true }] });
  });

  it('when the same text comes again with other line breaks, then it leads to the existing article and writes nothing', async () => {
    const text = portArticle(tag(), tag());
    const first = await importArticle(db, actor, { text });
    const eventsBefore = await db('audit_events').where({ action: 'article.create' }).count({ n: '*' }).first();

    const again = await importArticle(db, actor, { text: `\r\n${text.replace(/\n\n/g, '\r\n\r\n\r\n')}  `, title: 'Another title' });

    expect(again).toEqual({ articleId: first.articleId, created: false });
    const eventsAfter = await db('audit_events').where({ action: 'article.create' }).count({ n: '*' }).first();
    expect(Number(eventsAfter!.n)).toBe(Number(eventsBefore!.n));
  });

  it('when the same link comes again spelled differently, then it leads to the existing article even with other text', async () => {
    const slug = tag();
    const first = await importArticle(db, actor, { text: portArticle(tag(), tag()), url: `https://www.paper.example/${slug}/?utm_source=x#top` });
    const again = await importArticle(db, actor, { text: portArticle(tag(), tag()), url: `http://paper.example/${slug.toUpperCase()}` });
    expect(again).toEqual({ articleId: first.articleId, created: false });
  });

  it('when two people import the same article at once, then one article is created and both land on it', async () => {
    const text = portArticle(tag(), tag());
    const results = await Promise.all([importArticle(db, actor, { text }), importArticle(db, actor, { text })]);
    expect(results[0]!.articleId).toBe(results[1]!.articleId);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await db('articles').where({ id: results[0]!.articleId }).count({ n: '*' }).first()).toEqual({ n: 1 });
  });

  it('when a speaker was seen in an earlier article, then the new claims join that speaker', async () => {
    const mayor = tag();
    const a = await importArticle(db, actor, { text: portArticle(mayor, tag()) });
    const b = await importArticle(db, actor, { text: portArticle(mayor, tag(), 'again') });
    const [ca, cb] = [await claimsOf(a.articleId), await claimsOf(b.articleId)];
    expect(cb[0]!.speaker_id).toBe(ca[0]!.speaker_id);
    expect(await db('speakers').where({ name_key: `anna ${mayor.toLowerCase()}` }).count({ n: '*' }).first()).toEqual({ n: 1 });
    const event = (await auditEventsFor(db, 'article', b.articleId))[0]!;
    expect((event.after as { speakers: Array<{ name: string; created: boolean }> }).speakers[0]).toMatchObject({ name: `Anna ${mayor}`, created: false });
  });

  it('when the article describes a speaker as well as naming them, then the speaker keeps the other names only, and a description typed later finds nobody', async () => {
    const general = tag();
    const text = `Army chief General Soe ${general} flew in on Monday.\n\n"We will hold the line," Soe ${general} said.\n\n` +
      `${general} spoke again at noon. "Nothing has changed," the general added.`;
    const { articleId } = await importArticle(db, actor, { text });
    const claims = await claimsOf(articleId);
    expect(claims.map((c) => [c.speaker_name, c.mention_text])).toEqual([[`Soe ${general}`, `Soe ${general}`], [`Soe ${general}`, 'the general']]);
    const speaker = await db('speakers').where({ id: claims[0]!.speaker_id }).first('aliases', 'alias_keys');
    expect(speaker.aliases).toEqual([general]);
    expect(speaker.alias_keys).toBe(general.toLowerCase());
    expect(await liveSpeakersWithAlias(db, 'the general')).toEqual([]);
    expect((await liveSpeakersWithAlias(db, general)).map((s) => s.id)).toEqual([claims[0]!.speaker_id]);
  });

  it('when a speaker was merged into another, then a new article naming the merged speaker goes to the survivor', async () => {
    const [mayor, unionist] = [tag(), tag()];
    const { user: editor } = await createUser(db, { role: 'editor' });
    const a = await importArticle(db, actor, { text: portArticle(mayor, unionist) });
    const [first] = await claimsOf(a.articleId);
    const survivor = await db('speakers').insert({ name: `Anna M. ${mayor}`, name_key: `anna m ${mayor.toLowerCase()}` }).returning('id');
    const survivorId = (survivor[0] as { id: number }).id;
    await mergeSpeakers(db, { id: editor.id, ip: null }, { loserId: first!.speaker_id, survivorId });

    const b = await importArticle(db, actor, { text: portArticle(mayor, tag(), 'later') });
    expect((await claimsOf(b.articleId))[0]).toMatchObject({ speaker_id: survivorId, speaker_name: `Anna M. ${mayor}` });
  });

  it('when what the person typed differs from what the engine found, then the typed fields win and the engine fills the rest', async () => {
    const { articleId } = await importArticle(db, actor, {
      text: portArticle(tag(), tag()), title: '  Harbour rebuilt  ', outlet: 'Baltic Daily', publishedAt: '2024-03-05', translated: true, method: 'upload',
    });
    const article = await db('articles').where({ id: articleId }).first();
    expect(article).toMatchObject({ title: 'Harbour rebuilt', outlet: 'Baltic Daily', language: 'en', translated: true, import_method: 'upload' });
    expect(article.published_at.toISOString()).toBe('2024-03-05T00:00:00.000Z');
  });

  it('when a write fails half-way through an import, then nothing of it is left behind', async () => {
    const [mayor, unionist] = [tag(), tag()];
    const fn = `fail_import_${mayor.toLowerCase()}`;
    // The third claim's insert fails after the article, both speakers and the first claims were written.
    await db.raw(`CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.quote LIKE 'Nobody will lose%' AND NEW.speaker_name = 'Anna ${mayor}' THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$`);
    await db.raw(`CREATE TRIGGER ${fn} BEFORE INSERT ON claims FOR EACH ROW EXECUTE FUNCTION ${fn}()`);
    const text = portArticle(mayor, unionist);
    const eventsBefore = await db('audit_events').max({ id: 'id' }).first();
    try {
      await expect(importArticle(db, actor, { text })).rejects.toThrow('disk full');
    } finally {
      await db.raw(`DROP TRIGGER ${fn} ON claims`);
      await db.raw(`DROP FUNCTION ${fn}()`);
    }
    expect(await db('articles').where({ title: 'Port plans announced' }).whereRaw('body = ?', [text]).first()).toBeUndefined();
    expect(await db('speakers').whereIn('name_key', [`anna ${mayor.toLowerCase()}`, `piotr ${unionist.toLowerCase()}`]).first()).toBeUndefined();
    expect(await db('claims').where({ speaker_name: `Anna ${mayor}` }).first()).toBeUndefined();
    const creates = await db('audit_events').where('id', '>', eventsBefore!.id ?? 0).where({ action: 'article.create', actor_id: actor.id }).select('after');
    expect(creates.filter((e) => JSON.stringify(e.after).includes(mayor))).toEqual([]);

    // The same import succeeds once the fault is gone.
    expect((await importArticle(db, actor, { text })).created).toBe(true);
  });
});
