// A writer for the durability test, run in a child process: it opens the database given as JSON on
// the command line and commits numbered changes without end, printing one line per commit only
// after the commit has resolved. The test kills it with SIGKILL mid-stream.
import { event, newReferral, referralRequest } from './fixtures.test-support.js';
import { openDatabase, type OpenDatabaseOptions } from './index.js';

const options = JSON.parse(process.argv[2] ?? '{}') as OpenDatabaseOptions;
const db = await openDatabase(options);

function fail(what: string, error: unknown): never {
  process.stderr.write(`${what}: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

const at = (i: number) => new Date(Date.parse('2026-05-01T00:00:00.000Z') + i * 1000).toISOString();
const main = await db.referrals.create(newReferral({ event: event(at(0)) }));
if (!main.ok) fail('create main', main.error);
process.stdout.write(`main ${main.value.id}\n`);

let version = main.value.version;
for (let i = 1; ; i++) {
  const created = await db.referrals.create(
    newReferral({ request: referralRequest('rinkeby-kista', `crash-${i}`), event: event(at(i)) }),
  );
  if (!created.ok) fail('create', created.error);
  process.stdout.write(`created ${created.value.id}\n`);

  const moved = await db.referrals.transition(main.value.id, version, {
    toStatus: i % 2 === 0 ? 'accepted' : 'needs_info',
    snapshot: { step: i },
    event: event(at(i)),
  });
  if (!moved.ok) fail('transition', moved.error);
  version = moved.value.version;
  process.stdout.write(`version ${version}\n`);

  const put = await db.chatState.put(`crash-${i}`, { step: i }, 3600);
  if (!put.ok) fail('chat state', put.error);
  process.stdout.write(`chat crash-${i}\n`);
}
