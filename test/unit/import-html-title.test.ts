import { documentFrom } from '../../server/imports/documents';
import { stopHtmlReader } from '../../server/imports/html-reducer';

afterAll(() => stopHtmlReader());

const body = '<p>' + 'The council met on Monday to vote on the harbour budget and the new ferry timetable for the islands. '.repeat(4) +
  '</p><p>"We will not raise fares," said Ana Ruiz.</p>';
const page = (head: string, h1: string) => `<!doctype html><html><head>${head}</head><body><article><h1>${h1}</h1>${body}</article></body></html>`;

describe('the title of an imported page', () => {
  it('when the page title adds the site name after a separator, then the title is the headline alone', async () => {
    // the headline is the page's own h1
    expect((await documentFrom('html', page('<title>Mayor defends budget | City Post</title>', 'Mayor defends budget'))).title).toBe('Mayor defends budget');
    expect((await documentFrom('html', page('<title>Mayor defends budget – City Post</title>', 'Mayor defends budget'))).title).toBe('Mayor defends budget');
    // the site's name is given by its meta data, whatever the headings
    const named = page('<title>Ferry fares frozen - Harbour Times</title><meta property="og:site_name" content="Harbour Times">', 'Fares');
    expect((await documentFrom('html', named)).title).toBe('Ferry fares frozen');
  });

  it('when nothing says the part after a separator is the site, then the title stays whole', async () => {
    const analysis = page('<title>Budget: what the mayor wants</title>', 'Harbour news');
    expect((await documentFrom('html', analysis)).title).toBe('Budget: what the mayor wants');
  });
});
