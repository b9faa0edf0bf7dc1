import { assignClaim } from '../../server/claims/service';
import { RELEASE_NOTE, updateAccount } from '../../server/users/service';
import { insertArticleWithClaims, insertReviewer } from '../support/claims-fixtures';
import { getTestDb } from '../support';

const db = getTestDb();

describe('deactivating an account with claims in its queue', () => {
  test('when the queue is longer than one statement of audit events, then every claim is released with its own event', async () => {
    const admin = await insertReviewer(db, 'admin');
    const checker = await insertReviewer(db);
    const { articleId, claimIds: [first] } = await insertArticleWithClaims(db, admin, '"Many words."', [{ quote: 'Many words.', assigneeId: checker }]);
    const more = Array.from({ length: 1200 }, (_, i) => ({
      article_id: articleId, position: i + 1, start_offset: 1, end_offset: 12, quote: 'Many words.', kind: 'direct', assignee_id: checker,
    }));
    await db.batchInsert('claims', more, 400);
    const queued: number[] = (await db('claims').where({ assignee_id: checker }).orderBy('id').pluck('id')).map(Number);
    expect(queued).toHaveLength(1201);

    const { claimsReleased } = await updateAccount(db, { id: admin, ip: '10.0.0.9' }, checker, { active: false });

    expect(claimsReleased).toBe(1201);
    expect(Number((await db('claims').where({ assignee_id: checker }).count<{ n: string }[]>({ n: '*' }).first())!.n)).toBe(0);
    const events = await db('audit_events').where({ entity_type: 'claim', action: 'claim.assign', actor_id: admin })
      .whereIn('entity_id', queued.map(String)).select('entity_id', 'before', 'after', 'note', 'ip');
    expect(events).toHaveLength(1201);
    expect(new Set(events.map((e: { entity_id: string }) => Number(e.entity_id)))).toEqual(new Set(queued));
    const deactivation = await db('audit_events').where({ entity_type: 'user', entity_id: String(checker), action: 'user.update' }).first('id', 'after');
    expect(deactivation.after).toMatchObject({ active: false, claims_released: 1201 });
    expect(events.find((e: { entity_id: string }) => Number(e.entity_id) === first)).toEqual({
      entity_id: String(first), before: { assignee_id: checker, version: 1 }, after: { assignee_id: null, version: 2, part_of_event: deactivation.id },
      note: RELEASE_NOTE, ip: '10.0.0.9',
    });
  });

  test('when a claim is assigned to someone while their deactivation is under way, then the assignment waits for it and is refused', async () => {
    const admin = await insertReviewer(db, 'admin');
    const checker = await insertReviewer(db);
    const { claimIds: [id] } = await insertArticleWithClaims(db, admin, '"Late words."', [{ quote: 'Late words.' }]);
    let assigning: ReturnType<typeof assignClaim> | undefined;
    await db.transaction(async (trx) => {
      // the account row as a deactivation holds it, between reading the queue it releases and committing
      await trx('users').where({ id: checker }).forUpdate().first('id');
      assigning = assignClaim(db, { id: admin, ip: null }, id!, { assignee: checker, version: 1 });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await trx('users').where({ id: checker }).update({ active: false });
    });
    expect(await assigning).toEqual({ ok: false, invalid: { assignee: 'That reviewer does not exist or is deactivated.' } });
    expect(await db('claims').where({ id }).first('assignee_id', 'version')).toEqual({ assignee_id: null, version: 1 });
  });
});
