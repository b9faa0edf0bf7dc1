/** Extraction timings grouped by input size (powers of four), printed as time per MB. */
export class SizeBuckets {
  private readonly rows = new Map<number, { count: number; bytes: number; ms: number; max: number }>();

  add(bytes: number, ms: number): void {
    const bucket = bytes <= 1024 ? 0 : Math.ceil(Math.log(bytes / 1024) / Math.log(4));
    const row = this.rows.get(bucket) ?? { count: 0, bytes: 0, ms: 0, max: 0 };
    row.count++;
    row.bytes += bytes;
    row.ms += ms;
    row.max = Math.max(row.max, ms);
    this.rows.set(bucket, row);
  }

  table(): string {
    const label = (b: number) => (b === 0 ? '≤ 1 KB' : `${size(1024 * 4 ** (b - 1))} – ${size(1024 * 4 ** b)}`);
    const lines = [`${'input size'.padEnd(18)}${'inputs'.padStart(9)}${'MB'.padStart(10)}${'ms/MB'.padStart(10)}${'max ms'.padStart(10)}`];
    for (const b of [...this.rows.keys()].sort((x, y) => x - y)) {
      const r = this.rows.get(b)!;
      lines.push(
        `${label(b).padEnd(18)}${String(r.count).padStart(9)}${(r.bytes / 1e6).toFixed(2).padStart(10)}` +
          `${(r.ms / (r.bytes / 1e6)).toFixed(1).padStart(10)}${r.max.toFixed(1).padStart(10)}`,
      );
    }
    return lines.join('\n');
  }
}

function size(bytes: number): string {
  return bytes >= 1 << 20 ? `${bytes / (1 << 20)} MB` : `${bytes / 1024} KB`;
}
