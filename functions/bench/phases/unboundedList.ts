import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { activityEntity } from '../../src/activities/activityEntity';
import type { Db } from '../../src/db/client';
import type { GraphQLClient } from '../graphqlClient';
import { timeBoxed } from '../lifecycle';
import { ms, type Row } from '../report';

/**
 * The district-wide activity list (no filter) as the console's unfiltered list asks for it. Without a Limit on the
 * page Query the engine reads a whole gsi4 page (1 MB on AWS) to return 20, and DynamoDB Local does not come back
 * at all at 50 000 activities. Run last: a request that times out keeps the engine busy until it is stopped.
 */
export async function measureUnboundedList(db: Db, gql: GraphQLClient, seconds: number): Promise<Row> {
  const params = activityEntity(db).query.all({}).params({ limit: 21 });
  const t0 = performance.now();
  const out = await db.doc.send(new QueryCommand(params));
  const limited = performance.now() - t0;
  const t1 = performance.now();
  let result: string;
  let pass: boolean;
  try {
    await timeBoxed('activities(first: 20)', seconds, () => gql('{ activities(first: 20) { nodes { id } } }'));
    const took = performance.now() - t1;
    result = ms(took);
    pass = took < 10 * limited + 1000;
  } catch (error) {
    result = `> ${seconds} s`;
    pass = false;
    if (!String(error).includes('did not finish')) result = `error: ${String(error).slice(0, 60)}`;
  }
  return {
    key: 'list.unbounded',
    label: 'activities(first: 20), no filter',
    result,
    goal: '—',
    pass: pass ? undefined : false,
    explain: `district-wide list (gsi4) over GraphQL; the same Query with Limit 21 takes ${ms(limited)} raw (${out.Items?.length} items)${pass ? '' : ': the page Query must carry a Limit'}`,
    data: { rawLimitedMs: limited, result },
  };
}
