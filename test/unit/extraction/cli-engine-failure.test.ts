import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { run } from '../../../server/cli/extract';

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

describe('extract CLI when the engine fails on one article', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'extract-cli-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

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
});
