/** Signs in to a running app over HTTP the way a browser does: the login form's CSRF token, then the session cookie. */
export interface WebSession {
  cookie: string;
  csrf: string;
}

export function csrfIn(html: string): string {
  const m = /name="_csrf"\s+value="([^"]+)"/.exec(html) ?? /value="([^"]+)"\s+name="_csrf"/.exec(html);
  if (!m) throw new Error('no _csrf field in the page');
  return m[1]!;
}

function cookieFrom(res: Response, previous = ''): string {
  const jar = new Map(previous ? previous.split('; ').map((c) => c.split('=', 2) as [string, string]) : []);
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(';');
    const i = pair!.indexOf('=');
    jar.set(pair!.slice(0, i), pair!.slice(i + 1));
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
}

export async function signInOverHttp(baseUrl: string, email: string, password: string): Promise<WebSession> {
  const login = await fetch(`${baseUrl}/login`);
  let cookie = cookieFrom(login);
  const form = new URLSearchParams({ email, password, _csrf: csrfIn(await login.text()) });
  const res = await fetch(`${baseUrl}/login`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
    redirect: 'manual',
  });
  if (res.status !== 303 && res.status !== 302) throw new Error(`sign-in as ${email} answered ${res.status}`);
  cookie = cookieFrom(res, cookie);
  const page = await fetch(`${baseUrl}/claims`, { headers: { cookie } });
  if (page.status !== 200) throw new Error(`/claims answered ${page.status} after sign-in`);
  return { cookie: cookieFrom(page, cookie), csrf: csrfIn(await page.text()) };
}
