import { buildSchema, getNamedType, type GraphQLField, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../src/generated/typeDefs';

/**
 * SPEC §5, §5.1 and §5.2 fix names front-end teams code against ("these names at least; more are welcome"). This
 * test is the contract linter: every name SPEC lists — types, fields, root fields, arguments, input fields, enum
 * values, return types — is looked up in the published schema, so a rename cannot slip through a merge. Nested
 * types SPEC does not name (`qualifications { … }`) are followed through the field that holds them.
 */
const schema = buildSchema(typeDefs);
type Fields = Record<string, GraphQLField<unknown, unknown>>;

function fieldsOf(typeName: string): Fields | undefined {
  const type = schema.getType(typeName);
  return isObjectType(type) || isInterfaceType(type) ? (type.getFields() as Fields) : undefined;
}

/** `Type.field.sub` → the named type at the end of the path (through lists and non-null). */
function typeAt(path: string): string | undefined {
  const [first, ...rest] = path.split('.');
  let current = first;
  for (const name of rest) {
    const field = fieldsOf(current)?.[name];
    if (!field) return undefined;
    current = getNamedType(field.type).name;
  }
  return current;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** SPEC's `Type { fields }` lines: the key is a type name or a path to a nested type. */
const objectFields: Record<string, string> = {
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
const entities = ['school', 'term', 'activity', 'provider', 'contract', 'evaluation', 'providerExit', 'survey'];
const plural = (name: string) => (name === 'activity' ? 'activities' : `${name}s`);
const queries: Record<string, string> = {
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
const mutations: Record<string, string> = {
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
const inputFields: Record<string, string> = {
  'createSchool(input:)': 'name code type ownership grades',
  'submitSurveyResponse(answers:)': 'questionId rating choices text',
  'recordRollCall(input:)': 'activityId date marks idempotencyKey',
};

/** Enum values SPEC fixes, where they are used: `Type.field` or `Mutation.field(argument:)`. */
const enumValues: Record<string, string> = {
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
const returnTypes: Record<string, string> = {
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

const mutationFields = schema.getMutationType()!.getFields() as Fields;
const argumentType = (coordinate: string) => {
  const [, field, arg] = /^(\w+)\((\w+):\)$/.exec(coordinate)!;
  const found = mutationFields[field]?.args.find((a) => a.name === arg);
  return found && getNamedType(found.type);
};

describe('SPEC §5 names in the schema (contract lint)', () => {
  it('has every type and field SPEC §5.1/§5.2 lists', () => {
    const missing = Object.entries(objectFields).flatMap(([path, names]) => {
      const typeName = path.includes('.') ? typeAt(path) : path;
      const fields = typeName && fieldsOf(typeName);
      return fields
        ? words(names)
            .filter((name) => !(name in fields))
            .map((name) => `${path}.${name}`)
        : [path];
    });
    expect(missing).toEqual([]);
  });

  it('has every root query and mutation SPEC names, with the arguments it names', () => {
    const check = (root: Fields, wanted: Record<string, string>, prefix: string) =>
      Object.entries(wanted).flatMap(([name, args]) =>
        root[name]
          ? words(args)
              .filter((arg) => !root[name].args.some((a) => a.name === arg))
              .map((arg) => `${prefix}.${name}(${arg}:)`)
          : [`${prefix}.${name}`],
      );
    expect([...check(schema.getQueryType()!.getFields() as Fields, queries, 'Query'), ...check(mutationFields, mutations, 'Mutation')]).toEqual([]);
  });

  it('has the input fields and enum values SPEC names', () => {
    const missing: string[] = [];
    for (const [coordinate, names] of Object.entries(inputFields)) {
      const type = argumentType(coordinate);
      if (!isInputObjectType(type)) missing.push(coordinate);
      else
        missing.push(
          ...words(names)
            .filter((name) => !(name in type.getFields()))
            .map((name) => `${coordinate}.${name}`),
        );
    }
    for (const [coordinate, values] of Object.entries(enumValues)) {
      const type = coordinate.includes('(') ? argumentType(coordinate) : schema.getType(typeAt(coordinate) ?? '');
      if (!isEnumType(type)) missing.push(`${coordinate} (not an enum)`);
      else
        missing.push(
          ...words(values)
            .filter((value) => !type.getValue(value))
            .map((value) => `${coordinate} ${value}`),
        );
    }
    expect(missing).toEqual([]);
  });

  it('returns what SPEC says: the changed object from creates and workflow steps, the deleted ID! from deletes', () => {
    const wrong = Object.entries(returnTypes).filter(([path, type]) => {
      const [typeName, field] = path.split('.');
      return String(fieldsOf(typeName)?.[field]?.type) !== type;
    });
    const deletes = Object.values(mutationFields).filter((field) => field.name.startsWith('delete') && String(field.type) !== 'ID!');
    const creates = Object.values(mutationFields).filter((field) => /^(create|update)[A-Z]/.test(field.name) && !isObjectType(getNamedType(field.type)));
    expect([...wrong.map(([path]) => path), ...deletes.map((f) => f.name), ...creates.map((f) => f.name)]).toEqual([]);
  });

  it('makes every list SPEC names a Relay connection with nodes and totalCount, and every connection alike', () => {
    const listNames = [
      ...entities.map(plural),
      ...words('auditEvents staffMembers schoolClasses students enrolmentApplications alerts bills disclosures inspections'),
    ];
    const query = schema.getQueryType()!.getFields() as Fields;
    const notConnections = listNames.filter((name) => !getNamedType(query[name].type).name.endsWith('Connection'));
    expect(notConnections).toEqual([]);
    expect(getNamedType(fieldsOf('Activity')!.roster.type).name).toMatch(/Connection$/);
    const odd: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || !type.name.endsWith('Connection')) continue;
      const fields = type.getFields();
      const edge = fields.edges && getNamedType(fields.edges.type);
      const shape = [
        String(fields.edges?.type).startsWith('['),
        String(fields.pageInfo?.type) === 'PageInfo!',
        String(fields.totalCount?.type) === 'Int!',
        isObjectType(edge) && String(edge.getFields().cursor?.type) === 'String!',
        isObjectType(edge) && getNamedType(edge.getFields().node?.type) === getNamedType(fields.nodes?.type),
      ];
      if (shape.includes(false)) odd.push(type.name);
    }
    expect(odd).toEqual([]);
    // Every field returning a connection pages the same way (`first: Int = 20`, `after: String`).
    const paging = Object.values(schema.getTypeMap()).flatMap((type) =>
      isObjectType(type)
        ? Object.values(type.getFields())
            .filter((field) => getNamedType(field.type).name.endsWith('Connection'))
            .filter((field) => {
              const first = field.args.find((a) => a.name === 'first');
              const after = field.args.find((a) => a.name === 'after');
              return String(first?.type) !== 'Int' || first?.defaultValue !== 20 || String(after?.type) !== 'String';
            })
            .map((field) => `${type.name}.${field.name}`)
        : [],
    );
    expect(paging).toEqual([]);
  });

  it('implements Node for every entity SPEC names, and returns no untyped JSON', () => {
    const nodes = new Set(schema.getImplementations(schema.getType('Node') as never).objects.map((type) => type.name));
    const entityTypes = words(
      'School Term Activity Provider Contract Evaluation ProviderExit Survey StaffMember SchoolClass Student EnrolmentApplication RollCall Handover AuthorizedPickup LeaveRequest Alert CareLog Bill Disclosure Inspection',
    );
    expect(entityTypes.filter((name) => !nodes.has(name))).toEqual([]);
    const scalars = Object.values(schema.getTypeMap()).filter((type) => type.constructor.name === 'GraphQLScalarType' && !type.name.startsWith('__'));
    expect(scalars.map((type) => type.name).sort()).toEqual(['Boolean', 'Date', 'DateTime', 'Float', 'ID', 'Int', 'LocalTime', 'String']);
  });
});
