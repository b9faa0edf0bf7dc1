import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { markdownLink, markdownText, reportMarkdown } from '../../server/articles/report-markdown';
import { summarise, type ArticleReport, type ReportClaim } from '../../server/articles/report';

// A renderer as permissive as a CMS may be: raw HTML allowed, bare addresses linked, quotes made typographic.
const md = new MarkdownIt({ html: true, linkify: true, typographer: false });
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
/** The text a paragraph of Markdown shows: its HTML with the <p> and line breaks taken back to text. */
const shown = (markdown: string) =>
  md.render(markdown).replace(/^<p>|<\/p>\n$/g, '').replace(/<br>\n/g, '\n').replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);

describe('markdownText: text a person or the engine wrote, shown as it is', () => {
  it.each([
    ['*not emphasis* and _not either_', '*not emphasis* and _not either_'],
    ['[a link](https://example.org) and ![an image](x.png)', '[a link](https://example.org) and ![an image](x.png)'],
    ['# not a heading', '# not a heading'],
    ['1. not a list', '1. not a list'],
    ['- not a list either', '- not a list either'],
    ['> not a quotation', '> not a quotation'],
    ['<script>alert(1)</script> <b>bold?</b>', '<script>alert(1)</script> <b>bold?</b>'],
    ['&amp; stays &amp;', '&amp; stays &amp;'],
    ['`code` and ~~strike~~ and a | pipe', '`code` and ~~strike~~ and a | pipe'],
    ['back\\slash at the end\\', 'back\\slash at the end\\'],
    ['  “Typographic” — and accents: Erdoğan  ', '“Typographic” — and accents: Erdoğan'],
    ['first line\nsecond line\r\n\r\n\r\n\nafter one blank', 'first line\nsecond line\n\nafter one blank'],
  ])('when the text is %j, then Markdown shows it as written', (text, expected) => {
    expect(shown(markdownText(text))).toBe(expected);
  });

  it('when any text of printable characters is written, then the paragraph shows exactly its lines, trimmed', () => {
    const line = fc.string({ unit: fc.oneof(fc.constantFrom(...'*_[]()<>#!`~|\\-+.=&;:" \'abc1'), fc.constantFrom('é', '“', '”', '—', '字')), maxLength: 40 });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (lines) => {
        const text = lines.join('\n');
        const expected = text.trim().split('\n').map((l) => l.trim()).filter((l, i, all) => l !== '' || all[i - 1] !== '').join('\n');
        expect(shown(markdownText(text))).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('when a link holds characters an autolink cannot, then they are encoded and the link still leads there', () => {
    expect(markdownLink('https://example.org/a b<c>')).toBe('<https://example.org/a%20b%3Cc%3E>');
    expect(md.renderInline(markdownLink('https://example.org/vote?a=1&b=(2)'))).toBe('<a href="https://example.org/vote?a=1&amp;b=(2)">https://example.org/vote?a=1&amp;b=(2)</a>');
  });
});

describe('reportMarkdown: the report as a file', () => {
  const claim = (fields: Partial<ReportClaim>): ReportClaim => ({
    id: 11, quote: 'We *will* build it.\nAll of it.', kind: 'direct', status: 'disputed', attribution_status: 'approved', speaker_id: 7,
    speaker_name: 'Ana [Reyes]', mention_text: 'Ana Reyes', source: 'Harbour Post', confidence: 0.9, verdict_note: 'Minutes say June.\n<img src=x onerror=alert(1)>',
    evidence_urls: ['https://example.org/minutes'], verdict_by: 'Rita Checker', verdict_at: '2026-12-07T10:15:30.123Z', same_words: null, ...fields,
  });
  const report: ArticleReport = {
    article: { id: 5, title: 'Pier # opens', url: 'https://news.example/pier', outlet: 'Harbour Post', author: null, published_at: '2026-12-01', language: 'en', translated: false, republished_by: null },
    claims: [claim({}), claim({ id: 12, quote: 'Fees stay.', status: 'unreviewed', attribution_status: 'proposed', confidence: 0.6, verdict_note: null, evidence_urls: [], verdict_by: null, verdict_at: null })],
    asOf: '2026-12-07T11:00:00.000Z',
  };

  it('when rendered, then the report reads as the page does, numbered in the order of the text, with nothing of its users’ text turned into markup', () => {
    const text = reportMarkdown(report, summarise(report.claims), 'https://verbatim.example', 'English (en)');
    const html = md.render(text);
    expect(html).not.toMatch(/<img|<em>will|<a href="[^"]*">Reyes|<h1>Pier/);
    expect(html).toContain('<h1>Fact-check report</h1>');
    expect(html).toContain('<p><em>Pier # opens</em></p>');
    expect(html).toContain('<strong>Not final.</strong> As of 2026-12-07 11:00 UTC:');
    expect(html).toContain('<li>1 claim has no verdict yet</li>');
    expect(html).toContain('<li>1 attribution is still Verbatim’s proposal, not checked by an editor (1 speaker is uncertain)</li>');
    const items = /<ol>([\s\S]*)<\/ol>/.exec(html)![1]!;
    expect(items.replace(/\s+/g, ' ')).toContain('<blockquote> <p>We *will* build it.<br> All of it.</p> </blockquote>');
    expect(items).toContain('<li>Verdict: <strong>Disputed</strong> by Rita Checker, 2026-12-07 10:15 UTC</li>');
    expect(items).toContain('<li>Note: Minutes say June.<br>\n&lt;img src=x onerror=alert(1)&gt;</li>');
    expect(items).toContain('<li>Evidence: <a href="https://example.org/minutes">https://example.org/minutes</a></li>');
    expect(items).toContain('<li>Said by: Ana [Reyes] (attribution approved by an editor)</li>');
    expect(items).toContain('<li>Said by: Ana [Reyes] (attribution proposed by Verbatim, not checked by an editor; speaker uncertain (60 % confidence))</li>');
    expect(items).toContain('<li>In Verbatim: <a href="https://verbatim.example/claims/12">https://verbatim.example/claims/12</a></li>');
    expect(items.indexOf('claims/11')).toBeLessThan(items.indexOf('claims/12'));
  });
});
