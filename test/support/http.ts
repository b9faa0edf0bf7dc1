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

/** The page an import form's preview was sent to (`/articles/new/preview/…`), as the browser follows it; any other answer as it came. */
export async function followPreview(agent: Agent, res: request.Response): Promise<request.Response> {
  const to = res.status === 303 ? res.headers.location : undefined;
  return to?.startsWith('/articles/new/preview/') ? agent.get(to) : res;
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

const unescapeHtml = (s: string) => s.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);

/** The hidden fields of the page's form posting to `action`, as a browser would send them. */
export function hiddenFields(page: string, action: string): Record<string, string> {
  const at = page.indexOf(`<form method="post" action="${action}">`);
  if (at < 0) throw new Error(`No form posting to ${action} on the page`);
  const form = page.slice(at, page.indexOf('</form>', at));
  return Object.fromEntries([...form.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)">/g)].map((m) => [m[1]!, unescapeHtml(m[2]!)]));
}
