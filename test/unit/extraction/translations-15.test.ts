import { extract } from '../../../server/extraction';
import { isClutterLine } from '../../../server/extraction/text/clutter';

function claimWith(text: string, words: string) {
  return extract({ text }).claims.find((c) => c.text.includes(words));
}

describe('French typography: a space before the colon of a site line', () => {
  it('when the aggregator writes "Source : Tamurt", then the line is clutter and names the outlet', () => {
    expect(isClutterLine('Source : Tamurt')).toBe(true);
    expect(isClutterLine('Tags : Tizi Ouzou, eau potable')).toBe(true);
    const text = 'DZ ACTU\nAccueil / Actualité / Régions\nSource : Tamurt\n⚠ This article was translated automatically from Kabyle.\n\n' +
      'Village closes the road\n\nThe committee said that the road will stay closed until the water returns.';
    expect(extract({ text }).facts.outlet).toBe('Tamurt');
  });
});

describe('a slash between two words of a byline', () => {
  const text = 'Women gardeners receive their dam\n\nSamedi 25 octobre 2025 | Kombissiri | Par Boureima Zida (Correspondant Sidwaya/Bazèga)\n\n' +
    'The haut-commissaire of the province of the Bazèga, Clarisse Zongo, declared: «The State has kept the word.»\n\n' +
    'The haut-commissaire assured also to the AIB that one second dam is inscribed in the programme.';
  it('when "Correspondant Sidwaya/Bazèga" closes the by-line, then the place after the slash is no part of a name, and the description is the person named', () => {
    expect(claimWith(text, 'second dam')?.speaker).toBe('Clarisse Zongo');
  });
  it('when two bodies are joined by a slash ("Reuters/Ipsos"), then they stay one name', () => {
    const poll = 'Polls\n\nAccording to a Reuters/Ipsos poll released on Monday, the two candidates are level.';
    expect(claimWith(poll, 'two candidates')?.speaker).toBe('Reuters/Ipsos');
  });
});

describe('names in marks that are no one\'s words', () => {
  it('when a banderole bears "with the words «…»", then the words are its slogan', () => {
    const text = 'The youths had hung one banderole with the words «Koom yaa vɩɩm», the water is the life. ' +
      '«We thank the State», said the chief Boukary Sawadogo.';
    const claims = extract({ text }).claims;
    expect(claims.some((c) => c.text.includes('Koom yaa'))).toBe(false);
    expect(claims.find((c) => c.text.includes('We thank'))?.speaker).toBe('Boukary Sawadogo');
  });
  it('when capitalised marks stand between "the" and "of the government", then they name its scheme', () => {
    const text = 'The rehabilitation was done in the frame of the «Offensive agropastorale et halieutique» of the government. ' +
      '«We thank the State», said the chief Boukary Sawadogo.';
    expect(extract({ text }).claims.some((c) => c.text.includes('Offensive'))).toBe(false);
  });
  it('when the marks between "the" and "of" are followed by no body, then nothing changes: "the «we will fight» of the mayor" is not read as a scheme', () => {
    const text = 'Nobody forgot the «We will not leave» of the mayor Ana Ruiz, who said it on the first day.';
    expect(extract({ text }).claims.some((c) => c.text.includes('We will not leave'))).toBe(true);
  });
});

describe('a relative clause after a body named by "according to"', () => {
  it('when "According to the daily Le Pays, which interviewed the governor last week, …", then the claim starts after the clause', () => {
    const text = 'Dams\n\nAccording to the daily Le Pays, which interviewed the governor last week, the works cost 312 million francs.';
    const claim = claimWith(text, 'works cost');
    expect(claim?.text).toBe('the works cost 312 million francs');
    expect(claim?.kind).toBe('indirect');
  });
});

describe('a ministry\'s portfolios listed after its title', () => {
  const before = 'The spokesperson of the league, Mme Boitumelo Kgari, she told the agency BOPA that the committee will sit.\n\n';
  it('when "The Minister of Youth, Gender, Sport and Culture, X, she wrote" lists the portfolios, then the pronoun is X', () => {
    const text = before + 'The Minister of Youth, Gender, Sport and Culture, Motlotlegi Dineo Mmolawa, she wrote on the page: „Violence has no place in our football.“';
    expect(claimWith(text, 'Violence')?.speaker).toBe('Motlotlegi Dineo Mmolawa');
  });
  it('when the title is a word of the source language ("The Tona of Youth, Gender, Sport and Culture, X,"), then it is learnt as a title and the pronoun is X', () => {
    const text = before + 'The Tona of Youth, Gender, Sport and Culture, Motlotlegi Dineo Mmolawa, she wrote on the page: „Violence has no place in our football.“';
    expect(claimWith(text, 'Violence')?.speaker).toBe('Motlotlegi Dineo Mmolawa');
  });
});
