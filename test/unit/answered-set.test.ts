import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sameName, scoreArticle, type Answers } from '../../bench/extract/answered-set';

describe('the scorer of answered article sets', () => {
  test('a name is the same when all the words of one are among the other’s', () => {
    expect(sameName('Ioana Popescu', 'Popescu')).toBe(true);
    expect(sameName('Ioana Popescu', 'Ioana Popescu')).toBe(true);
    expect(sameName('Ioana Popescu', 'Ion Popescu')).toBe(false);
    expect(sameName('Ioana Popescu', null)).toBe(false);
    expect(sameName('the agency Anadolu', 'Anadolu', new Set(['agency']))).toBe(true);
  });

  test('a name of one letter (the platform X) is that letter; beside longer words an initial says nothing', () => {
    expect(sameName('X', 'X')).toBe(true);
    expect(sameName('X', 'Y')).toBe(false);
    expect(sameName('J. Popescu', 'Ioana Popescu')).toBe(true);
  });

  const text = [
    'Source: harbourpost',
    '',
    'Harbour master Lena Ortiz spoke on Monday.',
    '',
    '“We will reopen the quay,” Lena Ortiz told the agency Nordpress.',
    '',
    'The plan, known as “Blue Quay”, was criticised by her deputy Tomas Ortiz. “It is a disaster,” he said.',
  ].join('\n');

  test('counts found quotations, right speakers, named sources and names in marks claimed', () => {
    const answers: Answers = {
      outlet: 'Harbour Post',
      quotes: [
        { text: 'We will reopen the quay,', speaker: 'Lena Ortiz', source: 'Nordpress', kind: 'direct' },
        { text: 'It is a disaster,', speaker: 'Tomas Ortiz', source: null, kind: 'direct' },
      ],
      not_claims: [{ text: 'Blue Quay' }],
      indirect: [],
    };
    const s = scoreArticle('a', text, answers);
    expect(s).toMatchObject({ quotes: 2, found: 2, sourcesNamed: 1, notClaims: 1 });
    // a wrong answer sheet must show up as misses: the scorer can fail
    const wrong = scoreArticle('a', text, { ...answers, quotes: answers.quotes.map((q) => ({ ...q, speaker: 'Someone Else', source: 'Elsewhere' })) });
    expect(wrong.speakersRight).toBe(0);
    expect(wrong.sourcesRight).toBe(0);
    expect(wrong.misses.filter((m) => m.startsWith('speaker'))).toHaveLength(2);
  });

  test('an answer over two paragraphs is two pieces, as a predicted quotation is cut: both found, both with the speaker', () => {
    const story = 'Quay\n\nHarbour master Lena Ortiz spoke.\n\n«We will reopen the quay on Monday morning.\n\nThe boats will come back after that, and the fish too.» said Lena Ortiz.';
    const answers: Answers = {
      outlet: null,
      quotes: [{ text: 'We will reopen the quay on Monday morning.\n\nThe boats will come back after that, and the fish too.', speaker: 'Lena Ortiz', source: null, kind: 'direct' }],
      not_claims: [],
      indirect: [],
    };
    const s = scoreArticle('b', story, answers);
    expect(s.quotes).toBe(2);
    expect(s.found).toBe(2);
    expect(s.speakersRight).toBe(2);
    expect(s.extra).toBe(0);
  });

  test('an answer that is not in the text is an error, not a miss', () => {
    expect(() => scoreArticle('a', text, { outlet: null, quotes: [{ text: 'never written', speaker: null, source: null, kind: 'direct' }], not_claims: [], indirect: [] })).toThrow(
      /not found in the text/,
    );
  });

  const sets = path.resolve(__dirname, '../../bench/translated');
  const folders = existsSync(sets) ? readdirSync(sets, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name) : [];
  test.each(folders)('every answer of the set %s is found in its article', (folder) => {
    const dir = path.join(sets, folder);
    const articles = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(articles.length).toBeGreaterThan(0);
    for (const f of articles) {
      const answers = JSON.parse(readFileSync(path.join(dir, f.replace(/\.txt$/, '.json')), 'utf8')) as Answers;
      expect(answers.quotes.length).toBeGreaterThan(0);
      expect(() => scoreArticle(f, readFileSync(path.join(dir, f), 'utf8'), answers)).not.toThrow();
    }
  });
});
