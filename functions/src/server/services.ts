import { createAuditRepository } from '../audit/auditRepository';
import type { Db } from '../db/client';
import { createPolicyRepository } from '../policy/policyRepository';
import { createPolicyService } from '../policy/policyService';
import { createSchoolRepository } from '../schools/schoolRepository';
import { createSchoolService } from '../schools/schoolService';
import { createTermRepository } from '../terms/termRepository';
import { createTermService } from '../terms/termService';

/** Repositories (the only code touching DynamoDB) and the domain services built on them, once per process. */
export function createServices(db: Db) {
  const repositories = {
    audit: createAuditRepository(db),
    policies: createPolicyRepository(db),
    schools: createSchoolRepository(db),
    terms: createTermRepository(db),
  };
  return {
    db,
    repositories,
    policy: createPolicyService(repositories),
    schools: createSchoolService(repositories),
    terms: createTermService(repositories),
  };
}

export type Services = ReturnType<typeof createServices>;
