import type { Viewer } from '../../auth/viewer';
import { addDays } from '../../calendar/termCalendar';
import { localDate } from '../../core/clock';
import type { SchoolRecord } from '../../schools/schoolEntity';
import type { Services } from '../../server/services';
import type { TermRecord } from '../../terms/termEntity';

/** A date inside the term, `daysAgo` before today when the term allows it (the demo works on any day it is run). */
function pastDateIn(term: TermRecord, daysAgo: number): string | undefined {
  const wanted = localDate(-daysAgo);
  const date = wanted > term.endDate ? addDays(term.endDate, -5) : wanted;
  return date >= term.startDate && date <= localDate() ? date : undefined;
}

/**
 * Two district inspections (专项督查): 育才民办小学's is OPEN with one finding past its deadline (the dashboard and the
 * overview show it), 城关第一实验小学's finding was rectified by the school and the inspection closed. Idempotent: a
 * school that already has inspections is left alone.
 */
export async function seedSupervision(
  services: Services,
  seeder: Viewer,
  schools: Map<string, { school: SchoolRecord; term: TermRecord }>,
  progress: (line: string) => void,
) {
  let created = 0;
  const plans = [
    {
      code: 'YC-004',
      daysAgo: 18,
      score: 68,
      summary: '课后服务专项督查：周三服务时长不足，年级服务缺失；周五延时托管提前结束。',
      findings: (date: string) => [
        { item: '周三课后服务不足 2 小时，未开设年级服务', severity: 'HIGH' as const, rectifyBy: addDays(date, 10) },
        { item: '周五延时托管 17:45 结束，早于 18:00', severity: 'MEDIUM' as const, rectifyBy: addDays(date, 45) },
      ],
      rectify: [] as string[],
    },
    {
      code: 'CG-001',
      daysAgo: 30,
      score: 92,
      summary: '课后服务规范有序，安全管理到位。',
      findings: (date: string) => [{ item: '课后服务排片表未在校门口公示', severity: 'LOW' as const, rectifyBy: addDays(date, 7) }],
      rectify: ['已在校门口及家长群公示排片表'],
    },
  ];
  for (const plan of plans) {
    const seeded = schools.get(plan.code);
    if (!seeded) continue;
    const existing = await services.inspections.list(seeder, { first: 1, filter: { schoolId: seeded.school.id } });
    const date = pastDateIn(seeded.term, plan.daysAgo);
    if (existing.items.length > 0 || !date) continue;
    const inspection = await services.inspections.record(seeder, {
      schoolId: seeded.school.id,
      date,
      inspectors: ['区教育局督导室 陈督学', '区教育局基教科 李科长'],
      summary: plan.summary,
      score: plan.score,
      findings: plan.findings(date),
    });
    const schoolAdmin: Viewer = { sub: `seed-school-admin-${plan.code}`, role: 'SCHOOL_ADMIN', schoolId: seeded.school.id };
    for (const [index, note] of plan.rectify.entries()) await services.inspections.rectify(schoolAdmin, inspection.id, inspection.findings[index].id, note);
    if (plan.rectify.length === inspection.findings.length) await services.inspections.close(seeder, inspection.id);
    created++;
  }
  progress(`${created} new inspections (育才民办小学 has an overdue finding)`);
}
