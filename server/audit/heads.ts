/**
 * A hash chain shows a link changed, removed or moved, but not events cut off its end: what is left is a shorter
 * chain as valid as the whole. A head, the last link a check verified (its seq and hash), is the anchor: its hash
 * covers every event before it, so a chain that holds the same hash at that seq holds those events as the check saw
 * them, and one that ends before it or holds another event there lost some. Checks record the head they verify and
 * compare the chain with the heads recorded before; an admin keeps one outside the database and gives it back.
 */
export interface ChainHead {
  seq: number;
  hash: string;
}

/** A link of the chain, found sound. */
type ChainLink = ChainHead & { id: number };

/** A head the chain must still hold: one an earlier check verified, or one given back from outside the database. */
export type KnownHead = ChainHead & ({ checkId: number; checkedAt: Date } | { checkId: null; checkedAt: null });

export interface LostHead {
  problem: 'truncated' | 'replaced';
  seq: number;
  eventId: number | null;
  message: string;
}

/** How a head is written for an admin to keep, and given back: `SEQ:HASH`. */
export function headText(head: ChainHead): string {
  return `${head.seq}:${head.hash}`;
}

export function parseHead(text: string): ChainHead | null {
  const match = /^#?([1-9]\d{0,15}):([0-9a-f]{64})$/i.exec(text.trim());
  return match ? { seq: Number(match[1]), hash: match[2]!.toLowerCase() } : null;
}

/**
 * Follows a verification's walk of the chain, link by link in seq order: `passed` after each link found sound,
 * `ended` once the walk reached the chain's end. Each says what is lost when a known head is not held.
 */
export function watchHeads(known: readonly KnownHead[]): { passed(link: ChainLink): LostHead | null; ended(lastSeq: number): LostHead | null } {
  // why: of heads at one seq the newest check comes last, the one named when the chain no longer reaches it
  const heads = [...known].sort((a, b) => a.seq - b.seq || (a.checkId ?? 0) - (b.checkId ?? 0));
  let next = 0;
  let held: KnownHead | null = null;
  return {
    passed(link) {
      for (; next < heads.length && heads[next]!.seq <= link.seq; next++) {
        const head = heads[next]!;
        if (head.hash !== link.hash) return { problem: 'replaced', seq: head.seq, eventId: link.id, message: replaced(head, held) };
        held = head;
      }
      return null;
    },
    ended(lastSeq) {
      if (next === heads.length) return null;
      const furthest = heads.at(-1)!;
      return { problem: 'truncated', seq: furthest.seq, eventId: null, message: truncated(furthest, lastSeq) };
    },
  };
}

function truncated(head: KnownHead, lastSeq: number): string {
  const after = lastSeq > 0 ? `events after #${lastSeq}` : 'all events';
  return head.checkId === null
    ? `${after} up to the head given (#${head.seq}) are gone`
    : `${after} that ${witness(head)} verified (up to #${head.seq}) are gone`;
}

function replaced(head: KnownHead, held: KnownHead | null): string {
  const which = head.checkId === null ? 'the head given' : `the one ${witness(head)} verified`;
  const since = held ? `after #${held.seq} (which still matches ${witness(held)})` : '';
  return `event #${head.seq} is not ${which}: events ${since ? `${since} ` : ''}up to #${head.seq} were removed or rewritten`;
}

function witness(head: KnownHead): string {
  return head.checkId === null ? 'the head given' : `check ${head.checkId} of ${head.checkedAt.toISOString().replace('T', ' ').slice(0, 16)} UTC`;
}
