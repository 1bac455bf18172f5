import { activityFields, activityMutations, activityQueries } from '../activities/activityResolvers';
import { auditEventFields, auditQueries } from '../audit/auditResolvers';
import { complianceOverviewRowFields, complianceQueries } from '../compliance/complianceResolvers';
import { contractFields, contractMutations, contractQueries } from '../contracts/contractResolvers';
import { dashboardQueries } from '../dashboard/dashboardResolvers';
import { importMutations } from '../imports/importResolvers';
import { documentMutations, documentQueries } from '../documents/documentResolvers';
import { evaluationFields, evaluationMutations, evaluationQueries } from '../evaluations/evaluationResolvers';
import { affectedActivityFields, exitFields, exitMutations, exitQueries } from '../exits/exitResolvers';
import type { Resolvers } from '../generated/resolvers';
import {
  inspectionFields,
  inspectionFindingFields,
  inspectionMutations,
  inspectionQueries,
  overdueFindingFields,
  schoolScoreFields,
} from '../inspections/inspectionResolvers';
import { publicSurveyFields, surveyFields, surveyMutations, surveyQueries } from '../surveys/surveyResolvers';
import { providerFields, providerMutations, providerQueries, qualificationFields, schoolStandingFields, standingFields } from '../providers/providerResolvers';
import { policyMutations, policyQueries } from '../policy/policyResolvers';
import { schoolFields, schoolMutations, schoolQueries } from '../schools/schoolResolvers';
import { termFields, termMutations, termQueries } from '../terms/termResolvers';
import { connectionFields, edgeFields } from './connection';
import { coreQueries, nodeResolvers, viewerFields } from './coreResolvers';
import { scalarResolvers } from './scalars';
import { peopleMutations, peopleQueries, schoolClassFields, staffMemberFields, studentFields, viewerPeopleFields } from '../people/peopleResolvers';
import { guardianFields, guardianMutations } from '../guardians/guardianResolvers';
import {
  billFields,
  billGenerationFields,
  fundAllocationFields,
  moneyMutations,
  moneyQueries,
  providerStatementFields,
  providerStatementLineFields,
  stipendAdjustmentFields,
  stipendRowFields,
  stipendSheetFields,
  disclosureContentFields,
  disclosedProviderFields,
  disclosedContractFields,
} from '../money/moneyResolvers';
import { careMutations, careQueries, rollCallFields, rollCallMarkFields } from '../care/careResolvers';
import { activityRosterFields, enrolmentApplicationFields, enrolmentMutations, enrolmentQueries } from '../enrolment/enrolmentResolvers';

/** All resolvers, one module per domain, merged here and nowhere else. */
export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: {
    ...coreQueries,
    ...policyQueries,
    ...schoolQueries,
    ...termQueries,
    ...activityQueries,
    ...providerQueries,
    ...contractQueries,
    ...evaluationQueries,
    ...documentQueries,
    ...auditQueries,
    ...complianceQueries,
    ...exitQueries,
    ...surveyQueries,
    ...dashboardQueries,
    ...peopleQueries,
    ...enrolmentQueries,
    ...inspectionQueries,
    ...moneyQueries,
    ...careQueries,
  },
  Mutation: {
    ...policyMutations,
    ...schoolMutations,
    ...termMutations,
    ...activityMutations,
    ...providerMutations,
    ...contractMutations,
    ...evaluationMutations,
    ...documentMutations,
    ...exitMutations,
    ...surveyMutations,
    ...importMutations,
    ...peopleMutations,
    ...guardianMutations,
    ...enrolmentMutations,
    ...inspectionMutations,
    ...moneyMutations,
    ...careMutations,
  },
  Node: nodeResolvers,
  Viewer: { ...viewerFields, ...viewerPeopleFields },
  School: schoolFields,
  SchoolConnection: connectionFields,
  SchoolEdge: edgeFields,
  Term: termFields,
  TermConnection: connectionFields,
  TermEdge: edgeFields,
  Activity: { ...activityFields, ...activityRosterFields },
  ActivityConnection: connectionFields,
  ActivityEdge: edgeFields,
  Provider: providerFields,
  ProviderConnection: connectionFields,
  ProviderEdge: edgeFields,
  Qualification: qualificationFields,
  ProviderStanding: standingFields,
  SchoolStanding: schoolStandingFields,
  Contract: contractFields,
  ContractConnection: connectionFields,
  ContractEdge: edgeFields,
  Evaluation: evaluationFields,
  EvaluationConnection: connectionFields,
  EvaluationEdge: edgeFields,
  AuditEvent: auditEventFields,
  AuditEventConnection: connectionFields,
  AuditEventEdge: edgeFields,
  ProviderExit: exitFields,
  ProviderExitConnection: connectionFields,
  ProviderExitEdge: edgeFields,
  AffectedActivity: affectedActivityFields,
  Survey: surveyFields,
  SurveyConnection: connectionFields,
  SurveyEdge: edgeFields,
  PublicSurvey: publicSurveyFields,
  StaffMember: staffMemberFields,
  StaffMemberConnection: connectionFields,
  StaffMemberEdge: edgeFields,
  SchoolClass: schoolClassFields,
  SchoolClassConnection: connectionFields,
  SchoolClassEdge: edgeFields,
  Student: studentFields,
  StudentConnection: connectionFields,
  StudentEdge: edgeFields,
  Guardian: guardianFields,
  EnrolmentApplication: enrolmentApplicationFields,
  EnrolmentApplicationConnection: connectionFields,
  EnrolmentApplicationEdge: edgeFields,
  ComplianceOverviewRow: complianceOverviewRowFields,
  Inspection: inspectionFields,
  InspectionConnection: connectionFields,
  InspectionEdge: edgeFields,
  InspectionFinding: inspectionFindingFields,
  SchoolScore: schoolScoreFields,
  OverdueFinding: overdueFindingFields,
  Bill: billFields,
  BillConnection: connectionFields,
  BillEdge: edgeFields,
  BillGeneration: billGenerationFields,
  FundAllocation: fundAllocationFields,
  StipendSheet: stipendSheetFields,
  StipendRow: stipendRowFields,
  StipendAdjustment: stipendAdjustmentFields,
  ProviderStatement: providerStatementFields,
  ProviderStatementLine: providerStatementLineFields,
  Disclosure: {},
  DisclosureConnection: connectionFields,
  DisclosureEdge: edgeFields,
  DisclosureContent: disclosureContentFields,
  DisclosedProvider: disclosedProviderFields,
  DisclosedContract: disclosedContractFields,
  RollCall: rollCallFields,
  RollCallMark: rollCallMarkFields,
};
