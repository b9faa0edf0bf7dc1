import { closeTestDb } from './db';

afterAll(async () => {
  await closeTestDb();
});
