import { extract } from '../../../server/extraction';
import { TRANSLATED_HINT } from '../../../server/extraction/hints';
import { detectLanguage, isEnglish, languageName } from '../../../server/extraction/text/language';

const FRENCH = 'Le conseil municipal a voté le budget, et la majorité est satisfaite pour la ville. « Nous sommes prêts », a dit Paul Marchand, le maire.';
const RUSSIAN = 'Совет города принял бюджет, и это как он сказал в понедельник. «Мы готовы», — заявил мэр Иван Зорин на встрече с жителями.';
const UKRAINIAN = 'Міська рада ухвалила бюджет, і це як він сказав у понеділок до мешканців. «Ми готові», — заявив мер Іван Зорін на зустрічі з мешканцями.';
const ENGLISH = 'The council voted for the budget on Monday, and the majority is pleased with it. "We are ready," said Paul Marchand, the mayor.';

describe('an article not written in English', () => {
  it('when the text is Russian or Ukrainian, then its language is told from its commonest words in Cyrillic', () => {
    expect(detectLanguage(RUSSIAN)).toBe('ru');
    expect(detectLanguage(UKRAINIAN)).toBe('uk');
    expect(detectLanguage(FRENCH)).toBe('fr');
    expect(detectLanguage(ENGLISH)).toBe('en');
  });

  it('when a language tag is named, then its name is the language’s in English, a region or script tag aside; an unknown tag is given as it is', () => {
    expect(languageName('fr-CA')).toBe('French');
    expect(languageName('RU')).toBe('Russian');
    expect(languageName('sw')).toBe('sw');
    expect([isEnglish('en'), isEnglish('en-GB'), isEnglish('EN'), isEnglish('eng'), isEnglish('fr')]).toEqual([true, true, true, false, false]);
  });

  it('when the article is in French or Russian, then every claim says to check it against the text, naming the language (French read less surely than English); an English one’s claims do not', () => {
    for (const [text, reads] of [[FRENCH, 'the article is in French, which Verbatim reads less surely than English'], [RUSSIAN, 'the article is in Russian, and Verbatim reads English']] as const) {
      const { claims } = extract({ text });
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) expect(c.translationReview?.reason).toContain(reads);
    }
    const english = extract({ text: ENGLISH }).claims;
    expect(english).toHaveLength(1);
    expect(english[0]!.translationReview).toBeNull();
  });

  it('when a page in another language says it is English (lang="en"), then the hint follows the text read, not the label', () => {
    const { facts, claims } = extract({ text: FRENCH, html: `<html lang="en"><body><p>${FRENCH}</p></body></html>` });
    expect(facts.language).toBe('en');
    expect(claims[0]!.translationReview?.reason).toContain('the article is in French');
  });

  it('when an aggregator republished an article left in French, then the translation’s reason comes first, as an editor’s correction of that fact expects', () => {
    const text = `Daily Relay\n\nNow you can see non-English news in English...\n\nLe budget est voté\n\n${FRENCH}`;
    const { facts, claims } = extract({ text });
    expect(facts.translated).toBe(true);
    const reason = claims.find((c) => c.kind === 'direct')!.translationReview!.reason;
    expect(reason.startsWith(`${TRANSLATED_HINT}; and the article is in French`)).toBe(true);
  });
});

describe('speakers of an article left in its own language', () => {
  const speakerOf = (text: string) => extract({ text }).claims.map((c) => [c.text, c.speaker, c.cue]);

  it('when a Romance perfect tense inverts after the quotation ("a déclaré", "ha detto", "ha dicho"), then the name after the participle speaks, the participle its cue', () => {
    expect(speakerOf('« Nous ne céderons pas », a déclaré Claire Rolland, ministre de l\'Économie.')).toEqual([['Nous ne céderons pas', 'Claire Rolland', 'déclaré']]);
    expect(speakerOf('"Non molliamo", ha detto Marco Rossi, sindaco di Bari.')).toEqual([['Non molliamo', 'Marco Rossi', 'detto']]);
    expect(speakerOf('"No vamos a ceder", ha dicho Ana Ruiz.')).toEqual([['No vamos a ceder', 'Ana Ruiz', 'dicho']]);
  });

  it('when a Russian or Ukrainian cue is set off by a dash after the quotation ("», — заявил"), then the name after the verb speaks', () => {
    expect(speakerOf('«Мы не отступим», — заявил Иван Петров, министр экономики.')).toEqual([['Мы не отступим', 'Иван Петров', 'заявил']]);
    expect(speakerOf('«Ми готові» — заявив Іван Зорін.')).toEqual([['Ми готові', 'Іван Зорін', 'заявив']]);
  });

  it('when a French cue joins its subject pronoun to the verb ("a-t-il déclaré", "dit-elle"), then the pronoun speaks and stands for the person it agrees with', () => {
    const text = 'Le ministre des Transports, Pierre Vidal, a parlé avec la directrice du port, Sophie Laurent, et les dockers. ' +
      '« J\'invite chacun à revenir à la table », a-t-il déclaré mardi. « Nous sommes prêts », dit-elle.';
    expect(speakerOf(text)).toEqual([['J\'invite chacun à revenir à la table', 'Pierre Vidal', 'déclaré'], ['Nous sommes prêts', 'Sophie Laurent', 'dit-elle']]);
  });

  it('when a Russian cue has its subject pronoun after the verb ("— сказал он"), then the pronoun speaks, a setting after it or not', () => {
    const text = 'Министр транспорта Павел Орлов и директор порта Ольга Смирнова встретились с докерами в понедельник, и это было не просто. ' +
      '«Я призываю всех вернуться за стол переговоров», — сказал он во вторник. «Мы готовы», — ответила она.';
    expect(speakerOf(text)).toEqual([['Я призываю всех вернуться за стол переговоров', 'Павел Орлов', 'сказал'], ['Мы готовы', 'Ольга Смирнова', 'ответила']]);
  });

  it('when an English article holds a word that is a pronoun in another language ("lei", "ele", "il"), then it is no pronoun there', () => {
    const text = 'The mayor of the town, Paul Reyes, gave a lei to the visitors, and the crowd was happy with it. "We are glad," lei Paul Reyes.';
    expect(extract({ text }).claims.every((c) => c.mention === null || text.slice(c.mention.start, c.mention.end) !== 'lei')).toBe(true);
  });

  it('when an English article puts "a" and a lower-case word between a quotation and a name that does not close the clause, then no cue is read there', () => {
    const [claim] = extract({ text: '"We will not give up," a tired Ana Ruiz told the crowd on Monday.' }).claims;
    expect(claim!.cue).not.toBe('tired');
    // nor does a dash and a word after a quotation closing on its stop, with a name that runs on
    expect(extract({ text: 'It was "over." — except Ana Ruiz kept going for an hour.' }).claims.every((c) => c.speaker !== 'Ana Ruiz')).toBe(true);
  });
});
