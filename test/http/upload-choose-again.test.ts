import { csrfToken } from '../support';
import { signedIn } from '../support/claims-http';

/**
 * An upload refused for one of the article's facts comes back with what was typed, but no browser keeps the chosen
 * file: the form says so at the file, so the reviewer does not send it again without one and meet a second refusal.
 */
describe('an upload refused for a fact typed beside the file', () => {
  it('when the date is no date, then the form keeps what was typed and says at the file to choose it again', async () => {
    const { agent } = await signedIn('fact_checker');
    const _csrf = await csrfToken(agent, '/articles/new?tab=upload');
    const res = await agent.post('/articles/upload').field('_csrf', _csrf).field('outlet', 'Coast Ledger').field('published_at', '31/02/2026')
      .field('step', 'save').attach('file', Buffer.from('Pier plan\n\n“We will rebuild,” said Ines Okafor.'), 'pier.txt');
    expect(res.status).toBe(422);
    expect(res.text).toContain('value="Coast Ledger"');
    const field = /<label for="file">[\s\S]*?<input id="file"[^>]*>/.exec(res.text)![0];
    expect(field).toContain('<p class="field-error" id="file-again">Choose the file again: it is not kept when the form comes back.</p>');
    expect(/<input id="file"[^>]*aria-describedby="([^"]*)"/.exec(field)![1]!.split(' ')).toContain('file-again');
  });

  it('when the file itself is refused, then only that reason is given at the file', async () => {
    const { agent } = await signedIn('fact_checker');
    const _csrf = await csrfToken(agent, '/articles/new?tab=upload');
    const res = await agent.post('/articles/upload').field('_csrf', _csrf).field('step', 'save').attach('file', Buffer.from('%PDF-1.4'), 'pier.pdf');
    expect(res.status).toBe(422);
    expect(res.text).toContain('Only .txt, .html and .md files can be imported');
    expect(res.text).not.toContain('Choose the file again');
  });

  it('when the upload form is first opened, then it asks for nothing again', async () => {
    const { agent } = await signedIn('fact_checker');
    expect((await agent.get('/articles/new?tab=upload')).text).not.toContain('Choose the file again');
  });
});
