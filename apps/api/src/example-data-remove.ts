import { openDatabase } from '@lotsen/storage';
import { removeExampleData } from './example-data.js';

// `npm run example-data:remove`: takes the example term out of the database the API uses (the
// embedded folder, or DATABASE_URL). Stop the API first when it runs on the embedded database.
const db = await openDatabase({
  url: process.env.DATABASE_URL,
  dataDir: process.env.LOTSEN_DATA_DIR,
});
try {
  const removed = await removeExampleData(db);
  console.log(`removed the example data: ${removed.cohorts} cohorts, ${removed.leaders} leaders`);
} finally {
  await db.close();
}
