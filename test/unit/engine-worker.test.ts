import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { configureEngine, EngineFailed, extractOffThread } from '../../server/articles/engine';
import { extract } from '../../server/extraction';

const ARTICLE = 'Talks resume\n\nThe minister arrived on Monday.\n\n“We will pay in rubles,” said Minister Ana Kova, according to RIA Novosti.';

describe('the engine in its worker thread', () => {
  afterEach(() => configureEngine({}));

  it('when an article is read there, then the findings are exactly those of the engine run in place', async () => {
    const result = await extractOffThread(ARTICLE, undefined, 100);
    expect(result).toEqual({ extraction: extract({ text: ARTICLE }) });
    expect('extraction' in result && result.extraction.claims[0]).toMatchObject({ text: 'We will pay in rubles,', speaker: 'Ana Kova' });
  });

  it('when a million characters of dense quotations are read, then the main thread stays free meanwhile', async () => {
    const unit = 'The minister said “We will pay in rubles,” according to RIA Novosti. The talks went on for hours in the capital. ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
    await extractOffThread('warm up', undefined, 10);
    // why: compared in one run with the same extraction made in place, which holds the thread for all of it (350 ms
    // and more here, every request waiting that long); a fixed bound in milliseconds failed on a loaded machine where
    // taking the result back alone came near it
    const started = performance.now();
    extract({ text });
    const inPlace = performance.now() - started;
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const result = await extractOffThread(text, undefined, 10_000);
    delay.disable();
    expect('extraction' in result && result.extraction.claims.length).toBeGreaterThan(8000);
    // the longest the thread was held: taking the result back, a fraction of the extraction
    expect(delay.max / 1e6).toBeLessThan(inPlace / 2);
  });

  it('when a text holds more claims than allowed, then only their number comes back', async () => {
    expect(await extractOffThread('“No.” '.repeat(50), undefined, 10)).toEqual({ tooMany: 50 });
  });

  it('when a text takes the engine past its time limit, then that text fails in words and the next one is read', async () => {
    configureEngine({ runMs: () => 1 });
    // long enough that even a warm engine takes many times the limit
    const slow = extractOffThread(ARTICLE.repeat(3000), undefined, 100_000);
    await expect(slow).rejects.toBeInstanceOf(EngineFailed);
    await expect(slow).rejects.toThrow('Verbatim could not read the claims of this text: the extraction engine took too long on this text');
    configureEngine({});
    expect(await extractOffThread(ARTICLE, undefined, 100)).toEqual({ extraction: extract({ text: ARTICLE }) });
  });
});
