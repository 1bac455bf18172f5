import { createApplicationQueries } from './applicationQueries';
import { createApplicationReview } from './applicationReview';
import { createEnrolmentContext, type EnrolmentServiceDeps } from './enrolmentContext';
import { createFamilyRequests } from './familyRequests';

// The service factory stays here (services load it lazily from this path); its parts live in their own modules:
// queries (applicationQueries), the family's requests (familyRequests), the class and school steps (applicationReview).
export type { ApplicationListInput } from './applicationQueries';
export type { Decision, EnrolmentServiceDeps } from './enrolmentContext';

export function createEnrolmentService(deps: EnrolmentServiceDeps) {
  const context = createEnrolmentContext(deps);
  return {
    load: context.load,
    ...createApplicationQueries(deps, context),
    ...createFamilyRequests(deps, context),
    ...createApplicationReview(deps, context),
  };
}

export type EnrolmentService = ReturnType<typeof createEnrolmentService>;
