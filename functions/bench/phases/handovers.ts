import { activityEntity, type ActivityRecord } from '../../src/activities/activityEntity';
import type { Viewer } from '../../src/auth/viewer';
import { authorizedPickupEntity } from '../../src/care/pickupEntity';
import { createDb, type Db } from '../../src/db/client';
import { guardianLinkEntity } from '../../src/guardians/guardianEntity';
import { studentEntity, type StudentRecord } from '../../src/people/studentEntity';
import { createServices } from '../../src/server/services';
import { attachCommandCounter, type CommandCounts } from '../commandCounter';
import { region, seedConcurrency, tableName } from '../config';
import { log } from '../lifecycle';
import { quantile } from '../loadgen';
import { ms, type Row } from '../report';
import { batchWriteAll, random } from '../seed/batchWrite';
import type { District } from '../seed/district';
import { shapes } from './care';

/** Children handed over, each once a day: as many samples as children. Two guardians each (two notifications). */
const CHILDREN = 60;
const GUARDIANS = 2;
const now = '2026-09-01T08:00:00.000Z';

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);

/** Children of one school with their guardians' links and one authorized pickup person each (code 1000nn). */
async function seedChildren(db: Db, district: District) {
  const rnd = random(20261130);
  const school = district.schools[Math.min(7, district.schools.length - 1)];
  const entity = { student: studentEntity(db), link: guardianLinkEntity(db), pickup: authorizedPickupEntity(db), activity: activityEntity(db) };
  const item = (chain: { params(): object }) => (chain.params() as { Item: Record<string, unknown> }).Item;
  const classId = rnd.id('cls');
  const children: { student: StudentRecord; code: string }[] = [];
  const items: Record<string, unknown>[] = [];
  // The two sessions of a SEGMENT handover: it must name active activities of the child's school (it reads both).
  const session = (title: string, segment: ActivityRecord['segment'], category: ActivityRecord['category'], startTime: string, endTime: string) => {
    const record: ActivityRecord = {
      id: rnd.id('act'),
      version: 1,
      schoolId: school.id,
      termId: district.currentTerms[district.schools.indexOf(school)].id,
      weekday: 'TUESDAY',
      weekdayOrder: 2,
      startTime,
      endTime,
      title,
      category,
      venue: '操场',
      segment,
      staffName: '值班教师',
      grades: [school.grades[0]],
      capacity: 100,
      enrolledCount: CHILDREN,
      status: 'ACTIVE',
      createdAt: now,
      updatedAt: now,
    };
    items.push(item(entity.activity.put(record)));
    return record.id;
  };
  const activityIds = [session('社团活动', 'GRADE', 'CLUB', '16:30', '17:30'), session('延时托管', 'SCHOOL', 'LATE_CARE', '17:30', '18:00')] as const;
  for (let k = 0; k < CHILDREN; k++) {
    const student: StudentRecord = {
      id: rnd.id('stu'),
      version: 1,
      schoolId: school.id,
      classId,
      grade: school.grades[0],
      name: `学生${k}`,
      leftBehind: false,
      hardship: false,
      status: 'ACTIVE',
      guardians: [{ name: `家长${k}`, relation: '母亲', phone: `138${String(k).padStart(8, '0')}` }],
      dependents: 1,
      createdAt: now,
      updatedAt: now,
    };
    const code = String(100000 + k);
    items.push(item(entity.student.put(student)));
    for (let g = 0; g < GUARDIANS; g++)
      items.push(
        item(entity.link.put({ guardianId: rnd.id('gdn'), studentId: student.id, schoolId: school.id, relation: g ? '父亲' : '母亲', linkedAt: now })),
      );
    items.push(
      item(
        entity.pickup.put({
          id: rnd.id('apk'),
          version: 1,
          studentId: student.id,
          schoolId: school.id,
          name: `奶奶${k}`,
          relation: '祖母',
          code,
          codeIssuedAt: now,
          addedBy: 'bench',
          createdAt: now,
          updatedAt: now,
        }),
      ),
    );
    children.push({ student, code });
  }
  await batchWriteAll(db, `handovers: ${CHILDREN} children, their guardians' links and pickup persons`, items, seedConcurrency);
  return { schoolId: school.id, children, activityIds };
}

/**
 * The pickup hour's writes (SPEC §3.7), in process as the school admin: a SEGMENT handover (activity → late care) and
 * the RELEASE to a pickup person checked by code (handover, one notification per guardian, audit line in one
 * transaction). Each child once: p50/p99, DynamoDB calls, items and write units per request — the capacity model's input.
 */
export async function measureHandovers(db: Db, endpoint: string, district: District, signal: AbortSignal): Promise<Row[]> {
  const counted = createDb({ tableName, endpoint, region });
  const counter = attachCommandCounter(counted.client);
  const services = createServices(counted);
  const { schoolId, children, activityIds } = await seedChildren(db, district);
  const admin: Viewer = { sub: 'bench-school-admin', role: 'SCHOOL_ADMIN', schoolId };
  const [from, to] = activityIds;
  log(`Handovers: ${children.length} children handed to late care, then released to their pickup person…`);
  const measure = async (kind: 'SEGMENT' | 'RELEASE') => {
    const millis: number[] = [];
    let counts: CommandCounts | undefined;
    for (const [index, { student, code }] of children.entries()) {
      if (signal.aborted) break;
      counter.reset();
      const t0 = performance.now();
      await services.pickups.record(
        admin,
        kind === 'SEGMENT' ? { studentId: student.id, kind, fromActivityId: from, toActivityId: to } : { studentId: student.id, kind, pickupCode: code },
      );
      // The first of each kind loads code and warms connections: not a sample.
      if (index > 0) millis.push(performance.now() - t0);
      counts = counter.read();
    }
    if (!counts || millis.length === 0) throw new Error(`no ${kind} handover within the time box`);
    const values = sorted(millis);
    return { p50: quantile(values, 0.5), p99: quantile(values, 0.99), samples: millis.length, counts };
  };
  const segment = await measure('SEGMENT');
  const release = await measure('RELEASE');
  log(`  SEGMENT p50 ${ms(segment.p50)} (${segment.counts.total} calls); RELEASE p50 ${ms(release.p50)} (${release.counts.total} calls)`);
  const row = (kind: string, m: typeof segment, what: string): Row => ({
    key: `care.handover.${kind.toLowerCase()}`,
    label: `handover ${kind} of one child, p50`,
    result: `${ms(m.p50)} · p99 ${ms(m.p99)}`,
    goal: '—',
    explain: `${what}; ${m.samples} children; ${m.counts.total} DynamoDB calls (${shapes(m.counts)}), ${m.counts.writes.items} items written (${m.counts.writes.bytes} bytes, ${m.counts.writes.wcu} WCU)`,
    data: {
      p50: m.p50,
      p99: m.p99,
      samples: m.samples,
      calls: m.counts.total,
      byCommand: m.counts.byCommand,
      byShape: m.counts.byShape,
      writes: m.counts.writes,
      reads: m.counts.reads,
      guardians: GUARDIANS,
    },
    metric: { value: m.p50, unit: 'ms', better: 'lower' },
  });
  return [
    row('SEGMENT', segment, 'activity → late care: handover and audit line in one transaction'),
    row('RELEASE', release, `to the pickup person by code: handover, ${GUARDIANS} guardian notifications and audit line in one transaction`),
  ];
}
