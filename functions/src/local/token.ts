/**
 * `npm run token -- --role SCHOOL_ADMIN --school <id>`: prints a local API token (Cognito claim shape) signed
 * with the key in .data/, for curl and for front-end teams working against `npm start`.
 */
import { parseArgs } from 'node:util';
import { signLocalToken } from '../auth/localTokens';
import { roles, type Role } from '../auth/viewer';

const usage = 'Usage: npm run token -- --role DISTRICT_ADMIN|SCHOOL_ADMIN|PROVIDER [--school <schoolId>] [--provider <providerId>] [--sub <id>] [--days 30]';

try {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', default: 'DISTRICT_ADMIN' },
      school: { type: 'string' },
      provider: { type: 'string' },
      sub: { type: 'string' },
      days: { type: 'string', default: '30' },
    },
  });
  const role = values.role as Role;
  if (!roles.includes(role)) throw new Error(`Unknown role ${values.role}`);
  if (role === 'SCHOOL_ADMIN' && !values.school) throw new Error('A SCHOOL_ADMIN token needs --school <schoolId>');
  if (role === 'PROVIDER' && !values.provider) throw new Error('A PROVIDER token needs --provider <providerId>');
  const token = await signLocalToken(
    { sub: values.sub ?? `cli-${role.toLowerCase()}`, role, schoolId: values.school, providerId: values.provider },
    Number(values.days),
  );
  console.log(token);
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
