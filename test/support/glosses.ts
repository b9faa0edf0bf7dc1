import { extract } from '../../server/extraction';
import { glossTokens } from '../../server/extraction/attribution/gloss';
import { K, recycleTokens, tokenize } from '../../server/extraction/attribution/tokens';

/** Each claim as [its words, its speaker, its source]. */
export const claimsOf = (text: string) => extract({ text }).claims.map((c) => [c.text, c.speaker, c.source]);

/** The keys of the text's words after glossing in `language`, with the words they were read from ("secondo=according"). */
export function glossed(text: string, language: string): string[] {
  recycleTokens(text.length, 0);
  return glossTokens(text, tokenize(text, () => 0), language)
    .filter((t) => t.k === K.Word)
    .map((t) => `${text.slice(t.s, t.e)}=${t.key}`);
}

/** A first paragraph in each language, so that the article's language is told from its words before the case's. */
export const LEADS = {
  it: 'Il consiglio comunale ha approvato ieri sera il piano per la riapertura del ponte, con i voti della maggioranza e ' +
    "l'astensione dell'opposizione, dopo una seduta di oltre sei ore.\n\n",
  pt: 'A câmara municipal aprovou nesta segunda-feira o plano de reabertura da ponte, com os votos da maioria e a ' +
    'abstenção da oposição, depois de uma sessão de mais de seis horas.\n\n',
  es: 'El concejo municipal aprobó anoche el plan para reabrir el puente, con los votos de la mayoría y la abstención de ' +
    'la oposición, tras una sesión de más de seis horas.\n\n',
} as const;
