/**
 * `npm run token -- --role SCHOOL_ADMIN --school <id>`: prints a local API token (Cognito claim shape) signed
 * with the key in .data/, for curl and for front-end teams working against `npm start`. A TEACHER token names the
 * staff member (`--staff`); their school is read from the running local engine unless `--school` gives it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { signLocalToken } from '../auth/localTokens';
import { type Role, roles, viewerOf } from '../auth/viewer';
import { createDb, dbConfigFromEnv } from '../db/client';
import { createStaffRepository } from '../people/staffRepository';
import { engineFile } from './paths';

const usage =
  'Usage: npm run token -- --role DISTRICT_ADMIN|SCHOOL_ADMIN|PROVIDER|TEACHER|PARENT [--school <schoolId>] [--provider <providerId>] [--staff <staffId>] [--guardian <guardianId>] [--sub <id>] [--days 30]';

/** The school of a staff member, from the engine `npm start` runs (or DYNAMODB_ENDPOINT). */
async function schoolOfStaff(staffId: string): Promise<string> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const config = dbConfigFromEnv();
  if (!config.endpoint) {
    if (!existsSync(engineFile())) throw new Error('A TEACHER token needs the staff member’s school: start `npm start` first, or pass --school <schoolId>');
    const running = JSON.parse(readFileSync(engineFile(), 'utf8')) as { endpoint: string; tableName?: string };
    config.endpoint = running.endpoint;
    if (running.tableName) config.tableName = running.tableName;
  }
  const staff = await createStaffRepository(createDb(config)).get(staffId);
  if (!staff) throw new Error(`No staff member ${staffId} in table ${config.tableName}`);
  return staff.schoolId;
}

try {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', default: 'DISTRICT_ADMIN' },
      school: { type: 'string' },
      provider: { type: 'string' },
      staff: { type: 'string' },
      guardian: { type: 'string' },
      sub: { type: 'string' },
      days: { type: 'string', default: '30' },
    },
  });
  const role = values.role as Role;
  if (!roles.includes(role)) throw new Error(`Unknown role ${values.role}`);
  if (role === 'SCHOOL_ADMIN' && !values.school) throw new Error('A SCHOOL_ADMIN token needs --school <schoolId>');
  if (role === 'PROVIDER' && !values.provider) throw new Error('A PROVIDER token needs --provider <providerId>');
  if (role === 'TEACHER' && !values.staff) throw new Error('A TEACHER token needs --staff <staffId>');
  if (role === 'PARENT' && !values.guardian) throw new Error('A PARENT token needs --guardian <guardianId>');
  const schoolId = role === 'TEACHER' ? (values.school ?? (await schoolOfStaff(values.staff!))) : values.school;
  const viewer = viewerOf(
    values.sub ?? `cli-${role.toLowerCase()}${values.staff ? `-${values.staff}` : ''}${values.guardian ? `-${values.guardian}` : ''}`,
    role,
    { schoolId, providerId: values.provider, staffId: values.staff, guardianId: values.guardian },
  );
  if (!viewer) throw new Error(`A ${role} token needs its scope`);
  const token = await signLocalToken(viewer, Number(values.days));
  console.log(token);
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
