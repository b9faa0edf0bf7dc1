import ejs from 'ejs';
import { escapeHtml } from '../../server/http/views';

describe('escapeHtml', () => {
  const values: unknown[] = [
    '', 'plain text', `<script>alert("x")</script>`, `O'Brien & "Sons" > <others>`, '&amp; already', '&&&<<<>>>"""\'\'\'',
    'ünïcødé «guillemets» “curly” ‘single’', 0, 42, -1.5, true, false, null, undefined, { toString: () => '<b>' }, ['a<b', 'c'],
  ];

  it.each(values.map((v) => [v]))('when given %p, then it writes exactly what the EJS escaper writes', (value) => {
    expect(escapeHtml(value)).toBe(ejs.escapeXML(value as string));
  });

  it('when a template prints hostile text, then it comes out as entities', () => {
    const html = ejs.render('<p><%= v %></p>', { v: `<img src=x onerror="alert('1')">` }, { escape: escapeHtml });
    expect(html).toBe('<p>&lt;img src=x onerror=&#34;alert(&#39;1&#39;)&#34;&gt;</p>');
  });
});
