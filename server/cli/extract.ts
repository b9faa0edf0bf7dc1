import { open, type FileHandle } from 'node:fs/promises';
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

/** Bytes read at a time: large reads keep system calls few, and memory still holds about one article. */
const READ_SIZE = 1 << 20;

/** Streams articles line by line so memory holds one article at a time, not the batch. */
export async function run(path: string, out: Writable, err: Writable): Promise<number> {
  let file: FileHandle;
  try {
    file = await open(path, 'r');
  } catch (e) {
    err.write(`extract: cannot read ${path}: ${(e as Error).message}\n`);
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
    let row: string;
    try {
      row = predictionLine(article.id, article.text) + '\n';
    } catch (e) {
      // One article the engine cannot handle must not cost the batch, nor pass for an unreadable input.
      err.write(`extract: line ${lineNo}: the engine failed (${(e as Error).message}); skipped\n`);
      return;
    }
    buffered.push(row);
    size += row.length;
    // Writes are batched because one syscall per article dominates on short texts.
    if (size > 1 << 16) await flush();
  };
  try {
    // Lines are cut on the newline byte, which never occurs inside a UTF-8 sequence, and each line is decoded
    // once, whole. Only the unfinished line is kept across reads, in pieces joined once its end arrives, so
    // memory holds about one article and a very long line is not copied again with every read.
    let partial: Buffer[] = [];
    for (;;) {
      const chunk = Buffer.allocUnsafe(READ_SIZE);
      const { bytesRead } = await file.read(chunk, 0, READ_SIZE, null);
      if (!bytesRead) break;
      let from = 0;
      for (let nl = chunk.indexOf(10, from); nl >= 0 && nl < bytesRead; nl = chunk.indexOf(10, from)) {
        const end = nl > from && chunk[nl - 1] === 13 ? nl - 1 : nl;
        if (partial.length) {
          partial.push(chunk.subarray(from, nl));
          const whole = Buffer.concat(partial);
          partial = [];
          const cut = whole.length && whole[whole.length - 1] === 13 ? whole.length - 1 : whole.length;
          await handle(whole.toString('utf8', 0, cut));
        } else await handle(chunk.toString('utf8', from, end));
        from = nl + 1;
      }
      if (from < bytesRead) partial.push(chunk.subarray(from, bytesRead));
    }
    if (partial.length) await handle(Buffer.concat(partial).toString('utf8'));
  } catch (e) {
    await flush();
    err.write(`extract: cannot read ${path}: ${(e as Error).message}\n`);
    return 2;
  } finally {
    await file.close();
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
