import { LITERAL, type Db, type Trx } from '../db/knex';

export interface ClaimEvent {
  id: number;
  actor_id: number | null;
  actor_name: string | null;
  action: string;
  before: unknown;
  after: unknown;
  note: string | null;
  occurred_at: Date;
}

const eventsOf = (db: Db | Trx, claimId: number) =>
  db('audit_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .where({ 'e.entity_type': 'claim', 'e.entity_id': String(claimId) })
    .select('e.id', 'e.actor_id', 'u.name as actor_name', 'e.action', 'e.before', 'e.after', 'e.note', 'e.occurred_at');

/** What happened to a claim after the version a user's form was built from: every claim event records its version. */
export async function claimEventsSince(db: Db | Trx, claimId: number, version: number): Promise<ClaimEvent[]> {
  return eventsOf(db, claimId).whereRaw("CASE WHEN jsonb_typeof(e.after -> 'version') = 'number' THEN (e.after ->> 'version')::numeric ELSE 0 END > ?", [version]).orderBy('e.id', 'asc').limit(100, LITERAL);
}

/** The event that removed a claim, if one did: a removed claim's page says who removed it, when and why. */
export async function claimRemoval(db: Db | Trx, claimId: number): Promise<ClaimEvent | undefined> {
  return eventsOf(db, claimId).where('e.action', 'claim.remove').orderBy('e.id', 'desc').first();
}
