import { loadClaimListPage } from '../../server/claims/list-repository';
import { parseClaimListQuery } from '../../server/claims/list-query';
import { loadClaimPage } from '../../server/claims/page-repository';
import { insertArticleWithClaims, insertReviewer } from '../support/claims-fixtures';
import { isolatedDatabase, type IsolatedDatabase } from '../support';

/**
 * The people the claims pages and the audit page offer to pick are kept by a trigger on the accounts; what the pages show must be what
 * reading the accounts and claims afresh gives, after every kind of change. The oracle is that fresh reading, as
 * the pages made it on every view before the lists were kept.
 */
let iso: IsolatedDatabase;

beforeAll(async () => {
  iso = await isolatedDatabase();
}, 60_000);

afterAll(async () => {
  await iso?.close();
});

type Person = { id: number; name: string };

/** An account's label read afresh from every account, as the pages read it on every view before the labels were kept. */
function freshLabel(markDeactivated: boolean): string {
  const shared = `lower(u.name) IN (SELECT lower(name) FROM users GROUP BY lower(name) HAVING count(*) > 1)`;
  const notes = [`CASE WHEN ${shared} THEN u.email END`, ...(markDeactivated ? [`CASE WHEN NOT u.active THEN 'deactivated' END`] : [])];
  return `(u.name || coalesce(' (' || nullif(concat_ws(', ', ${notes.join(', ')}), '') || ')', ''))`;
}

async function freshFilter(): Promise<Person[]> {
  const { rows } = await iso.db.raw(`SELECT id::int, ${freshLabel(true)} AS name FROM users u
    WHERE active OR EXISTS (SELECT 1 FROM claims c WHERE c.assignee_id = u.id) ORDER BY u.name, u.id LIMIT 500`);
  return rows as Person[];
}

async function freshAssignees(): Promise<Person[]> {
  const { rows } = await iso.db.raw(`SELECT id::int, ${freshLabel(false)} AS name FROM users u WHERE active ORDER BY u.name, u.id LIMIT 500`);
  return rows as Person[];
}

/** The audit page's actor filter, read afresh: every account, active or not, with its email. */
async function freshActors(): Promise<Array<Person & { email: string }>> {
  const { rows } = await iso.db.raw(`SELECT id::int, name, email FROM users ORDER BY name, id LIMIT 500`);
  return rows as Array<Person & { email: string }>;
}

async function keptActors(): Promise<Array<Person & { email: string }>> {
  return (await iso.db.raw(`SELECT actors FROM reviewer_options WHERE id = 1`)).rows[0].actors;
}

async function shownFilter(viewer: number): Promise<Person[]> {
  return (await loadClaimListPage(iso.db, parseClaimListQuery({}, viewer).query, 50)).reviewers;
}

async function shownAssignees(claimId: number): Promise<Person[]> {
  return (await loadClaimPage(iso.db, claimId))!.reviewers;
}

describe('the people the claims pages and the audit page offer to pick', () => {
  test('when accounts are added, share a name, are renamed, deactivated while holding claims, lose their last claim and come back, then every list is what the accounts and claims say, at every step', async () => {
    const { db } = iso;
    const admin = await insertReviewer(db, 'admin', 'Ada Admin');
    const zoe = await insertReviewer(db, 'fact_checker', 'Zoë Ångström');
    const ben = await insertReviewer(db, 'fact_checker', 'Ben Okafor');
    const { claimIds: [first, second] } = await insertArticleWithClaims(db, admin, '"One." "Two."', [
      { quote: 'One.', assigneeId: zoe }, { quote: 'Two.', assigneeId: zoe },
    ]);
    const check = async (step: string) => {
      expect({ step, filter: await shownFilter(admin) }).toEqual({ step, filter: await freshFilter() });
      expect({ step, assignees: await shownAssignees(first!) }).toEqual({ step, assignees: await freshAssignees() });
      expect({ step, actors: await keptActors() }).toEqual({ step, actors: await freshActors() });
    };
    await check('three accounts');

    const twin = await insertReviewer(db, 'fact_checker', 'zoë ångström');
    await check('a second account of the same name, case aside');
    const zoeEmail = (await db('users').where({ id: zoe }).first('email')).email as string;
    expect((await shownAssignees(first!)).find((p) => p.id === zoe)!.name).toBe(`Zoë Ångström (${zoeEmail})`);
    // (and so is the assignee of each claim, in the list and on the claim's page)
    const listed = (await loadClaimListPage(db, parseClaimListQuery({}, admin).query, 50)).rows.filter((r) => r.id === first || r.id === second);
    expect(listed.map((r) => r.assignee_name)).toEqual([`Zoë Ångström (${zoeEmail})`, `Zoë Ångström (${zoeEmail})`]);
    expect((await loadClaimPage(db, first!))!.claim.assignee_name).toBe(`Zoë Ångström (${zoeEmail})`);

    await db('users').where({ id: zoe }).update({ active: false });
    await check('deactivated, holding two claims');
    expect((await shownFilter(admin)).find((p) => p.id === zoe)!.name).toBe(`Zoë Ångström (${zoeEmail}, deactivated)`);
    expect((await shownAssignees(first!)).map((p) => p.id)).not.toContain(zoe);

    await db('claims').where({ id: first }).update({ assignee_id: null });
    await check('one claim left');
    await db('claims').where({ id: second }).delete();
    await check('no claim left');
    expect((await shownFilter(admin)).map((p) => p.id)).not.toContain(zoe);

    await db('users').where({ id: twin }).update({ name: 'Zoe Angstrom' });
    await check('the twin renamed: the name is no longer shared');
    await db('users').where({ id: zoe }).update({ active: true });
    await check('reactivated');
    expect((await shownFilter(admin)).find((p) => p.id === zoe)!.name).toBe('Zoë Ångström');

    await db('claims').where({ id: first }).update({ assignee_id: ben });
    await db('users').where({ id: ben }).update({ active: false, email: `ben.${ben}@example.test` });
    await check('deactivated and its email changed in one statement');
    await db('users').where({ id: twin }).delete();
    await check('an account removed');
  });

  test('when an account only signs in, then the lists are not written again', async () => {
    const { db } = iso;
    const reviewer = await insertReviewer(db, 'fact_checker', 'Signs In Often');
    const before = (await db.raw(`SELECT xmin::text AS version FROM reviewer_options WHERE id = 1`)).rows[0].version as string;
    await db('users').where({ id: reviewer }).update({ last_sign_in_at: db.fn.now() });
    const after = (await db.raw(`SELECT xmin::text AS version FROM reviewer_options WHERE id = 1`)).rows[0].version as string;
    expect(after).toBe(before);
    await db('users').where({ id: reviewer }).update({ name: 'Signs In Often Renamed' });
    const renamed = (await db.raw(`SELECT xmin::text AS version FROM reviewer_options WHERE id = 1`)).rows[0].version as string;
    expect(renamed).not.toBe(before);
  });

  // (on a PostgreSQL server only: the embedded database runs one session, where no two transactions are ever open at
  // once, so the race this guards against cannot happen there)
  (process.env.DATABASE_URL?.trim() ? test : test.skip)('when two transactions rename accounts to one name at once, then both are labelled with their emails once both commit', async () => {
    const { db } = iso;
    const one = await insertReviewer(db, 'fact_checker', 'First Apart');
    const two = await insertReviewer(db, 'fact_checker', 'Second Apart');
    const trx1 = await db.transaction();
    const trx2 = await db.transaction();
    try {
      await trx1('users').where({ id: one }).update({ name: 'Same Name Now' });
      // the second waits for the first's lock on the lists, then reads the accounts the first committed
      // (started now: a query builder runs only once it is awaited or its then is called)
      const second = trx2('users').where({ id: two }).update({ name: 'Same Name Now' }).then((n) => n);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await trx1.commit();
      await second;
      await trx2.commit();
    } finally {
      if (!trx1.isCompleted()) await trx1.rollback();
      if (!trx2.isCompleted()) await trx2.rollback();
    }
    const shown = await shownFilter(one);
    expect(shown).toEqual(await freshFilter());
    expect(shown.filter((p) => p.name.startsWith('Same Name Now ('))).toHaveLength(2);
  });
});
