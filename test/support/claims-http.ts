import type { Role } from '../../server/auth/permissions';
import { createUser, csrfFrom, getTestDb, newAgent, signIn, testApp, type Agent } from './index';

export async function signedIn(role: Role = 'fact_checker', name?: string): Promise<{ agent: Agent; userId: number; email: string }> {
  const { user, password } = await createUser(getTestDb(), { role, name });
  return { agent: await signIn(newAgent(testApp()), user.email, password), userId: user.id, email: user.email };
}

/** The claim page's CSRF token and the version its forms carry. */
export async function claimForm(agent: Agent, claimId: number): Promise<{ _csrf: string; version: string }> {
  const page = await agent.get(`/claims/${claimId}`);
  if (page.status !== 200) throw new Error(`GET /claims/${claimId} answered ${page.status}`);
  const version = /name="version" value="(\d+)"/.exec(page.text)?.[1];
  if (!version) throw new Error('the claim page has no version field');
  return { _csrf: csrfFrom(page.text), version };
}
