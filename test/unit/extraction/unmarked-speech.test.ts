import { extract } from '../../../server/extraction';

/** The claims of a text, as kind, text and speaker. */
const claims = (text: string) => extract({ text }).claims.map((c) => ({ kind: c.kind, text: c.text, speaker: c.speaker }));

describe('words that lost their marks, read by how speech is built', () => {
  test('when a one-sentence line runs two clauses together with a bare comma and ends on a last-comma attribution, then it is a quotation that lost its marks', () => {
    const lead = 'Ferries\n\nThe ferry to Lovrin was cancelled again on Sunday, the third time this month.\n\n';
    expect(claims(`${lead}It is not the weather that stops us, it is that the boat is forty years old, says captain Ivo Marek on Radio Split.`))
      .toEqual([{ kind: 'unmarked', text: 'It is not the weather that stops us, it is that the boat is forty years old', speaker: 'Ivo Marek' }]);
    expect(claims(`${lead}The new boat will sail only after the harbour is deepened, not a single trip will be cut before that, stated the port director Ana Sola.`))
      .toEqual([{ kind: 'unmarked', text: 'The new boat will sail only after the harbour is deepened, not a single trip will be cut before that', speaker: 'Ana Sola' }]);
    // one clause, or clauses the reporter joins with "and", or told in the past, stay a reported claim
    expect(claims(`${lead}The new boat will sail only after the harbour is deepened, stated the port director Ana Sola.`))
      .toEqual([{ kind: 'indirect', text: 'The new boat will sail only after the harbour is deepened', speaker: 'Ana Sola' }]);
    expect(claims(`${lead}The company has ordered two boats, and there is money for a third, stated the port director Ana Sola.`)[0]?.kind).toBe('indirect');
    expect(claims(`${lead}The boat was late on Friday, the crew was tired, stated the port director Ana Sola.`)[0]?.kind).toBe('indirect');
  });
});
