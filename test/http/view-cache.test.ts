import { createApp } from '../../server/app';
import { getSessionPool, getTestDb } from '../support';

function appIn(nodeEnv: 'development' | 'production' | 'test') {
  return createApp({
    config: { sessionSecret: 'view-cache-test-secret-long-enough-0123456789', trustProxy: false, nodeEnv, logLevel: 'silent' },
    db: getTestDb(),
    sessionPool: getSessionPool(),
  });
}

test('when the app runs in production or test, then compiled templates are kept; in development they are re-read', () => {
  expect(appIn('production').enabled('view cache')).toBe(true);
  expect(appIn('test').enabled('view cache')).toBe(true);
  expect(appIn('development').enabled('view cache')).toBe(false);
});
