/**
 * The sync service alone in a process, so the bench can sample its resident memory from outside
 * (/proc/<pid>/status) without counting the bench's own clients or Azurite.
 * Prints one line `{"port": N}` when it is listening; stops on SIGTERM.
 */
import { startService } from '../reliability/support/service';

const connectionString = process.env.TABLES_CONNECTION_STRING;
if (!connectionString) {
  process.stderr.write('service-child: TABLES_CONNECTION_STRING is not set\n');
  process.exit(2);
}
const service = await startService({ connectionString });
process.stdout.write(JSON.stringify({ port: service.port }) + '\n');
process.on('SIGTERM', () => {
  void service.close().then(() => process.exit(0));
});
