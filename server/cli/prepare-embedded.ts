import { prepareEmbeddedTemplate } from '../db/embedded';

/*
 * Run after `npm install`: prepares the empty embedded-database cluster that new data folders
 * start from. Never fails the install; without the template the first start runs initdb itself.
 */
const started = Date.now();
prepareEmbeddedTemplate()
  .then((dir) => {
    console.log(`Embedded database template ready (${Date.now() - started} ms): ${dir}`);
    process.exit(0);
  })
  .catch((err: unknown) => {
    console.warn(`Embedded database template not prepared (the first start will create the database): ${String(err)}`);
    process.exit(0);
  });
