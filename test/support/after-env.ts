import { stopEngine } from '../../server/articles/engine';
import { stopHtmlReader } from '../../server/imports/html-reducer';
import { closeTestDb } from './db';

afterAll(async () => {
  // the workers a test file started, so that they do not pile up in a jest process that runs file after file
  await Promise.all([stopEngine(), stopHtmlReader()]);
  await closeTestDb();
});
