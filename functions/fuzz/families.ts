/** A mutation family: the mutations fuzzed together (one entity and its workflow). */
export interface Family {
  name: string;
  mutations: string[];
  /** How often a mutation is picked relative to the others (default 1). */
  weights?: Record<string, number>;
  /** Also stage classes, staff, students, a parent and applications (fuzz/stagePeople.ts), and act as teacher and parent. */
  stagePeople?: boolean;
}

export const families: Family[] = [
  { name: 'schools', mutations: ['createSchool', 'updateSchool', 'deleteSchool'] },
  { name: 'terms', mutations: ['createTerm', 'copyTermToAllSchools', 'updateTerm', 'deleteTerm'] },
  { name: 'activities', mutations: ['createActivity', 'updateActivity', 'deleteActivity'] },
  {
    name: 'providers',
    mutations: ['createProvider', 'updateProvider', 'deleteProvider', 'submitProviderForReview', 'reviewProvider', 'suspendProvider', 'reinstateProvider'],
  },
  { name: 'contracts', mutations: ['createContract', 'updateContract', 'deleteContract', 'signContract', 'activateContract', 'terminateContract'] },
  { name: 'evaluations', mutations: ['recordEvaluation'] },
  { name: 'exits', mutations: ['openProviderExit', 'decideProviderExit', 'reassignActivity', 'cancelActivity', 'completeProviderExit'] },
  // Submissions are the public, high-volume path: picked more often, so open surveys get many before one is closed.
  {
    name: 'surveys',
    mutations: ['createSurvey', 'updateSurvey', 'deleteSurvey', 'publishSurvey', 'closeSurvey', 'issueRespondentKey', 'submitSurveyResponse'],
    weights: { submitSurveyResponse: 4, publishSurvey: 2 },
  },
  { name: 'documents', mutations: ['requestDocumentUpload', 'confirmDocumentUpload', 'deleteDocument'] },
  { name: 'imports', mutations: ['importSchools', 'importProviders'] },
  { name: 'policy', mutations: ['updateDistrictPolicy'] },
  // Rectifications are the school's many small steps: picked more often, so some inspections get fully rectified and closed.
  { name: 'inspections', mutations: ['recordInspection', 'recordRectification', 'closeInspection'], weights: { recordRectification: 3 } },
  // Children and families: staff, classes, students with their guardians' binding codes, and the class-list import.
  {
    name: 'people',
    mutations: [
      'createStaffMember',
      'updateStaffMember',
      'deleteStaffMember',
      'createSchoolClass',
      'updateSchoolClass',
      'deleteSchoolClass',
      'createStudent',
      'updateStudent',
      'deleteStudent',
      'importStudents',
      'issueGuardianCode',
      'linkChild',
    ],
    stagePeople: true,
  },
  // Enrolment: the application workflow and the rosters; the steps on existing applications are picked more often.
  {
    name: 'enrolment',
    mutations: [
      'applyForService',
      'reviewApplication',
      'decideApplication',
      'decideApplications',
      'withdrawApplication',
      'changePickupSlot',
      'assignToActivity',
      'removeFromActivity',
    ],
    weights: { reviewApplication: 2, decideApplication: 2, assignToActivity: 2 },
    stagePeople: true,
  },
  // Daily care: roll call, leave, pickup persons and handovers, alerts, the care log (as teacher and parent too).
  {
    name: 'care',
    mutations: [
      'recordRollCall',
      'requestLeave',
      'acknowledgeLeave',
      'addAuthorizedPickup',
      'removeAuthorizedPickup',
      'rotatePickupCode',
      'recordHandover',
      'resolveAlert',
      'writeCareLog',
      'setDutyRota',
    ],
    weights: { recordRollCall: 2, requestLeave: 4, addAuthorizedPickup: 2 },
    stagePeople: true,
  },
  // Money: bills (refused under the staged FREE policy), funds, stipend sheets, provider statements and disclosures of the staged school.
  {
    name: 'money',
    mutations: [
      'generateBills',
      'recordPayment',
      'waiveBill',
      'setFundAllocation',
      'confirmStipendSheet',
      'addStipendAdjustment',
      'confirmProviderStatement',
      'addProviderStatementAdjustment',
      'publishDisclosure',
    ],
    stagePeople: true,
  },
];

/** Entity types by the names mutations use (longest first, so `decideProviderExit` is a ProviderExit, not a Provider). */
const entities = [
  'ProviderExit',
  'AuthorizedPickup',
  'Provider',
  'SchoolClass',
  'School',
  'Term',
  'Activity',
  'Contract',
  'Evaluation',
  'Survey',
  'Document',
  'Inspection',
  'StaffMember',
  'Student',
  'Alert',
];
/** Entities a mutation names otherwise than its type (`reviewApplication`, `changePickupSlot` act on an EnrolmentApplication). */
const entityAliases: [string, string][] = [
  ['Application', 'EnrolmentApplication'],
  ['PickupSlot', 'EnrolmentApplication'],
  ['Leave', 'LeaveRequest'],
  ['PickupCode', 'AuthorizedPickup'],
];

/** Which pools an ID argument or input field draws from, by its name (`id` by the mutation's entity). */
export function idPoolsFor(mutation: string): Record<string, string[]> {
  const names = (name: string) => mutation.toLowerCase().includes(name.toLowerCase());
  const own = entities.find(names) ?? entityAliases.find(([alias]) => names(alias))?.[1];
  return {
    id: own ? [own] : [],
    schoolId: ['School'],
    termId: ['Term'],
    providerId: ['Provider'],
    toProviderId: ['Provider'],
    contractId: ['Contract'],
    toContractId: ['Contract'],
    activityId: ['Activity'],
    exitId: ['ProviderExit'],
    surveyId: ['Survey'],
    previousSurveyId: ['Survey'],
    supersedesId: ['Evaluation'],
    evaluationIds: ['Evaluation'],
    documentId: ['Document'],
    signedDocumentId: ['Document'],
    ownerId: ['Provider', 'Contract'],
    scopeId: ['School', 'Provider', 'Activity'],
    questionId: ['Question'],
    inspectionId: ['Inspection'],
    findingId: ['InspectionFinding'],
    studentId: ['Student'],
    staffId: ['StaffMember'],
    classTeacherId: ['StaffMember'],
    classId: ['SchoolClass'],
    activityIds: ['Activity'],
    ids: ['EnrolmentApplication'],
    billId: ['Bill'],
  };
}
