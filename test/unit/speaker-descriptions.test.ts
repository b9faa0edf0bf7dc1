import { descriptionsAmong } from '../../server/speakers/pages';

describe('the descriptions a speaker’s page lists', () => {
  it('when the evidence holds names, titles with a name, pronouns and descriptions, then only the descriptions are listed, most used first', () => {
    const evidence = [
      { text: 'Ruiz', claims: 9 }, { text: 'she', claims: 7 }, { text: 'Ana Ruiz', claims: 5 }, { text: 'Mrs Ruiz', claims: 2 },
      { text: 'who', claims: 2 }, { text: 'the port director', claims: 3 }, { text: 'Port Director Ana Ruiz', claims: 1 },
      { text: 'the master of the harbour', claims: 4 }, { text: 'Señora Ruiz', claims: 1 },
    ];
    expect(descriptionsAmong(evidence, ['Ana Ruiz'])).toEqual([
      { text: 'the master of the harbour', claims: 4 }, { text: 'the port director', claims: 3 }, { text: 'Port Director Ana Ruiz', claims: 1 },
    ]);
  });

  it('when two descriptions differ only by case or accents, then they are one, their claims counted together', () => {
    expect(descriptionsAmong([{ text: 'The Port Director', claims: 2 }, { text: 'the port director', claims: 3 }, { text: 'the port diréctor', claims: 1 }], ['Ana Ruiz']))
      .toEqual([{ text: 'The Port Director', claims: 6 }]);
  });

  it('when a description only restates a speaker named by it, then it is not listed', () => {
    expect(descriptionsAmong([{ text: 'the UN special rapporteur', claims: 2 }, { text: 'the rapporteur', claims: 1 }, { text: 'a UN envoy', claims: 1 }], ['UN special rapporteur']))
      .toEqual([{ text: 'a UN envoy', claims: 1 }]);
  });

  it('when a word of the evidence is a name the speaker was merged from or is also called, then it is a name too', () => {
    expect(descriptionsAmong([{ text: 'Anita', claims: 2 }, { text: 'Dr Ruiz Lopez', claims: 1 }], ['Ana Ruiz', 'Anita', 'Ana Ruiz Lopez'])).toEqual([]);
  });

  it('when a speaker has been described in many ways, then the twelve most used are listed', () => {
    const evidence = Array.from({ length: 20 }, (_, i) => ({ text: `the official number ${i}`, claims: 20 - i }));
    expect(descriptionsAmong(evidence, ['Ana Ruiz']).map((d) => d.claims)).toEqual([20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9]);
  });

  it('when the evidence is a French or Spanish pronoun, inverted verb or titled name, then it is no description; a description with its article is', () => {
    const evidence = [
      { text: 'Il', claims: 4 }, { text: 'a-t-elle', claims: 3 }, { text: 'dit-il', claims: 2 }, { text: 'ella', claims: 2 }, { text: 'él', claims: 1 },
      { text: 'qui', claims: 1 }, { text: 'Mme Vidal', claims: 2 }, { text: 'la Dre Vidal', claims: 1 }, { text: "l'urgentologue", claims: 3 },
      { text: 'la alcaldesa de Lorca', claims: 2 },
    ];
    expect(descriptionsAmong(evidence, ['Anne Vidal'])).toEqual([{ text: "l'urgentologue", claims: 3 }, { text: 'la alcaldesa de Lorca', claims: 2 }]);
  });
});
