/**
 * Counts, per kind, the runs of a property whose input gave it something of that kind to check (a claim, a speaker,
 * site clutter); read after fc.assert, so that a property checked over claims cannot pass because its inputs made none.
 */
export function tally() {
  let runs = 0;
  const counts = new Map<string, number>();
  return {
    run(seen: Record<string, boolean>): void {
      runs += 1;
      for (const [kind, yes] of Object.entries(seen)) if (yes) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    },
    /** The kinds seen in fewer than their minimum share of the runs, each with the share seen; all of them when no run was made. */
    below(minimum: Record<string, number>): Record<string, number> {
      return Object.fromEntries(Object.entries(minimum)
        .map(([kind, min]) => [kind, runs ? (counts.get(kind) ?? 0) / runs : 0, min] as const)
        .filter(([, share, min]) => !(runs > 0 && share >= min))
        .map(([kind, share]) => [kind, share]));
    },
  };
}
