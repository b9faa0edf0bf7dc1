export interface DayCount {
  day: string;
  count: number;
}

export interface Bar extends DayCount {
  x: number;
  y: number;
  height: number;
  label: string;
}

export const CHART = { width: 560, height: 160, top: 16, bottom: 28, gap: 6 } as const;

/** The last `days` UTC days ending today, oldest first, with zero for days without reviews. */
export function lastDays(counts: Map<string, number>, days: number, today = new Date()): DayCount[] {
  const end = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Array.from({ length: days }, (_, i) => {
    const day = new Date(end - (days - 1 - i) * 86_400_000).toISOString().slice(0, 10);
    return { day, count: counts.get(day) ?? 0 };
  });
}

/** Bar geometry for a server-rendered SVG: heights scale to the busiest day. */
export function bars(series: DayCount[]): { bars: Bar[]; max: number; barWidth: number } {
  const max = Math.max(1, ...series.map((d) => d.count));
  const plot = CHART.height - CHART.top - CHART.bottom;
  const barWidth = (CHART.width - CHART.gap * (series.length - 1)) / Math.max(1, series.length);
  return {
    max,
    barWidth,
    bars: series.map((d, i) => {
      const height = Math.round((d.count / max) * plot);
      return { ...d, x: Math.round(i * (barWidth + CHART.gap)), y: CHART.top + plot - height, height, label: d.day.slice(5) };
    }),
  };
}
