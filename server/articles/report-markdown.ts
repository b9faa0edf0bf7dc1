import { STATUS_LABELS } from '../claims/present';
import { speakerUncertain } from '../claims/uncertain';
import { sameWordsOf } from '../claims/same-words';
import { ATTRIBUTION_WORDS, KIND_WORDS, minuteOf as minute, type ArticleReport, type ReportClaim, type ReportSummary } from './report';

/**
 * An article's fact-check report as Markdown, to paste into a CMS, a ticket or an email: the same facts, summary and
 * claims as the report page, in the same order and words.
 *
 * Every text a person or the engine wrote (title, quote, note, names, links) is written so that Markdown shows it as
 * it is: each ASCII punctuation character is escaped with a backslash (CommonMark lets any of them be, and an escaped
 * one is always the character itself), so a quote holding `*`, `[x](y)`, `#` or `<script>` makes no emphasis, link,
 * heading or HTML in whatever renders the file. Line breaks inside a note or a quote stay line breaks.
 */

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** `text` as Markdown that renders as exactly that text, on one line or, with `indent`, over several of a list item. */
export function markdownText(text: string, indent = ''): string {
  const lines = text.replace(/\r\n?/g, '\n').trim().split('\n').map((line) => line.trim().replace(ASCII_PUNCTUATION, (c) => `\\${c}`));
  // a run of blank lines is one blank line; a backslash alone at the end of a line is Markdown's line break
  return lines.filter((line, i) => line !== '' || lines[i - 1] !== '').join(`\\\n${indent}`);
}

/** A link whose address and words are both the URL: an autolink, with the few characters one cannot hold encoded. */
export function markdownLink(url: string): string {
  return `<${url.replace(/[<> \\\u0000-\u001f\u007f]/g, (c) => encodeURIComponent(c))}>`;
}


function speakerLine(c: ReportClaim): string {
  const who = c.speaker_id !== null ? markdownText(c.speaker_name ?? '') : c.mention_text ? `“${markdownText(c.mention_text)}”, no name given` : 'No named speaker';
  const uncertain = speakerUncertain(c) ? `; speaker uncertain (${Math.round(c.confidence * 100)} % confidence)` : '';
  return `${who} (attribution ${ATTRIBUTION_WORDS[c.attribution_status] ?? markdownText(c.attribution_status)}${uncertain})`;
}

/** The other claims holding the words, in the summary's own words (numbers and Verbatim's words only). */
function sameWordsLines(c: ReportClaim, indent: string): string[] {
  const same = sameWordsOf(c);
  if (!same) return [];
  const words = [same.verdictsDisagree ? '**The verdicts disagree.**' : '', same.countLine, same.speakerLine ? `**${same.speakerLine}**` : ''];
  return [`${indent}- Same words elsewhere: ${words.filter(Boolean).join(' ')}`];
}

function claimLines(c: ReportClaim, n: number, claimUrl: string): string[] {
  const indent = '   ';
  const verdict = `**${STATUS_LABELS[c.status]}**${c.verdict_at ? ` by ${markdownText(c.verdict_by ?? 'a removed account')}, ${minute(c.verdict_at)}` : ''}`;
  const lines = [`${n}. > ${markdownText(c.quote, `${indent}> `)}`, '', `${indent}- Verdict: ${verdict}`];
  if (c.verdict_note) lines.push(`${indent}- Note: ${markdownText(c.verdict_note, `${indent}  `)}`);
  if (c.evidence_urls.length) lines.push(`${indent}- Evidence: ${c.evidence_urls.map(markdownLink).join(', ')}`);
  lines.push(
    `${indent}- Said by: ${speakerLine(c)}`,
    `${indent}- Reported by: ${c.source ? markdownText(c.source) : '—'}`,
    `${indent}- Kind: ${KIND_WORDS[c.kind] ?? markdownText(c.kind)}`,
    ...sameWordsLines(c, indent),
    `${indent}- In Verbatim: ${markdownLink(claimUrl)}`,
    '',
  );
  return lines;
}

/** The report as Markdown; `baseUrl` is where the app is reached, for each claim's address. */
export function reportMarkdown(report: ArticleReport, summary: ReportSummary, baseUrl: string, languageLabel: string | null): string {
  const { article, claims, asOf } = report;
  const fact = (label: string, value: string) => `- ${label}: ${value}`;
  const lines = [
    '# Fact-check report',
    '',
    `*${markdownText(article.title)}*`,
    '',
    fact('Outlet', article.outlet ? markdownText(article.outlet) : '—'),
    ...(article.author ? [fact('Author', markdownText(article.author))] : []),
    fact('Published', article.published_at ?? '—'),
    ...(languageLabel ? [fact('Language', markdownText(languageLabel))] : []),
    ...(article.translated
      ? [fact('Translated', `Machine-translated by an aggregator${article.republished_by ? ` (republished by ${markdownText(article.republished_by)})` : ''}: the quotes are in the translation’s words, which may not be the speakers’ own`)]
      : []),
    fact('Link', article.url ? markdownLink(article.url) : '—'),
    fact('Verbatim', `Article ${article.id} (${markdownLink(`${baseUrl}/articles/${article.id}`)}), report as of ${minute(asOf)}`),
    '',
    '## Summary',
    '',
  ];
  if (summary.claims === 0) {
    lines.push('Verbatim found no quoted claim in this article, and none was added.', '');
  } else {
    // (the summary's own sentences: numbers and Verbatim's words, nothing a person or an article wrote)
    lines.push(summary.statusLine, '', summary.attributionLine, '');
  }
  if (summary.final) lines.push('**Final:** every claim has a verdict, and every attribution was checked by an editor.', '');
  else lines.push(`**Not final.** As of ${minute(asOf)}:`, '', ...summary.open.map((item) => `- ${item}`), '');
  if (claims.length) {
    lines.push('## Claims, in the order of the text', '');
    claims.forEach((c, i) => lines.push(...claimLines(c, i + 1, `${baseUrl}/claims/${c.id}`)));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
