/**
 * Hostile input for every field a user controls. Script payloads set `window.__xss` or open a dialog if they ever
 * run, so a browser can prove they stayed text; SQL payloads would change results or schema if they reached SQL.
 */
export const SCRIPT_PAYLOADS: readonly string[] = [
  '<script>window.__xss = 1; alert(1)</script>',
  '"><img src=x onerror="window.__xss = 2; alert(2)">',
  "'><svg onload=\"window.__xss = 3\">",
  '</textarea></title><script>window.__xss = 4</script>',
  '<iframe srcdoc="<script>parent.__xss = 5</script>"></iframe>',
  '" onmouseover="window.__xss = 6" autofocus onfocus="window.__xss = 6" x="',
  '<a href="javascript:window.__xss = 7">click</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss = 8">',
  '<%= process.exit(9) %><%- "<b>" %>',
  '{{constructor.constructor("window.__xss = 10")()}}',
  '\u2028\u2029<script>window.__xss = 11</script>',
  '<details open ontoggle="window.__xss = 12">',
  '<body onload="window.__xss = 13">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=14">',
  '<base href="javascript:window.__xss = 15//">',
];

export const SQL_PAYLOADS: readonly string[] = [
  "' OR '1'='1",
  "'; DROP TABLE claims; --",
  "\\'; DELETE FROM audit_events; --",
  '1) OR (1=1',
  '%',
  '_',
  "%' OR 1=1 --",
  '$1',
  '?',
  ':id',
  '\\',
  '"; SELECT pg_sleep(5); --',
  "1' UNION SELECT password_hash FROM users --",
  'x\u0000y',
  '\ud800',
  "' || (SELECT string_agg(email, ',') FROM users) || '",
  '!@#$%^&*()[]{}|;:,.<>/?`~',
];

/** JavaScript URLs and hosts a URL field must not accept as a link. */
export const HOSTILE_LINKS: readonly string[] = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
];

/** DOM features an escaped page never has: inline scripts, event-handler attributes, javascript: links. */
export const INJECTED_DOM = `(() => {
  const found = [];
  for (const s of document.querySelectorAll('script')) if (!s.src) found.push('inline script');
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) found.push(el.tagName + '[' + a.name + ']');
      if ((a.name === 'href' || a.name === 'src' || a.name === 'action') && /^\\s*(javascript|data|vbscript):/i.test(a.value)) found.push(el.tagName + '[' + a.name + '=' + a.value.slice(0, 30) + ']');
      if (a.name === 'srcdoc') found.push(el.tagName + '[srcdoc]');
    }
  }
  for (const el of document.querySelectorAll('iframe, object, embed, base, meta[http-equiv]')) found.push(el.tagName);
  return found;
})()`;
