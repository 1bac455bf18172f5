import type { Viewer } from '../../auth/viewer';
import { AppError } from '../../core/errors';
import { defaultPolicyValues } from '../../policy/defaultPolicy';
import type { Services } from '../../server/services';
import { demoSchools, demoTerm } from './demoSchools';
import { seedDomain } from './seedDomain';
import { seedSurveys } from './seedSurveys';
import { seedPeople, type PeopleSeedOptions } from './seedPeople';
import { seedPeopleInCharge } from './seedPeopleInCharge';
import { seedSupervision } from './seedSupervision';
import { seedCare } from './seedCare';
import type { SchoolRecord } from '../../schools/schoolEntity';
import type { TermRecord } from '../../terms/termEntity';

/** The seed acts as a district admin, through the services, so every rule and validation applies to it too. */
const seeder: Viewer = { sub: 'seed', role: 'DISTRICT_ADMIN' };

/** Runs a create; a CONFLICT means the record is already there (the seed is idempotent). */
async function ensure<T>(create: () => Promise<T>): Promise<T | undefined> {
  try {
    return await create();
  } catch (error) {
    if (error instanceof AppError && error.code === 'CONFLICT') return undefined;
    throw error;
  }
}

export interface SeedReport {
  schoolsCreated: number;
  termsCreated: number;
  policySaved: boolean;
}

/**
 * Seeds the demo district (idempotent: running it again creates nothing new): the seed part 二 policy, the
 * demo schools and their 2026–2027 autumn term. `progress` receives one line per step.
 */
export async function seedDemo(
  services: Services,
  progress: (line: string) => void = () => {},
  options: { domain?: boolean; people?: PeopleSeedOptions } = {},
): Promise<SeedReport> {
  const report: SeedReport = { schoolsCreated: 0, termsCreated: 0, policySaved: false };
  const policy = await services.policy.current();
  if (policy.version === 0) {
    await ensure(() => services.policy.update(seeder, defaultPolicyValues, 0));
    report.policySaved = true;
  }
  progress(`district policy ${report.policySaved ? 'saved' : 'already there'}`);

  const existing = await services.schools.list(seeder, { first: 100 });
  const byCode = new Map(existing.items.map(({ record }) => [record.code, record]));
  const seeded = new Map<string, { school: SchoolRecord; term: TermRecord }>();
  for (const school of demoSchools) {
    let record = byCode.get(school.code);
    if (!record) {
      record = await services.schools.create(seeder, school);
      report.schoolsCreated++;
    }
    let term = await ensure(() => services.terms.create(seeder, { ...demoTerm, schoolId: record.id }));
    if (term) report.termsCreated++;
    else
      term = (await services.terms.list(seeder, { filter: { schoolId: record.id, schoolYear: demoTerm.schoolYear, semester: demoTerm.semester } })).items[0]
        .record;
    seeded.set(school.code, { school: record, term });
  }
  progress(`${demoSchools.length} schools (${report.schoolsCreated} new), ${report.termsCreated} new terms`);
  if (options.domain !== false) {
    await seedDomain(services, seeder, seeded, progress);
    await seedPeople(services, seeded, progress, options.people);
    await seedPeopleInCharge(services, seeder, seeded, progress);
    await seedSurveys(
      services,
      seeder,
      [...seeded.values()].map(({ school }) => school),
      progress,
    );
    await seedSupervision(services, seeder, seeded, progress);
    await seedCare(services, seeded, progress);
  }
  return report;
}
