import type { Viewer } from '../../auth/viewer';
import type { SchoolRecord } from '../../schools/schoolEntity';
import type { Services } from '../../server/services';
import type { TermRecord } from '../../terms/termEntity';
import { demoProviders, stepsTo } from './demoProviders';
import { demoClubs, demoWeek } from './demoTimetable';

const FOOTBALL = '91370100MA3C4F5G6H';
const CALLIGRAPHY = '92370102MA3D7K8L9M';
const YOUTH_CENTRE = '12370100495571234K';

/** Providers in every admission status, created and moved through the workflow like a district admin would. */
async function seedProviders(services: Services, seeder: Viewer): Promise<Map<string, string>> {
  const existing = await services.providers.list(seeder, { first: 100 });
  const ids = new Map(existing.items.map(({ record }) => [record.creditCode, record.id]));
  for (const { target, input } of demoProviders) {
    if (ids.has(input.creditCode)) continue;
    const provider = await services.providers.create(seeder, input);
    ids.set(input.creditCode, provider.id);
    for (const step of stepsTo[target]) {
      if (step === 'SUBMIT') await services.providers.submitForReview(seeder, provider.id);
      if (step === 'APPROVE') await services.providers.review(seeder, provider.id, 'APPROVE', '资质材料齐全，同意准入');
      if (step === 'REJECT') await services.providers.review(seeder, provider.id, 'REJECT', '课程内容属学科类培训，不予准入');
      if (step === 'SUSPEND') await services.providers.suspend(seeder, provider.id, '志愿者未按约定到岗，暂停服务整改');
    }
  }
  return ids;
}

const clauses = (content: string) => ({
  serviceMethod: '由机构派持证人员到校，在学校统一管理下按排片表开展活动',
  serviceContent: content,
  safetyMeasures: '人员持证上岗并经学校审核；活动前检查场地器材；配备急救包；学生点名交接；购买场地责任险',
  ratePerHour: 120,
  hours: 18,
});

/** A contract in the given state unless the school already has one with that provider. */
async function seedContract(
  services: Services,
  seeder: Viewer,
  school: SchoolRecord,
  term: TermRecord,
  providerId: string,
  content: string,
  state: 'SIGNED' | 'ACTIVE',
) {
  const existing = await services.contracts.list(seeder, { filter: { schoolId: school.id, providerId } });
  if (existing.items.length > 0) return existing.items[0].record;
  const draft = await services.contracts.create(seeder, { schoolId: school.id, termId: term.id, providerId, ...clauses(content) });
  const signed = await services.contracts.sign(seeder, draft.id, null);
  return state === 'ACTIVE' ? services.contracts.activate(seeder, signed.id) : signed;
}

export interface DomainSeedReport {
  providers: number;
  activitiesCreated: number;
  evaluationsCreated: number;
}

/**
 * Providers, contracts, a full week's timetable per school and a few evaluations — all through the services, so
 * the demo data obeys every rule. Idempotent: a school whose term already has a timetable is left alone.
 */
export async function seedDomain(
  services: Services,
  seeder: Viewer,
  schools: Map<string, { school: SchoolRecord; term: TermRecord }>,
  progress: (line: string) => void,
) {
  const report: DomainSeedReport = { providers: 0, activitiesCreated: 0, evaluationsCreated: 0 };
  const providerIds = await seedProviders(services, seeder);
  report.providers = providerIds.size;
  progress(`${providerIds.size} outside providers (APPLIED, UNDER_REVIEW, APPROVED, REJECTED, SUSPENDED)`);

  const at = (code: string) => schools.get(code)!;
  // The football club runs on every service day, at two schools: its instructors (机构老师) take a roll call every day.
  const football = await seedContract(
    services,
    seeder,
    at('CG-001').school,
    at('CG-001').term,
    providerIds.get(FOOTBALL)!,
    '足球社团（每周一、三、五）',
    'ACTIVE',
  );
  const footballCg2 = await seedContract(
    services,
    seeder,
    at('CG-002').school,
    at('CG-002').term,
    providerIds.get(FOOTBALL)!,
    '足球社团（每周二、四）',
    'ACTIVE',
  );
  const calligraphy = await seedContract(
    services,
    seeder,
    at('DH-003').school,
    at('DH-003').term,
    providerIds.get(CALLIGRAPHY)!,
    '书法社团（每周二）',
    'ACTIVE',
  );
  await seedContract(services, seeder, at('CG-002').school, at('CG-002').term, providerIds.get(YOUTH_CENTRE)!, '合唱团（每周四）', 'SIGNED');
  const contractOf = new Map([
    [`CG-001:${FOOTBALL}`, football.id],
    [`CG-002:${FOOTBALL}`, footballCg2.id],
    [`DH-003:${CALLIGRAPHY}`, calligraphy.id],
  ]);
  progress('4 contracts (3 ACTIVE, 1 SIGNED)');
  const providerClubs: Record<string, Partial<Record<'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY', string>>> = {
    'CG-001': { MONDAY: FOOTBALL, WEDNESDAY: FOOTBALL, FRIDAY: FOOTBALL },
    'CG-002': { TUESDAY: FOOTBALL, THURSDAY: FOOTBALL },
    'DH-003': { TUESDAY: CALLIGRAPHY },
  };

  for (const [code, { school, term }] of schools) {
    const existing = await services.activities.list(seeder, { first: 1, filter: { termId: term.id } });
    if (existing.items.length > 0) continue;
    const week = demoWeek(school.grades, {
      providerClubs: providerClubs[code] ?? {},
      clubOfProvider: { [FOOTBALL]: demoClubs.MONDAY },
      shortWednesday: code === 'YC-004',
      earlyFridayCare: code === 'YC-004',
    });
    for (const { provider, ...row } of week) {
      const contractId = provider ? contractOf.get(`${code}:${provider}`) : undefined;
      await services.activities.create(seeder, { ...row, termId: term.id, contractId });
      report.activitiesCreated++;
    }
  }
  progress(`timetables: ${report.activitiesCreated} new activities (育才民办小学 left non-compliant on purpose)`);

  const evaluations = [
    { provider: FOOTBALL, school: 'CG-001', kind: 'SPOT_CHECK', date: '2026-10-12', total: 88, findings: '训练组织规范，安全措施到位' },
    { provider: FOOTBALL, school: 'CG-001', kind: 'PHASE_ASSESSMENT', date: '2026-11-10', total: 92, findings: '学生参与度高，家长反馈良好' },
    { provider: CALLIGRAPHY, school: 'DH-003', kind: 'SPOT_CHECK', date: '2026-11-05', total: 55, findings: '教师多次迟到，课堂秩序较差' },
  ];
  for (const evaluation of evaluations) {
    const providerId = providerIds.get(evaluation.provider)!;
    const { school } = at(evaluation.school);
    const previous = await services.evaluations.list(seeder, { first: 100, filter: { providerId, schoolId: school.id } });
    if (previous.items.some(({ record }) => record.date === evaluation.date)) continue;
    const scores = (['STANDARDISATION', 'QUALITY', 'SAFETY', 'SATISFACTION'] as const).map((criterion) => ({ criterion, score: evaluation.total }));
    await services.evaluations.record(seeder, {
      providerId,
      schoolId: school.id,
      kind: evaluation.kind,
      date: evaluation.date,
      evaluator: '区教育局督导室',
      scores,
      total: evaluation.total,
      findings: evaluation.findings,
    });
    report.evaluationsCreated++;
  }
  progress(`${report.evaluationsCreated} new evaluations`);
  return report;
}
