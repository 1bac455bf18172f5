import { localDate } from '../core/clock';
import type {
  InspectionFindingResolvers,
  InspectionResolvers,
  MutationResolvers,
  OverdueFindingResolvers,
  QueryResolvers,
  SchoolScoreResolvers,
} from '../generated/resolvers';
import { overdueFindings, type InspectionFinding, type InspectionRecord } from './inspectionEntity';

/** One overdue finding with its inspection, as the dashboard lists it. */
export interface OverdueFindingView {
  inspection: InspectionRecord;
  finding: InspectionFinding;
  schoolName: string;
}

export const inspectionQueries: Pick<QueryResolvers, 'inspection' | 'inspections' | 'schoolScores'> = {
  inspection: (_parent, { id }, { viewer, services }) => services.inspections.get(viewer, id),
  inspections: (_parent, args, { viewer, services }) => services.inspections.list(viewer, args),
  schoolScores: (_parent, { schoolYear, semester }, { viewer, services }) => services.schoolScores.scores(viewer, schoolYear, semester),
};

export const inspectionMutations: Pick<MutationResolvers, 'recordInspection' | 'recordRectification' | 'closeInspection'> = {
  recordInspection: (_parent, { input }, { viewer, services }) => services.inspections.record(viewer, input),
  recordRectification: (_parent, { inspectionId, findingId, note, expectedVersion }, { viewer, services }) =>
    services.inspections.rectify(viewer, inspectionId, findingId, note, expectedVersion),
  closeInspection: (_parent, { id, expectedVersion }, { viewer, services }) => services.inspections.close(viewer, id, expectedVersion),
};

export const inspectionFields: InspectionResolvers = {
  school: (inspection, _args, { loaders }) => loaders.school.require(inspection.schoolId),
  term: (inspection, _args, { loaders }) => loaders.term.require(inspection.termId),
  summary: (inspection) => inspection.summary ?? null,
  openFindingCount: (inspection) => inspection.findings.filter((finding) => !finding.rectifiedAt).length,
  overdueFindingCount: (inspection) => overdueFindings(inspection, localDate()).length,
  closedAt: (inspection) => inspection.closedAt ?? null,
};

export const inspectionFindingFields: InspectionFindingResolvers = {
  rectifiedAt: (finding) => finding.rectifiedAt ?? null,
  rectification: (finding) => finding.rectification ?? null,
  overdue: (finding) => !finding.rectifiedAt && finding.rectifyBy < localDate(),
};

export const schoolScoreFields: SchoolScoreResolvers = {
  school: (score, _args, { loaders }) => loaders.school.require(score.schoolId),
  term: (score, _args, { loaders }) => loaders.term.require(score.termId),
};

const DAY_MS = 86_400_000;

export const overdueFindingFields: OverdueFindingResolvers = {
  inspectionId: (view) => view.inspection.id,
  inspection: (view) => view.inspection,
  schoolId: (view) => view.inspection.schoolId,
  findingId: (view) => view.finding.id,
  item: (view) => view.finding.item,
  severity: (view) => view.finding.severity,
  rectifyBy: (view) => view.finding.rectifyBy,
  daysOverdue: (view) => Math.round((Date.parse(`${localDate()}T00:00:00Z`) - Date.parse(`${view.finding.rectifyBy}T00:00:00Z`)) / DAY_MS),
};
