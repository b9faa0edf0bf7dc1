import { extract } from '../../../server/extraction';

describe('attribution: the day of the words between an inverted verb and its speaker', () => {
  test('when "«…», summarized this Monday the spokeswoman of the union, X" or "said on Friday X", then the one after the day spoke', () => {
    const text = 'Harbour.\n\nThe harbour master Tomas Berg spoke first.\n\n«We cannot live on promises», summarized this Monday the spokeswoman of the union, Ines Corral Lund, before the crowd.';
    expect(extract({ text }).claims[0]).toMatchObject({ speaker: 'Ines Corral Lund', cue: 'summarized' });
    const said = 'Harbour.\n\nThe harbour master Tomas Berg spoke first.\n\n«The boats stay in port», said last night the spokeswoman of the union, Ines Corral Lund.';
    expect(extract({ text: said }).claims[0]).toMatchObject({ speaker: 'Ines Corral Lund', cue: 'said' });
  });
});
