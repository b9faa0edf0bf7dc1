import { getTestDb, testDatabaseUrl } from '../support';

describe('suites under test/unit', () => {
  it('when one asks for the test database, then it is told that such a suite belongs with the database suites', () => {
    expect(() => testDatabaseUrl()).toThrow(/test\/unit holds pure code.*belongs in test\/integration or test\/http/);
    expect(() => getTestDb()).toThrow(/test\/unit holds pure code/);
  });
});
