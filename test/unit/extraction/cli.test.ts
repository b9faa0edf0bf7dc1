import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { parseArticleLine, run } from '../../../server/cli/extract';

// The real engine, except on articles that say BOOM: it stands for an engine bug on one article.
jest.mock('../../../server/extraction', () => {
  const actual = jest.requireActual<typeof import('../../../server/extraction')>('../../../server/extraction');
  return {
    ...actual,
    extract: (input: { text: string }) => {
      if (input.text.includes('BOOM')) throw new Error('engine bug');
      return actual.extract(input);
    },
  };
});

function sink(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let data = '';
  stream.on('data', (d: Buffer) => (data += d.toString()));
  return { stream, text: () => data };
}

describe('extract CLI', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'extract-cli-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('when lines are articles, then one prediction line per article is written in input order', async () => {
    const file = path.join(dir, 'in.jsonl');
    writeFileSync(file, [
      JSON.stringify({ id: 'a', text: 'The pilot said, "We land in ten minutes."', extra: 1 }),
      JSON.stringify({ id: 'b', text: 'No quotation here.' }),
    ].join('\n'));
    const out = sink();
    const err = sink();
    const code = await run(file, out.stream, err.stream);
    const rows = out.text().trim().split('\n').map((l) => JSON.parse(l) as { id: string; quotes: { start: number; end: number; text: string; kind: string }[] });
    expect(code).toBe(0);
    expect(err.text()).toBe('');
    expect(rows.map((r) => r.id)).toEqual(['a', 'b']);
    expect(rows[0]!.quotes[0]).toMatchObject({ text: 'We land in ten minutes.', kind: 'direct' });
    expect(Object.keys(rows[0]!.quotes[0]!).sort()).toEqual(['confidence', 'cue', 'end', 'kind', 'speaker', 'speaker_mention', 'start', 'text']);
    expect(rows[1]!.quotes).toEqual([]);
  });

  it('when a line is broken, then it is reported with its line number and the others still come out', async () => {
    const file = path.join(dir, 'in.jsonl');
    writeFileSync(file, ['{"id":"a","text":"One."}', '{not json', '{"id":7,"text":"x"}', '{"id":"d","text":"Two."}', ''].join('\r\n'));
    const out = sink();
    const err = sink();
    const code = await run(file, out.stream, err.stream);
    expect(code).toBe(0);
    expect(out.text().trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['a', 'd']);
    expect(err.text()).toMatch(/line 2: not JSON/);
    expect(err.text()).toMatch(/line 3: no string "id"/);
  });

  it('when the engine throws on a line, then that line is reported and skipped and the batch goes on with exit code 0', async () => {
    const file = path.join(dir, 'in.jsonl');
    writeFileSync(file, ['{"id":"a","text":"One."}', '{"id":"b","text":"BOOM"}', '{"id":"c","text":"Two."}'].join('\n'));
    const out = sink();
    const err = sink();
    const code = await run(file, out.stream, err.stream);
    expect(code).toBe(0);
    expect(out.text().trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['a', 'c']);
    expect(err.text()).toBe('extract: line 2: the engine failed (engine bug); skipped\n');
  });

  it('when the input cannot be read, then the exit code is non-zero and the reason is on stderr', async () => {
    const err = sink();
    const code = await run(path.join(dir, 'missing.jsonl'), sink().stream, err.stream);
    expect(code).not.toBe(0);
    expect(err.text()).toMatch(/cannot read/);
  });

  it('when a line has no text field, then parseArticleLine says so', () => {
    expect(parseArticleLine('{"id":"x"}')).toBe('no string "text"');
    expect(parseArticleLine('[]')).toBe('no string "id"');
    expect(parseArticleLine('null')).toBe('not a JSON object');
  });
});
