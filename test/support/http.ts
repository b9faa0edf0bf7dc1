import type { Express } from 'express';
import request from 'supertest';

export type Agent = ReturnType<typeof request.agent>;

/** The hidden `_csrf` value of the first form on a page. */
export function csrfFrom(html: string): string {
  const m = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!m?.[1]) throw new Error('No _csrf field on the page');
  return m[1];
}

/** GETs a page with the agent and returns the CSRF token it carries. */
export async function csrfToken(agent: Agent, path = '/login'): Promise<string> {
  const res = await agent.get(path);
  return csrfFrom(res.text);
}

/** Signs the agent in through the real form; fails loudly if sign-in does not succeed. */
export async function signIn(agent: Agent, email: string, password: string): Promise<Agent> {
  const _csrf = await csrfToken(agent, '/login');
  const res = await agent.post('/login').type('form').send({ email, password, _csrf });
  if (res.status !== 303) throw new Error(`Sign-in as ${email} failed: ${res.status}`);
  return agent;
}

export function newAgent(app: Express): Agent {
  return request.agent(app);
}
