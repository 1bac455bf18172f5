import { notFound } from '../core/errors';
import { typeOfId } from '../core/ids';
import type { NodeResolvers, QueryResolvers, ViewerResolvers } from '../generated/resolvers';
import type { GraphQLContext } from './context';

/** Loads any entity by global id through its service, so access rules apply exactly as in `school(id:)` etc. */
export function loadNode(id: string, context: GraphQLContext) {
  return loadExisting(id, context);
}

async function loadExisting(id: string, { viewer, services }: GraphQLContext) {
  switch (typeOfId(id)) {
    case 'School':
      return services.schools.get(viewer, id);
    case 'Term':
      return services.terms.get(viewer, id);
    case 'Activity':
      return services.activities.get(viewer, id);
    case 'Provider':
      return services.providers.get(viewer, id);
    case 'Contract':
      return services.contracts.get(viewer, id);
    case 'Evaluation':
      return services.evaluations.get(viewer, id);
    case 'ProviderExit':
      return services.exits.get(viewer, id);
    case 'Survey':
      return services.surveys.get(viewer, id);
    case 'StaffMember':
      return services.staffMembers.get(viewer, id);
    case 'SchoolClass':
      return services.schoolClasses.get(viewer, id);
    case 'Student':
      return services.students.get(viewer, id);
    case 'Guardian':
      return services.guardians.get(viewer, id);
    case 'EnrolmentApplication':
      return services.enrolment.get(viewer, id);
    case 'Inspection':
      return services.inspections.get(viewer, id);
    case 'Bill':
      return services.bills.get(viewer, id);
    case 'StipendSheet':
      return services.stipends.get(viewer, id);
    case 'ProviderStatement':
      return services.providerStatements.get(viewer, id);
    case 'Disclosure':
      return services.disclosures.get(viewer, id);
    case 'RollCall':
      return services.rollCalls.get(viewer, id);
    case 'LeaveRequest':
      return services.leaveRequests.get(viewer, id);
    case 'AuthorizedPickup':
      return services.pickups.getPickup(viewer, id);
    case 'Handover':
      return services.pickups.getHandover(viewer, id);
    case 'Alert':
      return services.alertService.get(viewer, id);
    case 'CareLog':
      return services.careLogs.get(viewer, id);
    case 'DutyRota':
      return services.dutyRotas.get(viewer, id);
    case 'Notification':
      return services.alertService.notification(viewer, id);
    case 'StipendAdjustment':
      return services.stipends.adjustment(viewer, id);
    case 'ProviderStatementAdjustment':
      return services.providerStatements.adjustment(viewer, id);
    case 'Document': {
      const document = await services.documents.find(viewer, id);
      if (!document) break;
      return document;
    }
    case 'AuditEvent': {
      const event = await services.auditTrail.find(viewer, id);
      if (!event) break;
      return event;
    }
    case 'DistrictPolicy': {
      const policy = await services.policy.get(viewer);
      if (policy.id === id) return policy;
      break;
    }
  }
  throw notFound('Node', id);
}

export const coreQueries: Pick<QueryResolvers, 'viewer' | 'node'> = {
  viewer: (_parent, _args, { viewer }) => viewer,
  node: async (_parent, { id }, context) => (await loadNode(id, context)) ?? null,
};

/** The Node types the schema has (ids of other prefixes are never returned as nodes). */
const nodeTypeNames = [
  'DistrictPolicy',
  'School',
  'Term',
  'Activity',
  'Provider',
  'Contract',
  'Evaluation',
  'Document',
  'AuditEvent',
  'ProviderExit',
  'Survey',
  'Inspection',
  'StaffMember',
  'SchoolClass',
  'Student',
  'Guardian',
  'EnrolmentApplication',
  'RollCall',
  'LeaveRequest',
  'AuthorizedPickup',
  'Handover',
  'Alert',
  'CareLog',
  'DutyRota',
  'Bill',
  'StipendSheet',
  'ProviderStatement',
  'Disclosure',
  'Notification',
  'StipendAdjustment',
  'ProviderStatementAdjustment',
] as const;
type NodeTypeName = (typeof nodeTypeNames)[number];

export const nodeResolvers: NodeResolvers = {
  __resolveType: (record) => {
    const typeName = typeOfId(record.id);
    return nodeTypeNames.includes(typeName as NodeTypeName) ? (typeName as NodeTypeName) : null;
  },
};

export const viewerFields: ViewerResolvers = {
  schoolId: (viewer) => viewer.schoolId ?? null,
  providerId: (viewer) => viewer.providerId ?? null,
  school: async (viewer, _args, { loaders }) => (viewer.schoolId ? ((await loaders.school.load(viewer.schoolId)) ?? null) : null),
};
