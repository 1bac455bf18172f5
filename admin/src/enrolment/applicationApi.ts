import { connectionPage, cursorStep, existing, pickFilter } from '../dataProvider/connection';
import { operation, type PageRequest, type ResourceApi } from '../dataProvider/operation';
import {
  ActivityRosterDocument,
  AssignToActivityDocument,
  DecideApplicationDocument,
  DecideApplicationsDocument,
  EnrolmentApplicationCursorDocument,
  EnrolmentApplicationDocument,
  EnrolmentApplicationListDocument,
  RemoveFromActivityDocument,
  ReviewApplicationDocument,
  WithdrawApplicationDocument,
  type EnrolmentApplicationFilter,
  type EnrolmentApplicationFieldsFragment,
  type ReviewDecision,
} from '../generated/graphql';

const filterKeys = ['schoolId', 'classId', 'studentId', 'termId', 'status', 'ids'] as const;
const listVariables = ({ filter, first, after }: PageRequest) => ({ filter: pickFilter<EnrolmentApplicationFilter>(filter, filterKeys), first, after });

/** Applications are changed by workflow steps only (see `applicationWorkflow`); the queue is read in priority order. */
export const applicationApi: ResourceApi = {
  list: (request) => operation(EnrolmentApplicationListDocument, listVariables(request), (d) => connectionPage(d.enrolmentApplications)),
  cursor: (request) => operation(EnrolmentApplicationCursorDocument, listVariables(request), (d) => cursorStep(d.enrolmentApplications)),
  many: (ids) => operation(EnrolmentApplicationListDocument, { filter: { ids: ids.map(String) }, first: 100 }, (d) => d.enrolmentApplications.nodes),
  referenceFilter: (target, id) => ({ [target]: id }),
  one: (id) => operation(EnrolmentApplicationDocument, { id: String(id) }, (d) => existing(d.enrolmentApplication, 'EnrolmentApplication', id)),
};

type Application = Pick<EnrolmentApplicationFieldsFragment, 'id' | 'version'>;

/** The workflow steps of an application (班级审核 → 学校核准, 退出) as typed operations. */
export const applicationWorkflow = {
  review: (record: Application, decision: ReviewDecision, comment: string | null) =>
    operation(ReviewApplicationDocument, { id: record.id, decision, comment, expectedVersion: record.version }, (d) => d.reviewApplication),
  decide: (record: Application, decision: ReviewDecision, comment: string | null) =>
    operation(DecideApplicationDocument, { id: record.id, decision, comment, expectedVersion: record.version }, (d) => d.decideApplication),
  decideMany: (ids: string[], decision: ReviewDecision, comment: string | null) =>
    operation(DecideApplicationsDocument, { ids, decision, comment }, (d) => d.decideApplications),
  withdraw: (record: Application, reason: string | null) => operation(WithdrawApplicationDocument, { id: record.id, reason }, (d) => d.withdrawApplication),
};

/** The roster on the activity page. */
export const rosterOps = {
  page: (activityId: string, after: string | null) => operation(ActivityRosterDocument, { id: activityId, first: 100, after }, (d) => d.activity),
  assign: (activityId: string, studentId: string) => operation(AssignToActivityDocument, { activityId, studentId }, (d) => d.assignToActivity),
  remove: (activityId: string, studentId: string) => operation(RemoveFromActivityDocument, { activityId, studentId }, (d) => d.removeFromActivity),
};
