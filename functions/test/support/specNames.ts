/**
 * The names SPEC §5, §5.1 and §5.2 fix, transcribed from SPEC: what `specContract.test.ts` looks up in the published
 * schema. Kept apart from the checks so the list can be read against SPEC line by line.
 */
export const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** SPEC's `Type { fields }` lines: the key is a type name or a path to a nested type. */
export const objectFields: Record<string, string> = {
  // §5
  PageInfo: 'hasNextPage hasPreviousPage startCursor endCursor',
  Node: 'id',
  // §5.1
  School: 'id version name code type ownership address grades studentCount principal',
  Term: 'id version schoolId schoolYear semester startDate endDate excludedDates',
  Activity:
    'id version schoolId termId weekday startTime endTime title category venue segment staffName providerId contractId grades capacity status staffId roster',
  Provider: 'id version name creditCode kind status contactName contactPhone serviceCategories qualifications standing',
  'Provider.qualifications': 'certificateType number issuer validFrom validTo',
  'Provider.standing': 'latestScore averageScore',
  Contract:
    'id version schoolId providerId termId status serviceMethod serviceContent safetyMeasures ratePerHour hours totalAmount startDate endDate activityIds',
  Evaluation: 'id providerId schoolId kind date evaluator scores total findings supersedesId',
  'Evaluation.scores': 'criterion score',
  ProviderExit: 'id version providerId status reason trigger affectedActivities decisionComment',
  'ProviderExit.affectedActivities': 'activityId resolution',
  Survey: 'id version title intro kind scope scopeId termId status accessCode questions',
  'Survey.questions': 'id kind text options required',
  SurveyResults: 'surveyId responseCount satisfactionRate questions groups',
  'SurveyResults.questions': 'questionId responseCount meanRating options',
  'SurveyResults.questions.options': 'label count',
  'SurveyResults.groups': 'key label responseCount satisfactionRate',
  // §5.2
  StaffMember: 'id version schoolId name phone duties active',
  SchoolClass: 'id version schoolId grade name classTeacherId studentCount',
  Student: 'id version schoolId classId grade name leftBehind hardship status guardians',
  'Student.guardians': 'name relation phone',
  GuardianCode: 'code expiresAt',
  EnrolmentApplication: 'id version studentId schoolId termId days lateCare pickupSlot activityIds status priority consentAt reason',
  RollCall: 'id activityId date takenBy takenAt marks',
  'RollCall.marks': 'studentId status',
  Handover: 'id studentId date kind at toGuardian by',
  AuthorizedPickup: 'id studentId name relation',
  LeaveRequest: 'id studentId from to reason status',
  Alert: 'id schoolId kind studentId activityId date status',
  CareLog: 'id version schoolId date dutyLeaderId summary incidents',
  'CareLog.incidents': 'at kind description action',
  'Query.stipendSheet': 'rows total',
  'Query.stipendSheet.rows': 'staffId sessions hours amount',
  Bill: 'id studentId schoolId month amount discount status',
  Disclosure: 'accessCode',
  Inspection: 'id version schoolId date inspectors findings score status',
  'Inspection.findings': 'id item severity rectifyBy rectifiedAt rectification',
  Viewer: 'children',
};

/** SPEC's root fields with the arguments it names (`x(id:)`, `xs(filter:, first:, after:)`, …). */
export const entities = ['school', 'term', 'activity', 'provider', 'contract', 'evaluation', 'providerExit', 'survey'];
export const plural = (name: string) => (name === 'activity' ? 'activities' : `${name}s`);
export const queries: Record<string, string> = {
  viewer: '',
  districtPolicy: '',
  node: 'id',
  ...Object.fromEntries(
    entities.flatMap((name) => [
      [name, 'id'],
      [plural(name), 'filter first after'],
    ]),
  ),
  surveyResults: 'surveyId groupBy',
  complianceReport: 'schoolId termId',
  auditEvents: 'entityId',
  publicSurvey: 'accessCode',
  staffMember: 'id',
  staffMembers: 'filter',
  schoolClass: 'id',
  schoolClasses: 'filter',
  student: 'id',
  students: 'filter',
  enrolmentApplication: 'id',
  enrolmentApplications: 'filter',
  rollCall: 'activityId date',
  alerts: 'filter',
  careLog: 'schoolId date',
  stipendSheet: 'schoolId month',
  providerStatement: 'providerId month',
  bills: 'filter',
  disclosures: 'filter',
  publicDisclosure: 'accessCode',
  inspections: 'filter',
  schoolScores: 'schoolYear semester',
};

const crud = ['School', 'Term', 'Activity', 'Provider', 'Contract', 'Survey', 'StaffMember', 'SchoolClass', 'Student'];
export const mutations: Record<string, string> = {
  ...Object.fromEntries(
    crud.flatMap((name) => [
      [`create${name}`, 'input'],
      [`update${name}`, 'id input expectedVersion'],
      [`delete${name}`, 'id'],
    ]),
  ),
  recordEvaluation: 'input',
  updateDistrictPolicy: 'input',
  submitProviderForReview: 'id',
  reviewProvider: 'id decision comment',
  suspendProvider: 'id',
  reinstateProvider: 'id',
  signContract: 'id',
  activateContract: 'id',
  terminateContract: 'id',
  openProviderExit: '',
  decideProviderExit: 'id decision comment',
  reassignActivity: 'exitId activityId toProviderId toContractId toStaffName',
  cancelActivity: 'exitId activityId',
  completeProviderExit: 'id',
  publishSurvey: 'id',
  closeSurvey: 'id',
  submitSurveyResponse: 'accessCode respondentKey answers grade schoolId',
  issueGuardianCode: 'studentId',
  linkChild: 'code',
  applyForService: 'input',
  reviewApplication: 'id decision comment',
  decideApplication: 'id decision comment',
  withdrawApplication: 'id reason from',
  assignToActivity: 'activityId studentId',
  removeFromActivity: 'activityId studentId',
  recordRollCall: 'input',
  recordHandover: 'input',
  addAuthorizedPickup: 'input',
  removeAuthorizedPickup: 'id',
  requestLeave: 'input',
  resolveAlert: 'id note',
  writeCareLog: 'input',
  generateBills: 'schoolId month',
  recordPayment: 'billId reference',
  waiveBill: 'billId reason',
  setFundAllocation: 'schoolId schoolYear amount',
  publishDisclosure: 'schoolId termId',
  recordInspection: 'input',
  recordRectification: 'inspectionId findingId note',
  closeInspection: 'id',
};

/** Input fields SPEC spells out: `Mutation.field(argument:)` → fields of its input type. */
export const inputFields: Record<string, string> = {
  'createSchool(input:)': 'name code type ownership grades',
  'submitSurveyResponse(answers:)': 'questionId rating choices text',
  'recordRollCall(input:)': 'activityId date marks idempotencyKey',
};

/** Enum values SPEC fixes, where they are used: `Type.field` or `Mutation.field(argument:)`. */
export const enumValues: Record<string, string> = {
  'Activity.weekday': 'MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY',
  'Activity.status': 'ACTIVE CANCELLED',
  'ProviderExit.trigger': 'MANUAL LOW_EVALUATION LOW_SATISFACTION QUALIFICATION_EXPIRED',
  'Survey.scope': 'DISTRICT SCHOOL PROVIDER ACTIVITY',
  'EnrolmentApplication.status': 'SUBMITTED CLASS_APPROVED APPROVED REJECTED WITHDRAWN',
  'Bill.status': 'UNPAID PAID WAIVED',
  'reviewProvider(decision:)': 'APPROVE REJECT',
  'decideProviderExit(decision:)': 'APPROVE REJECT',
  'reviewApplication(decision:)': 'APPROVE REJECT',
};

/** Return types SPEC states. */
export const returnTypes: Record<string, string> = {
  'Mutation.createSchool': 'School!',
  'Mutation.completeProviderExit': 'ProviderExit!',
  'Mutation.issueGuardianCode': 'GuardianCode!',
  'Mutation.linkChild': 'Student!',
  'Mutation.publishDisclosure': 'Disclosure!',
  'Term.startDate': 'Date!',
  'Term.excludedDates': '[Date!]!',
  'Activity.startTime': 'LocalTime!',
  'Activity.endTime': 'LocalTime!',
};
