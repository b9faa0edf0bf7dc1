import { extract } from '../../../server/extraction';
import { outletDisplayName } from '../../../server/extraction/text/outlet';

describe('outlet: a handle the article itself spells', () => {
  test('when the header block says "Source: kivunews.com" and a sentence says "told KIVUnews", then the outlet is KIVUnews', () => {
    const text = 'Lake Digest\nNow you can read Lake news in English. Automatic translation.\n\nFerry delayed on the lake, traders wait\nDate: 1403/07/15 – 6 October 2024\nSource: kivunews.com\n\nThe ferry did not leave on Monday. «We wait since morning,» said a trader, Amina Uwase, to KIVUnews.\n\n© Lake Digest 2025';
    expect(extract({ text }).facts.outlet).toBe('KIVUnews');
  });

  test('when "Source: aveuperiodico" stands under a masthead "Avéu Periódico", then the outlet keeps its accents and space', () => {
    const text = 'Avéu Periódico\nPortada · Vila · Deportes\n\nThe fishers of the bay stop work for a week\n\nSource: aveuperiodico\n\nThe fishers of the bay will not go out this week. "The sea is empty," said Ramón Lois Castro.\n\n© Avéu Periódico. All rights reserved.';
    expect(extract({ text }).facts.outlet).toBe('Avéu Periódico');
  });
});

describe('outlet: a station\'s handle with its word glued on', () => {
  test('when the handle is "azadiradio.com", then the display name is "Azadi Radio"', () => {
    expect(outletDisplayName('azadiradio.com')).toBe('Azadi Radio');
  });
});
