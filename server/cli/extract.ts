import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { extract } from '../extraction';
import type { Claim } from '../extraction/types';

/** One prediction line per article, in the evaluation kit's format. */
export function predictionLine(id: string, text: string): string {
  const { claims } = extract({ text });
  return JSON.stringify({ id, quotes: claims.map(toPrediction) });
}

function toPrediction(c: Claim) {
  return {
    start: c.start,
    end: c.end,
    text: c.text,
    kind: c.kind,
    speaker: c.speaker,
    speaker_mention: c.mention ? { start: c.mention.start, end: c.mention.end } : null,
    cue: c.cue,
    confidence: Math.round(c.confidence * 1000) / 1000,
  };
}

/** Parses one input line; a reason string when it is not a usable article. */
export function parseArticleLine(line: string): { id: string; text: string } | string {
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch (e) {
    return `not JSON (${(e as Error).message})`;
  }
  if (typeof rec !== 'object' || rec === null) return 'not a JSON object';
  const { id, text } = rec as { id?: unknown; text?: unknown };
  if (typeof id !== 'string') return 'no string "id"';
  if (typeof text !== 'string') return 'no string "text"';
  return { id, text };
}

/** Streams articles line by line so memory holds one article at a time, not the batch. */
export async function run(path: string, out: Writable, err: Writable): Promise<number> {
  const input = createReadStream(path, { encoding: 'utf8' });
  const opened = new Promise<Error | null>((resolve) => {
    input.once('ready', () => resolve(null));
    input.once('error', resolve);
  });
  const failure = await opened;
  if (failure) {
    err.write(`extract: cannot read ${path}: ${failure.message}\n`);
    return 2;
  }
  let lineNo = 0;
  let buffered: string[] = [];
  let size = 0;
  const flush = async () => {
    if (!buffered.length) return;
    const chunk = buffered.join('');
    buffered = [];
    size = 0;
    if (!out.write(chunk)) await once(out, 'drain');
  };
  const handle = async (line: string) => {
    lineNo++;
    if (!line.trim()) return;
    const article = parseArticleLine(line);
    if (typeof article === 'string') {
      err.write(`extract: line ${lineNo}: ${article}; skipped\n`);
      return;
    }
    const row = predictionLine(article.id, article.text) + '\n';
    buffered.push(row);
    size += row.length;
    // Writes are batched because one syscall per article dominates on short texts.
    if (size > 1 << 16) await flush();
  };
  try {
    // Lines are cut by hand: only the unfinished line is kept, in pieces joined once its end arrives, so memory
    // holds about one article and a very long line is not copied again with every chunk.
    let partial: string[] = [];
    for await (const chunk of input) {
      const data = chunk as string;
      let from = 0;
      for (let nl = data.indexOf('\n'); nl >= 0; nl = data.indexOf('\n', from)) {
        partial.push(data.slice(from, nl));
        const line = partial.join('');
        partial = [];
        await handle(line.endsWith('\r') ? line.slice(0, -1) : line);
        from = nl + 1;
      }
      if (from < data.length) partial.push(data.slice(from));
    }
    if (partial.length) await handle(partial.join(''));
  } catch (e) {
    await flush();
    err.write(`extract: cannot read ${path}: ${(e as Error).message}\n`);
    return 2;
  }
  await flush();
  return 0;
}

export async function main(argv: string[]): Promise<void> {
  const path = argv[0];
  if (!path || argv.length !== 1) {
    process.stderr.write('usage: npm run --silent extract -- FILE.jsonl\n');
    process.exitCode = 2;
    return;
  }
  process.exitCode = await run(path, process.stdout, process.stderr);
}

if (require.main === module) void main(process.argv.slice(2));
