import { zhOf } from '../core/labels';
import type { EvaluationRecord } from '../evaluations/evaluationEntity';
import type { Qualification } from '../providers/providerEntity';
import type { ExitEvidenceRecord } from './exitEntity';

/**
 * The evidence items of an exit case (证据), each with its Chinese one-line `summary` and the typed values it names
 * (`params`, SDL ExitEvidenceParams) for clients that word it in another language. One place writes both, so the
 * two never drift apart.
 */
type Evidence = Omit<ExitEvidenceRecord, 'addedAt'>;

/** A share 0–1 as the summaries write it: 55.6% (rounded to 0.1%). */
const percent = (rate: number) => `${Math.round(rate * 1000) / 10}%`;

/**
 * An evaluation: `<date> <kind> <total> 分` when an admin attaches it by hand; an automatic case (a total below the
 * threshold) adds the findings after a colon, kept even when the evaluator wrote none.
 */
export function evaluationEvidence(
  evaluation: Pick<EvaluationRecord, 'id' | 'schoolId' | 'date' | 'kind' | 'total' | 'findings'>,
  withFindings: boolean,
): Evidence {
  const { date, kind, total } = evaluation;
  const said = `${date} ${zhOf(kind)} ${total} 分`;
  return {
    kind: 'EVALUATION',
    refId: evaluation.id,
    schoolId: evaluation.schoolId,
    summary: withFindings ? `${said}：${evaluation.findings ?? ''}`.trim() : said,
    params: withFindings ? { date, evaluationKind: kind, total, findings: evaluation.findings ?? '' } : { date, evaluationKind: kind, total },
  };
}

/** A closed satisfaction survey on the provider: `满意度调查 <n> 份答卷，满意率 <rate>`. */
export function surveyEvidence(surveyId: string, schoolId: string | undefined, responseCount: number, satisfactionRate: number): Evidence {
  return {
    kind: 'SURVEY',
    refId: surveyId,
    schoolId,
    summary: `满意度调查 ${responseCount} 份答卷，满意率 ${percent(satisfactionRate)}`,
    params: { responseCount, satisfactionRate },
  };
}

/** The provider's latest certificate, no longer valid; none registered: no refId and no values (`evidenceParams`). */
export function qualificationEvidence(latest: Pick<Qualification, 'id' | 'certificateType' | 'number' | 'validTo'> | undefined): Evidence {
  return {
    kind: 'QUALIFICATION',
    refId: latest?.id,
    summary: latest ? `${latest.certificateType} ${latest.number} 有效期至 ${latest.validTo}` : '没有登记任何资质',
    params: latest ? { certificateType: latest.certificateType, certificateNumber: latest.number, validTo: latest.validTo } : undefined,
  };
}

const noEvidenceParams = {
  date: null,
  evaluationKind: null,
  total: null,
  findings: null,
  responseCount: null,
  satisfactionRate: null,
  certificateType: null,
  certificateNumber: null,
  validTo: null,
};

/**
 * An evidence item's typed values as the API gives them (`ExitEvidence.params`): as stored; for a QUALIFICATION item
 * without a certificate (no refId: none was registered, 没有登记任何资质) all null, however old the item; null for
 * notes and for items stored before the values were kept.
 */
export function evidenceParams(item: Pick<ExitEvidenceRecord, 'kind' | 'refId' | 'params'>) {
  if (item.kind === 'QUALIFICATION' && !item.refId) return noEvidenceParams;
  return item.params ? { ...noEvidenceParams, ...item.params } : null;
}
