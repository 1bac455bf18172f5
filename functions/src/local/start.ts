/**
 * `npm start`: the whole product on this machine — DynamoDB Local, the table, the demo district, the GraphQL API
 * and the console on one port. Ctrl-C stops everything it started.
 */
import { signLocalToken } from '../auth/localTokens';
import { buildDevtools, devtoolsBuildIsStale, stopDevtoolsBuild } from '../../../graphql/devtools/src/build';
import { buildConsole, consoleBuildIsStale, stopConsoleBuild } from './consoleBuild';
import { listDevUsers, viewerOfDevUser } from './devUsers';
import { JavaMissingError } from './java';
import { shownDataPath, startLocalStack, type LocalStack } from './stack';

const started = Date.now();
const step = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s] ${line}`);

async function main() {
  const port = Number(process.env.PORT || 4000);
  // The console builds while the engine starts and the demo data loads; the API does not wait for it (until it is
  // done the console URL answers with a "building" notice).
  let consoleBuilt: Promise<void> = Promise.resolve();
  // Set once the stack answers: a build that finishes later can name the URL; one that finishes first leaves it to
  // the Ready block (never "open the URL above" before there is one).
  let consoleUrl: string | undefined;
  if (process.env.KEHOU_SKIP_CONSOLE_BUILD) {
    step('Console build skipped (KEHOU_SKIP_CONSOLE_BUILD)');
  } else if (consoleBuildIsStale()) {
    step('Building the console (admin/dist) in the background…');
    consoleBuilt = buildConsole().then(
      () => step(consoleUrl ? `Console built: open ${consoleUrl}/` : 'Console built'),
      (error: Error) => step(`Console build failed — the API still works:\n${error.message}`),
    );
  } else {
    step('Console build is up to date');
  }
  // GraphiQL and the schema reference build after the console (one build at a time on small machines).
  if (!process.env.KEHOU_SKIP_CONSOLE_BUILD && devtoolsBuildIsStale()) {
    consoleBuilt = consoleBuilt.then(() => {
      step('Building GraphiQL and the schema reference (/docs) in the background…');
      return buildDevtools().then(
        () => step('GraphiQL and /docs built'),
        (error: Error) => step(`GraphiQL/docs build failed — the API still works:\n${error.message}`),
      );
    });
  }
  let stack: LocalStack | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    stopConsoleBuild();
    stopDevtoolsBuild();
    await stack?.stop();
    console.log(`Stopped. Data kept in ${shownDataPath()} (delete it for a fresh start).`);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  stack = await startLocalStack({ port, persist: true, seed: true, step });
  const users = await listDevUsers(stack.services);
  const district = users.find((user) => user.role === 'DISTRICT_ADMIN');
  const school = users.find((user) => user.role === 'SCHOOL_ADMIN');
  const districtToken = district ? await signLocalToken(viewerOfDevUser(district)) : '';
  const schoolToken = school ? await signLocalToken(viewerOfDevUser(school)) : '';
  consoleUrl = stack.url;
  const teacher = users.find((user) => user.role === 'TEACHER');
  const parent = users.find((user) => user.role === 'PARENT');
  const teacherToken = teacher ? await signLocalToken(viewerOfDevUser(teacher)) : '';
  const parentToken = parent ? await signLocalToken(viewerOfDevUser(parent)) : '';
  // The care alert job, as EventBridge runs it when deployed (every 5 minutes; each alert is raised once).
  const alertTimer = setInterval(() => {
    stack?.services.alertJob.run(new Date()).then(
      (result) =>
        result.raised.NOT_PICKED_UP + result.raised.ROLL_CALL_MISSING > 0 &&
        step(`Care alerts: ${result.raised.ROLL_CALL_MISSING} ROLL_CALL_MISSING, ${result.raised.NOT_PICKED_UP} NOT_PICKED_UP raised`),
      (error: Error) => step(`Care alert check failed: ${error.message}`),
    );
  }, 5 * 60_000);
  alertTimer.unref();
  step('Ready');
  console.log(`
  Console:  ${stack.url}/            (sign in as any demo user)
  GraphQL:  ${stack.url}/graphql     (open it in a browser: GraphiQL, signed in as the district admin)
  Docs:     ${stack.url}/docs/       (schema reference)

  District admin token (区教育局):
    ${districtToken}
  School admin token (${school?.displayName ?? ''}, schoolId ${school?.schoolId ?? ''}):
    ${schoolToken}
  Teacher token (${teacher?.displayName ?? ''}, staffId ${teacher?.staffId ?? ''}):
    ${teacherToken}
  Parent token (${parent?.displayName ?? ''}, guardianId ${parent?.guardianId ?? ''}):
    ${parentToken}
  Phone pages:  ${stack.url}/m/parent (家长, sign in by phone)  ·  ${stack.url}/m/teacher (教师)

  Try:
    curl -s ${stack.url}/graphql -H 'content-type: application/json' \\
      -H "authorization: Bearer ${districtToken}" \\
      -d '{"query":"{ schools { totalCount } }"}'

  More tokens: npm run token -- --role SCHOOL_ADMIN --school <schoolId>   (or --role TEACHER --staff <id>, --role PARENT --guardian <id>)
  Press Ctrl-C to stop.`);
  await consoleBuilt;
}

main().catch((error) => {
  if (error instanceof JavaMissingError) console.error(`\n${error.message}\n`);
  else console.error(error);
  process.exit(1);
});
