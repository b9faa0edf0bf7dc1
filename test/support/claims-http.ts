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

/** The newest flash on the page the redirect leads to (earlier ones not yet shown come first): its kind and its words. */
export async function noticeAfter(agent: Agent, location: string | undefined): Promise<string | undefined> {
  return [...(await agent.get(location!)).text.matchAll(/<p class="flash (flash--\w+)"[^>]*>([^<]*)<\/p>/g)].at(-1)?.slice(1).join(' ');
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&#34;': '"', '&#39;': "'" };
const unescapeHtml = (s: string) => s.replace(/&(amp|lt|gt|#34|#39);/g, (e) => ENTITIES[e]!);

/** What the page's "Correct the attribution" form sends as it stands: every field, as the page filled it. */
export function correctionForm(html: string): Record<string, string> {
  const form = /<form method="post" action="\/claims\/\d+\/attribution" class="attribution-form stack"[\s\S]*?<\/form>/.exec(html)?.[0];
  if (!form) throw new Error('the page has no attribution correction form');
  const fields: Record<string, string> = {};
  for (const m of form.matchAll(/<input\b[^>]*?\bname="(\w+)"[^>]*?\bvalue="([^"]*)"/g)) fields[m[1]!] = unescapeHtml(m[2]!);
  for (const m of form.matchAll(/<textarea\b[^>]*?\bname="(\w+)"[^>]*>([^<]*)<\/textarea>/g)) fields[m[1]!] = unescapeHtml(m[2]!);
  return fields;
}
