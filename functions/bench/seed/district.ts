import { activityEntity, type ActivityRecord } from '../../src/activities/activityEntity';
import { contractEntity, type ContractRecord } from '../../src/contracts/contractEntity';
import type { Db } from '../../src/db/client';
import { demoTerm } from '../../src/local/seed/demoSchools';
import { providerCreditCodeEntity, providerEntity, type ProviderRecord } from '../../src/providers/providerEntity';
import { schoolCodeEntity, schoolEntity, type SchoolRecord } from '../../src/schools/schoolEntity';
import { termEntity, termSlotEntity, type TermRecord } from '../../src/terms/termEntity';
import { storedTermCopies, termCopy } from '../../src/schools/termCopies';
import { seedConcurrency, sizes } from '../config';
import { log } from '../lifecycle';
import { batchWriteAll, random } from './batchWrite';

export interface District {
  schools: SchoolRecord[];
  /** The current term (2026–2027 autumn) of each school, same order as `schools`. */
  currentTerms: TermRecord[];
  providers: ProviderRecord[];
  itemCount: number;
}

const now = '2026-08-20T08:00:00.000Z';
const previousTerm = { schoolYear: '2025-2026', semester: 2, startDate: '2026-02-16', endDate: '2026-07-03', excludedDates: ['2026-04-06', '2026-05-01'] };
const areas = ['城关', '东湖', '西山', '南苑', '北城', '开发区', '滨河', '高新'];
const weekdays = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'] as const;
const categories = ['SPORTS', 'ARTS', 'SCIENCE', 'READING', 'CLUB', 'LABOUR'] as const;
const slots = [
  { startTime: '15:30', endTime: '16:30', segment: 'CLASS', category: 'HOMEWORK', title: '作业辅导' },
  { startTime: '16:30', endTime: '17:30', segment: 'GRADE', category: 'CLUB', title: '社团活动' },
  { startTime: '17:30', endTime: '18:00', segment: 'SCHOOL', category: 'LATE_CARE', title: '延时托管' },
] as const;

/**
 * The records of a district-sized data set, shaped exactly like the services write them (ids, versions, the
 * `dependents` counters), but written with BatchWriteItem: ElectroDB's `.put(...).params()` formats the keys and
 * indexes, so reads see the same items the one-transaction-per-record service path would have made.
 */
function build(db: Db): District & { items: Record<string, unknown>[][] } {
  const rnd = random(20261129);
  const entity = {
    school: schoolEntity(db),
    schoolCode: schoolCodeEntity(db),
    term: termEntity(db),
    termSlot: termSlotEntity(db),
    provider: providerEntity(db),
    creditCode: providerCreditCodeEntity(db),
    contract: contractEntity(db),
    activity: activityEntity(db),
  };
  const item = (chain: { params(): object }) => (chain.params() as { Item: Record<string, unknown> }).Item;
  // The contract's activity-id set exists only in newer entity versions; write it when the model has it.
  const contractAttributes = (entity.contract as unknown as { schema?: { attributes?: Record<string, unknown> } }).schema?.attributes ?? {};
  const tracksActivityIds = 'activityIdSet' in contractAttributes;
  // Parents keep their children's ids (src/db/memberLists.ts) in newer entity versions: seed them as the services would.
  const schoolAttributes = (entity.school as unknown as { schema?: { attributes?: Record<string, unknown> } }).schema?.attributes ?? {};
  const keepsMembers = 'termIds' in schoolAttributes;
  // Schools keep copies of their terms (src/schools/termCopies.ts) in newer entity versions.
  const keepsTermCopies = 'termItems' in schoolAttributes;

  const schools: SchoolRecord[] = [];
  const currentTerms: TermRecord[] = [];
  const core: Record<string, unknown>[] = [];
  for (let i = 0; i < sizes.schools; i++) {
    const type = (['PRIMARY', 'PRIMARY', 'JUNIOR', 'NINE_YEAR'] as const)[i % 4];
    const grades = type === 'PRIMARY' ? [1, 2, 3, 4, 5, 6] : type === 'JUNIOR' ? [7, 8, 9] : [1, 2, 3, 4, 5, 6, 7, 8, 9];
    const school: SchoolRecord = {
      id: rnd.id('sch'),
      version: 1,
      name: `${areas[i % areas.length]}第${i + 1}${type === 'JUNIOR' ? '中学' : type === 'PRIMARY' ? '小学' : '九年一贯制学校'}`,
      code: `BJ-${String(i + 1).padStart(4, '0')}`,
      type,
      ownership: i % 10 === 9 ? 'PRIVATE' : 'PUBLIC',
      address: `${areas[i % areas.length]}街道 ${i + 1} 号`,
      grades,
      studentCount: rnd.int(400, 2400),
      principal: `校长${i + 1}`,
      leadershipGroup: [
        { role: 'LEADER', name: `校长${i + 1}`, title: '校长' },
        { role: 'DEPUTY', name: `副校长${i + 1}`, title: '副校长' },
      ],
      pickupSlots: [{ grades, times: ['17:00', '17:30', '18:00'] }],
      dependents: 2,
      createdAt: now,
      updatedAt: now,
    };
    schools.push(school);
    const termIds: string[] = [];
    const termItems: Record<string, Record<string, unknown>> = {};
    for (const [values, current] of [
      [previousTerm, false],
      [demoTerm, true],
    ] as const) {
      const term: TermRecord = {
        id: rnd.id('trm'),
        version: 1,
        schoolId: school.id,
        ...values,
        excludedDates: [...values.excludedDates],
        dependents: current ? sizes.activitiesPerSchool : 0,
        createdAt: now,
        updatedAt: now,
      };
      if (current) currentTerms.push(term);
      termIds.push(term.id);
      const termItem = item(entity.term.put(term));
      termItems[term.id] = termCopy(termItem);
      core.push(termItem, item(entity.termSlot.put({ schoolId: school.id, schoolYear: term.schoolYear, semester: term.semester, termId: term.id })));
    }
    if (keepsMembers) Object.assign(school, { termIds, termIdsKept: true });
    if (keepsTermCopies) Object.assign(school, { termItems: storedTermCopies(termItems), termItemsKept: true, termsRevision: termIds.length });
    core.push(item(entity.school.put(school)), item(entity.schoolCode.put({ code: school.code, schoolId: school.id })));
  }

  const providers: ProviderRecord[] = [];
  const contractsOfSchool = schools.map((): ContractRecord[] => []);
  for (let p = 0; p < sizes.providers; p++) {
    const category = categories[p % categories.length];
    const provider: ProviderRecord = {
      id: rnd.id('prv'),
      version: 1,
      name: `${areas[p % areas.length]}${category}服务机构${p + 1}`,
      creditCode: `9137${String(p).padStart(10, '0')}BNCH`,
      kind: 'TRAINING_INSTITUTION',
      status: 'APPROVED',
      contactName: `联系人${p + 1}`,
      contactPhone: `1380000${String(p).padStart(4, '0')}`,
      serviceCategories: [category],
      staff: [],
      qualifications: [
        {
          id: `q_${rnd.id('q').slice(2, 12)}`,
          certificateType: '营业执照',
          number: `L${p}`,
          issuer: '区市场监督管理局',
          validFrom: '2025-01-01',
          validTo: '2029-12-31',
          reviewed: true,
        },
      ],
      dependents: 1,
      createdAt: now,
      updatedAt: now,
    };
    providers.push(provider);
    // Each provider has one ACTIVE contract, at school p mod N, for the current term.
    const s = p % schools.length;
    const term = currentTerms[s];
    const contract: ContractRecord = {
      id: rnd.id('con'),
      version: 3,
      schoolId: schools[s].id,
      providerId: provider.id,
      termId: term.id,
      status: 'ACTIVE',
      serviceMethod: '到校开展',
      serviceContent: `${category} 课程`,
      safetyMeasures: '持证上岗，点名交接',
      ratePerHour: 120,
      hours: 18,
      totalAmount: 2160,
      startDate: term.startDate,
      endDate: term.endDate,
      signedAt: now,
      activatedAt: now,
      dependents: 0,
      createdAt: now,
      updatedAt: now,
    };
    contractsOfSchool[s].push(contract);
    // No documents or evaluations are seeded: those lists are kept and empty.
    if (keepsMembers) Object.assign(provider, { contractIds: [contract.id], contractIdsKept: true, documentIdsKept: true, evaluationIdsKept: true });
    core.push(item(entity.provider.put(provider)), item(entity.creditCode.put({ creditCode: provider.creditCode, providerId: provider.id })));
  }

  const activities: Record<string, unknown>[] = [];
  schools.forEach((school, s) => {
    const contracts = contractsOfSchool[s];
    for (let k = 0; k < sizes.activitiesPerSchool; k++) {
      const weekday = weekdays[k % 5];
      const slot = slots[Math.floor(k / 5) % slots.length];
      const contract = contracts.length > 0 && k % Math.round(1 / sizes.providerShare) === 0 ? contracts[Math.floor(k / 2) % contracts.length] : undefined;
      const grade = school.grades[k % school.grades.length];
      const record: ActivityRecord = {
        id: rnd.id('act'),
        version: 1,
        schoolId: school.id,
        termId: currentTerms[s].id,
        weekday,
        weekdayOrder: (k % 5) + 1,
        startTime: slot.startTime,
        endTime: slot.endTime,
        title: contract ? contract.serviceContent : `${slot.title} ${grade}年级`,
        category: contract ? (contract.serviceContent.split(' ')[0] as ActivityRecord['category']) : slot.category,
        venue: `${Math.floor(k / 5) + 1}号教室`,
        segment: slot.segment,
        staffName: contract ? undefined : `教师${k + 1}`,
        providerId: contract?.providerId,
        contractId: contract?.id,
        grades: [grade],
        capacity: 45,
        enrolledCount: rnd.int(20, 45),
        status: 'ACTIVE',
        createdAt: now,
        updatedAt: now,
      };
      if (contract) {
        contract.dependents = (contract.dependents ?? 0) + 1;
        if (tracksActivityIds)
          (contract as Record<string, unknown>).activityIdSet = [...(((contract as Record<string, unknown>).activityIdSet as string[]) ?? []), record.id];
      }
      activities.push(item(entity.activity.put(record)));
    }
  });
  const contractItems = contractsOfSchool.flat().map((contract) => item(entity.contract.put(contract)));
  const items = [[...core, ...contractItems], activities];
  return { schools, currentTerms, providers, items, itemCount: items.flat().length };
}

/** Builds and writes the district; returns its records for the measurements. */
export async function seedDistrict(db: Db): Promise<District> {
  const t0 = performance.now();
  const district = build(db);
  const [core, activities] = district.items;
  log(
    `District built in memory (${((performance.now() - t0) / 1000).toFixed(1)} s): ${sizes.schools} schools, ${2 * sizes.schools} terms, ${sizes.providers} providers and contracts, ${activities.length.toLocaleString('en-US')} activities`,
  );
  await batchWriteAll(db, 'schools, terms, providers, contracts', core, seedConcurrency);
  await batchWriteAll(db, 'activities', activities, seedConcurrency);
  const { items: _items, ...rest } = district;
  return rest;
}
