/**
 * `npm run token -- --sub alice --trust RXT --role editor [--name "Alice"] [--region Y60]` prints a dev
 * token signed with SYNC_DEV_SECRET (the service must run with the same secret).
 */
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '../../shared/sync';
import { signDevToken } from '../auth';

const { values } = parseArgs({
  options: { sub: { type: 'string' }, name: { type: 'string' }, trust: { type: 'string' }, role: { type: 'string' }, region: { type: 'string' }, expires: { type: 'string', default: '8h' } },
});
const secret = process.env.SYNC_DEV_SECRET;
if (!secret || secret.length < 16) {
  console.error('Set SYNC_DEV_SECRET (16+ characters) to the same value the service runs with.');
  process.exit(2);
}
if (!values.sub || !values.role || !ROLES.includes(values.role as Role)) {
  console.error(`Usage: npm run token -- --sub alice --trust RXT --role ${ROLES.join('|')} [--name "Alice"] [--region Y60]`);
  process.exit(2);
}
console.log(await signDevToken(secret, { sub: values.sub, name: values.name, trust: values.trust?.toUpperCase(), role: values.role as Role, region: values.region?.toUpperCase() }, values.expires));
