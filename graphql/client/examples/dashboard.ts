/**
 * A district dashboard's reads: every school (paged), the dashboard figures, approved providers and the
 * latest satisfaction survey by school.
 *
 *   KEHOU_TOKEN=<district admin token printed by npm start> npx tsx graphql/client/examples/dashboard.ts
 */
import {
  collectAll,
  createClient,
  DashboardDocument,
  paginate,
  ProvidersDocument,
  SchoolsDocument,
  SurveyResultsDocument,
  ViewerDocument,
} from '@kehou/client';
import { apiUrl, required } from './env';

// A function is asked before every request, so an app can hand over a refreshed token.
const token = required('KEHOU_TOKEN');
const client = createClient({ url: apiUrl, token: () => token });

const { viewer } = await client.request(ViewerDocument);
console.log(`signed in as ${viewer?.role} (${viewer?.sub})`);

// Every school, whatever the page size: paginate follows pageInfo.endCursor.
const schools = await collectAll(client, SchoolsDocument, { orderBy: { field: 'NAME' } }, (data) => data.schools, { pageSize: 2 });
console.log(`schools: ${schools.length}`);
for (const school of schools) console.log(`  ${school.code}  ${school.name} (${school.studentCount} students)`);

const { dashboard } = await client.request(DashboardDocument, {});
console.log(`open exit cases: ${dashboard.openExitCases}, contracts expiring soon: ${dashboard.contractsExpiringSoon}`);

// Stop early when you have enough: the generator asks for the next page only when it is needed.
let approved = 0;
for await (const provider of paginate(client, ProvidersDocument, { filter: { status: 'APPROVED' } }, (data) => data.providers)) {
  approved += 1;
  console.log(`  provider ${provider.name}: latest score ${provider.standing.latestScore ?? '—'}`);
}
console.log(`approved providers: ${approved}`);

if (dashboard.satisfactionSurveyId) {
  const { surveyResults } = await client.request(SurveyResultsDocument, { surveyId: dashboard.satisfactionSurveyId, groupBy: 'SCHOOL' });
  const rate = (value: number | null | undefined) => (value == null ? '—' : `${Math.round(value * 100)} %`);
  console.log(`satisfaction: ${rate(surveyResults.satisfactionRate)} of ${surveyResults.responseCount} answers`);
  for (const group of surveyResults.groups) console.log(`  ${group.label}: ${rate(group.satisfactionRate)} (${group.responseCount})`);
}
