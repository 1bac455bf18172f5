import type { RaRecord } from 'react-admin';
import { EVALUATION_CRITERIA } from '../common/enums';
import { csvDate, formatGrades } from './csvFormat';

export type Translate = (key: string, options?: Record<string, unknown>) => string;
export type Cell = string | number | null | undefined;

export interface ExportContext {
  translate: Translate;
  /** The name of a referenced record (looked up before the rows are written), or the id when unknown. */
  nameOf: (resource: string, id: unknown) => string;
}

export interface ExportColumn {
  /** Message key of the header, in the UI language. */
  label: string;
  value: (row: RaRecord, context: ExportContext) => Cell;
}

/** Records a column shows by name: which resource, which ids a row points at, and how to name one. */
export interface ExportReference {
  resource: string;
  ids: (row: RaRecord) => unknown[];
  name: (record: RaRecord, translate: Translate) => string;
}

export interface ExportSpec {
  columns: ExportColumn[];
  references?: ExportReference[];
}

/** A value at a dotted path (`provider.name`). */
const at = (row: RaRecord, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), row);

const field = (resource: string, source: string) => `resources.${resource}.fields.${source}`;
const enumLabel = (translate: Translate, group: string, value: unknown) =>
  value == null || value === '' ? '' : translate(`app.enums.${group}.${String(value)}`, { _: String(value) });
const joined = (translate: Translate, items: string[]) => items.join(translate('app.list_separator'));

/** Column builders: a header key and how a row's value becomes a cell. */
const col = {
  text: (resource: string, source: string, path = source): ExportColumn => ({
    label: field(resource, source),
    value: (row) => {
      const value = at(row, path);
      return typeof value === 'string' || typeof value === 'number' ? value : '';
    },
  }),
  label: (label: string, value: ExportColumn['value']): ExportColumn => ({ label, value }),
  enum: (resource: string, source: string, group: string): ExportColumn => ({
    label: field(resource, source),
    value: (row, { translate }) => enumLabel(translate, group, at(row, source)),
  }),
  enums: (resource: string, source: string, group: string): ExportColumn => ({
    label: field(resource, source),
    value: (row, { translate }) => {
      const values = at(row, source);
      return Array.isArray(values)
        ? joined(
            translate,
            values.map((v) => enumLabel(translate, group, v)),
          )
        : '';
    },
  }),
  date: (resource: string, source: string): ExportColumn => ({
    label: field(resource, source),
    value: (row) => csvDate(at(row, source)),
  }),
  grades: (resource: string, source = 'grades'): ExportColumn => ({
    label: field(resource, source),
    value: (row) => {
      const grades = at(row, source);
      return Array.isArray(grades) ? formatGrades(grades as number[]) : '';
    },
  }),
  ref: (resource: string, source: string, reference: string): ExportColumn => ({
    label: field(resource, source),
    value: (row, { nameOf }) => (row[source] ? nameOf(reference, row[source]) : ''),
  }),
};

const termLabel = (term: RaRecord, translate: Translate) => `${String(term.schoolYear ?? '')} ${enumLabel(translate, 'semester', term.semester)}`.trim();
const refTo = (resource: string, source: string, name: ExportReference['name']): ExportReference => ({
  resource,
  ids: (row) => [row[source]],
  name,
});
const byName = (record: RaRecord) => String(record.name ?? record.title ?? record.id);
const schoolRef = (source = 'schoolId') => refTo('schools', source, byName);

/** Import column labels: schools and providers export under the import's headers, so a file can go back in. */
const importLabel = (resource: 'schools' | 'providers', source: string) => `app.csv.columns.${resource}.${source}`;
const importText = (resource: 'schools' | 'providers', source: string): ExportColumn => ({
  ...col.text(resource, source),
  label: importLabel(resource, source),
});
const asImport = (resource: 'schools' | 'providers', column: ExportColumn, source: string): ExportColumn => ({
  ...column,
  label: importLabel(resource, source),
});

/** Survey scopes name a school, a provider or an activity. */
const surveyScopeResource: Record<string, string> = { SCHOOL: 'schools', PROVIDER: 'providers', ACTIVITY: 'activities' };

const yesNo = (translate: Translate, value: unknown) =>
  value === true ? translate('app.csv.import.yes') : value === false ? translate('app.csv.import.no') : '';
/** A class list exports under the import's headers (班级, 姓名, 性别, 监护人, 电话, 留守, 困难), so it can go back in. */
const studentColumn = (source: string, value: ExportColumn['value']): ExportColumn => ({ label: `app.csv.columns.students.${source}`, value });
const firstGuardian = (row: RaRecord) => ((row.guardians as RaRecord[] | undefined) ?? [])[0];

/** What each list exports: columns in the order of the list, references shown by name, enums translated. */
export const exportSpecs: Record<string, ExportSpec> = {
  // 预警 and 看护日志 (daily care): the list's columns, kinds and statuses in words.
  alerts: {
    columns: [
      col.ref('alerts', 'schoolId', 'schools'),
      col.date('alerts', 'date'),
      col.enum('alerts', 'kind', 'alertKind'),
      col.text('alerts', 'message'),
      col.enum('alerts', 'status', 'alertStatus'),
      col.text('alerts', 'raisedAt'),
      col.text('alerts', 'resolvedAt'),
      col.text('alerts', 'note'),
    ],
    references: [schoolRef()],
  },
  careLogs: {
    columns: [
      col.ref('careLogs', 'schoolId', 'schools'),
      col.date('careLogs', 'date'),
      col.text('careLogs', 'summary'),
      col.label(field('careLogs', 'incidentCount'), (row) => ((row.incidents as unknown[] | undefined) ?? []).length),
      col.label(field('careLogs', 'incidents'), (row, { translate }) =>
        joined(
          translate,
          ((row.incidents as { at: string; kind: string; description: string; action: string }[] | undefined) ?? []).map(
            (item) => `${item.at} ${enumLabel(translate, 'incidentKind', item.kind)} ${item.description}（${item.action}）`,
          ),
        ),
      ),
    ],
    references: [schoolRef()],
  },
  // 收费账单: amounts in yuan with two decimals, as the finance office books them.
  bills: {
    columns: [
      col.text('bills', 'month'),
      col.text('bills', 'className', 'student.className'),
      col.text('bills', 'studentId', 'student.name'),
      col.text('bills', 'billedDays'),
      ...(['fullAmount', 'discount', 'refund', 'netAmount'] as const).map((source) =>
        col.label(field('bills', source), (row) => Number(row[source] ?? 0).toFixed(2)),
      ),
      col.enum('bills', 'status', 'billStatus'),
      col.text('bills', 'paymentReference'),
      col.text('bills', 'waivedReason'),
    ],
  },
  staffMembers: {
    columns: [
      col.text('staffMembers', 'name'),
      col.enums('staffMembers', 'duties', 'staffDuty'),
      col.text('staffMembers', 'phone'),
      col.label(field('staffMembers', 'active'), (row, { translate }) => yesNo(translate, row.active)),
    ],
  },
  schoolClasses: {
    columns: [
      col.text('schoolClasses', 'grade'),
      col.text('schoolClasses', 'name'),
      col.ref('schoolClasses', 'classTeacherId', 'staffMembers'),
      col.text('schoolClasses', 'studentCount'),
    ],
    references: [refTo('staffMembers', 'classTeacherId', byName)],
  },
  students: {
    columns: [
      studentColumn('className', (row) => String(row.className ?? '')),
      studentColumn('name', (row) => String(row.name ?? '')),
      studentColumn('gender', (row, { translate }) => enumLabel(translate, 'gender', row.gender)),
      studentColumn('guardianName', (row) => String(firstGuardian(row)?.name ?? '')),
      studentColumn('guardianRelation', (row) => String(firstGuardian(row)?.relation ?? '')),
      studentColumn('guardianPhone', (row) => String(firstGuardian(row)?.phone ?? '')),
      studentColumn('leftBehind', (row, { translate }) => yesNo(translate, row.leftBehind)),
      studentColumn('hardship', (row, { translate }) => yesNo(translate, row.hardship)),
      col.enum('students', 'status', 'studentStatus'),
    ],
  },
  enrolmentApplications: {
    columns: [
      col.text('enrolmentApplications', 'studentId', 'student.name'),
      col.text('students', 'className', 'student.className'),
      col.enum('enrolmentApplications', 'status', 'applicationStatus'),
      col.text('enrolmentApplications', 'priority'),
      col.enums('enrolmentApplications', 'days', 'weekday'),
      col.text('enrolmentApplications', 'pickupSlot'),
      col.label(field('enrolmentApplications', 'lateCare'), (row, { translate }) => yesNo(translate, row.lateCare)),
      col.date('enrolmentApplications', 'submittedAt'),
      col.text('enrolmentApplications', 'reason'),
    ],
  },
  schools: {
    columns: [
      importText('schools', 'name'),
      importText('schools', 'code'),
      asImport('schools', col.enum('schools', 'type', 'schoolType'), 'type'),
      asImport('schools', col.enum('schools', 'ownership', 'ownership'), 'ownership'),
      asImport('schools', col.grades('schools'), 'grades'),
      importText('schools', 'studentCount'),
      importText('schools', 'address'),
      importText('schools', 'principal'),
      col.date('schools', 'createdAt'),
    ],
  },
  terms: {
    columns: [
      col.ref('terms', 'schoolId', 'schools'),
      col.text('terms', 'schoolYear'),
      col.enum('terms', 'semester', 'semester'),
      col.date('terms', 'startDate'),
      col.date('terms', 'endDate'),
      col.label(field('terms', 'excludedDates'), (row, { translate }) => joined(translate, ((row.excludedDates as string[] | undefined) ?? []).map(csvDate))),
    ],
    references: [schoolRef()],
  },
  activities: {
    columns: [
      col.ref('activities', 'schoolId', 'schools'),
      col.ref('activities', 'termId', 'terms'),
      col.enum('activities', 'weekday', 'weekday'),
      col.text('activities', 'startTime'),
      col.text('activities', 'endTime'),
      col.text('activities', 'title'),
      col.enum('activities', 'category', 'activityCategory'),
      col.text('activities', 'venue'),
      col.enum('activities', 'segment', 'serviceSegment'),
      col.text('activities', 'staffName'),
      col.text('activities', 'providerId', 'provider.name'),
      col.grades('activities'),
      col.text('activities', 'capacity'),
      col.text('activities', 'enrolledCount'),
      col.enum('activities', 'status', 'activityStatus'),
    ],
    references: [schoolRef(), refTo('terms', 'termId', termLabel)],
  },
  providers: {
    columns: [
      importText('providers', 'name'),
      importText('providers', 'creditCode'),
      asImport('providers', col.enum('providers', 'kind', 'providerKind'), 'kind'),
      col.enum('providers', 'status', 'providerStatus'),
      asImport('providers', col.enums('providers', 'serviceCategories', 'activityCategory'), 'serviceCategories'),
      importText('providers', 'contactName'),
      importText('providers', 'contactPhone'),
      importText('providers', 'address'),
      col.label(field('providers', 'qualifications'), (row, { translate }) =>
        joined(
          translate,
          ((row.qualifications as RaRecord[] | undefined) ?? []).map((q) => `${q.certificateType} ${q.number} (${q.validFrom}~${q.validTo})`),
        ),
      ),
      col.label('resources.providers.standing.average', (row) => (row.standing?.averageScore as number | null | undefined) ?? ''),
      col.label('resources.providers.standing.count', (row) => (row.standing?.evaluationCount as number | undefined) ?? 0),
      col.date('providers', 'createdAt'),
    ],
  },
  contracts: {
    columns: [
      col.text('contracts', 'providerId', 'provider.name'),
      col.text('contracts', 'schoolId', 'school.name'),
      col.label(field('contracts', 'termId'), (row, { translate }) => (row.term ? termLabel(row.term as RaRecord, translate) : '')),
      col.enum('contracts', 'status', 'contractStatus'),
      col.text('contracts', 'serviceMethod'),
      col.text('contracts', 'ratePerHour'),
      col.text('contracts', 'hours'),
      col.text('contracts', 'totalAmount'),
      col.date('contracts', 'startDate'),
      col.date('contracts', 'endDate'),
      col.date('contracts', 'signedAt'),
      col.date('contracts', 'activatedAt'),
      col.date('contracts', 'terminatedAt'),
      col.text('contracts', 'terminationReason'),
    ],
  },
  evaluations: {
    columns: [
      col.date('evaluations', 'date'),
      col.text('evaluations', 'providerId', 'provider.name'),
      col.text('evaluations', 'schoolId', 'school.name'),
      col.enum('evaluations', 'kind', 'evaluationKind'),
      ...EVALUATION_CRITERIA.map((criterion) =>
        col.label(
          `app.enums.evaluationCriterion.${criterion}`,
          (row) => ((row.scores as RaRecord[] | undefined) ?? []).find((s) => s.criterion === criterion)?.score ?? '',
        ),
      ),
      col.text('evaluations', 'total'),
      col.text('evaluations', 'evaluator'),
      col.text('evaluations', 'findings'),
      col.label('resources.evaluations.superseded', (row, { translate }) => (row.supersededById ? translate('app.csv.import.yes') : '')),
    ],
  },
  providerExits: {
    columns: [
      col.text('providerExits', 'providerId', 'provider.name'),
      col.enum('providerExits', 'status', 'exitStatus'),
      col.enum('providerExits', 'trigger', 'exitTrigger'),
      col.text('providerExits', 'reason'),
      col.ref('providerExits', 'schoolId', 'schools'),
      col.text('providerExits', 'openedBy'),
      col.label(field('providerExits', 'progress'), (row) => {
        const affected = (row.affectedActivities as RaRecord[] | undefined) ?? [];
        return affected.length ? `${affected.filter((a) => a.resolution !== 'UNRESOLVED').length}/${affected.length}` : '';
      }),
      col.date('providerExits', 'decidedAt'),
      col.date('providerExits', 'completedAt'),
      col.date('providerExits', 'createdAt'),
    ],
    references: [schoolRef()],
  },
  surveys: {
    columns: [
      col.text('surveys', 'title'),
      col.enum('surveys', 'kind', 'surveyKind'),
      col.enum('surveys', 'scope', 'surveyScope'),
      col.label(field('surveys', 'scopeId'), (row, { nameOf }) => {
        const reference = surveyScopeResource[String(row.scope)];
        return reference && row.scopeId ? nameOf(reference, row.scopeId) : '';
      }),
      col.ref('surveys', 'schoolId', 'schools'),
      col.ref('surveys', 'termId', 'terms'),
      col.enum('surveys', 'status', 'surveyStatus'),
      col.text('surveys', 'responseCount'),
      col.date('surveys', 'openedAt'),
      col.date('surveys', 'closedAt'),
      col.date('surveys', 'createdAt'),
    ],
    references: [
      schoolRef(),
      refTo('terms', 'termId', termLabel),
      ...Object.entries(surveyScopeResource).map(([scope, resource]) => ({
        resource,
        ids: (row: RaRecord) => (row.scope === scope ? [row.scopeId] : []),
        name: byName,
      })),
    ],
  },
};
