/**
 * What a quote mark's surroundings say it does. Scrapers swap glyphs, so the position decides, not the glyph:
 * a mark followed by text opens, a mark after text closes, a mark alone on its line can do either.
 */
export type MarkRole = 'open' | 'close' | 'either';

const ROLES: readonly MarkRole[] = ['open', 'close', 'either'];
const ROLE = 3;
const AT_START = 4;
const AT_END = 8;
const WEAK = 16;

/**
 * The quote marks of an article in the order they were met, one column a field. A wall of short quotations holds a
 * mark every other character: as objects, a megabyte of it would be half a million of them for the collector.
 */
export class MarkList {
  length = 0;
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private paras = new Int32Array(64);
  private flags = new Uint8Array(64);

  add(start: number, end: number, para: number, role: MarkRole, atStart: boolean, atEnd: boolean, weak: boolean): void {
    if (this.length === this.starts.length) this.grow();
    const k = this.length++;
    this.starts[k] = start;
    this.ends[k] = end;
    this.paras[k] = para;
    this.flags[k] = ROLES.indexOf(role) | (atStart ? AT_START : 0) | (atEnd ? AT_END : 0) | (weak ? WEAK : 0);
  }

  start(k: number): number {
    return this.starts[k]!;
  }

  end(k: number): number {
    return this.ends[k]!;
  }

  /** Index into the document's paragraphs. */
  para(k: number): number {
    return this.paras[k]!;
  }

  role(k: number): MarkRole {
    return ROLES[this.flags[k]! & ROLE]!;
  }

  /** Only spaces and punctuation between the paragraph's start and the mark. */
  atStart(k: number): boolean {
    return (this.flags[k]! & AT_START) !== 0;
  }

  /** Only spaces and punctuation between the mark and the paragraph's end. */
  atEnd(k: number): boolean {
    return (this.flags[k]! & AT_END) !== 0;
  }

  /** A single apostrophe-mark standing in for a double one: it never rebuilds a quotation, and nests. */
  weak(k: number): boolean {
    return (this.flags[k]! & WEAK) !== 0;
  }

  private grow(): void {
    const size = this.length * 2;
    this.starts = copyInto(new Int32Array(size), this.starts);
    this.ends = copyInto(new Int32Array(size), this.ends);
    this.paras = copyInto(new Int32Array(size), this.paras);
    this.flags = copyInto(new Uint8Array(size), this.flags);
  }
}

function copyInto<T extends Int32Array | Uint8Array>(to: T, from: T): T {
  to.set(from);
  return to;
}
