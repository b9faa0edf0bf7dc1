/**
 * Concurrency suites run on a real PostgreSQL server only. The embedded database serves every connection from one
 * PGlite session through pglite-socket, which interleaves concurrent extended-protocol batches (Parse/Bind/Execute)
 * from different connections: under a storm one connection binds another's statement ("bind message supplies 3
 * parameters, but prepared statement requires 2") and the queue then stalls. Until the embedded server serialises
 * whole batches per connection, these suites would measure that defect, not the app.
 */
export const onRealServer = Boolean(process.env.DATABASE_URL?.trim());

export const describeOnServer: jest.Describe = onRealServer
  ? describe
  : (((name: string) => {
      describe.skip(name, () => {
        it('needs DATABASE_URL', () => undefined);
      });
      process.stdout.write(`skipped on the embedded database (pglite-socket interleaves concurrent connections): ${name}\n`);
    }) as unknown as jest.Describe);
