import { resolveFields } from '../../server/articles/service';
import { outletOfLink } from '../../server/articles/link-outlet';
import type { ArticleFacts } from '../../server/extraction';

describe('outletOfLink', () => {
  it.each([
    ['https://www.lefigaro.fr/international/2022/09/07/article.php', 'Le Figaro'],
    ['http://edition.cnn.com/2016/politics/story', 'CNN'],
    ['https://www.nytimes.com/2016/05/01/us/politics/story.html', 'The New York Times'],
    ['https://www.harbourpost.com/news?id=3', 'Harbour Post'],
    ['https://WWW.KYIVPOST.COM./x', 'Kyiv Post'],
  ])('when the link is %s, then the outlet is %s', (link, outlet) => {
    expect(outletOfLink(link)).toBe(outlet);
  });

  it('when a page was translated through a proxy that writes the site into its host, then the outlet is the site translated', () => {
    expect(outletOfLink('https://www-lefigaro-fr.translate.goog/politique/x?_x_tr_sl=fr&_x_tr_tl=en')).toBe('Le Figaro');
    // (two hyphens stand for a hyphen of the host)
    expect(outletOfLink('https://www-ouest--france-fr.translate.goog/x')).toBe('Ouest-France');
  });

  it.each([
    'https://web.archive.org/web/2022/https://www.lefigaro.fr/x', 'https://archive.ph/AbCdE', 'https://t.co/xyz', 'https://bit.ly/3abc',
    'https://news.google.com/articles/x', 'https://twitter.com/someone/status/1', 'https://mobile.twitter.com/someone', 'https://x.com/someone',
    'https://www.facebook.com/page/posts/1', 'https://someone.substack.com/p/post',
  ])('when the link is to a site that carries other people’s pages (%s), then no outlet', (link) => {
    expect(outletOfLink(link)).toBeNull();
  });

  it.each([null, '', 'not a link', 'ftp://files.example.org/a.txt', 'mailto:desk@example.org', 'http://127.0.0.1/x', 'http://[::1]/x', 'http://intranet/x'])(
    'when the link is %p, then no outlet',
    (link) => {
      expect(outletOfLink(link)).toBeNull();
    },
  );
});

describe('resolveFields: the outlet', () => {
  const facts = (over: Partial<ArticleFacts> = {}): ArticleFacts => ({
    title: null, publishedAt: null, outlet: null, author: null, language: null, translated: false, republishedBy: null, ...over,
  });
  const url = 'https://www.lefigaro.fr/international/x';

  it('when neither the person nor the text names one, then the link’s site does', () => {
    expect(resolveFields({ text: 'x', url }, 'x', facts()).outlet).toBe('Le Figaro');
  });

  it('when the person typed one or the text names one, then that one wins over the link', () => {
    expect(resolveFields({ text: 'x', url, outlet: 'City Post' }, 'x', facts({ outlet: 'Wire' })).outlet).toBe('City Post');
    expect(resolveFields({ text: 'x', url }, 'x', facts({ outlet: 'Wire' })).outlet).toBe('Wire');
  });

  it('when an aggregator republished the article, then its link is the aggregator’s page and names no outlet', () => {
    expect(resolveFields({ text: 'x', url }, 'x', facts({ translated: true })).outlet).toBeNull();
    expect(resolveFields({ text: 'x', url }, 'x', facts({ republishedBy: 'Aggregator' })).outlet).toBeNull();
  });

  it('when the person emptied the outlet at the preview, then the link does not fill it again', () => {
    expect(resolveFields({ text: 'x', url, cleared: ['outlet'] }, 'x', facts()).outlet).toBeNull();
  });
});
