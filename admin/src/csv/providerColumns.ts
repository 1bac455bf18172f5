import type { RaRecord } from 'react-admin';
import { EVALUATION_CRITERIA } from '../common/enums';
import { asImport, byName, col, field, importText, joined, refTo, schoolRef, termLabel, type ExportSpec } from './exportBuilders';

// Oversight of outside providers: the providers, their contracts, evaluations and exit cases, and the surveys whose
// satisfaction results feed that oversight.

/** Survey scopes name a school, a provider or an activity. */
const surveyScopeResource: Record<string, string> = { SCHOOL: 'schools', PROVIDER: 'providers', ACTIVITY: 'activities' };

export const providerSpecs: Record<string, ExportSpec> = {
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
