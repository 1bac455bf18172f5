import type { Translate } from '../compliance/complianceText';
import { percent } from './exitReason';

type Maybe<T> = T | null | undefined;

/** The fields of an evidence item the console words (`ExitEvidence`). */
export interface EvidenceToWord {
  kind: string;
  summary: string;
  params?: Maybe<{
    date?: Maybe<string>;
    evaluationKind?: Maybe<string>;
    total?: Maybe<number>;
    findings?: Maybe<string>;
    responseCount?: Maybe<number>;
    satisfactionRate?: Maybe<number>;
    certificateType?: Maybe<string>;
    certificateNumber?: Maybe<string>;
    validTo?: Maybe<string>;
  }>;
}

/** Which evidence sentence (`evidence_text.<sentence>` of the exit messages) an item's values fill; undefined: the API's own text. */
function sentenceOf(item: EvidenceToWord): string | undefined {
  const p = item.params;
  if (!p) return undefined;
  if (item.kind === 'EVALUATION') return p.findings == null ? 'EVALUATION' : 'EVALUATION_FINDINGS';
  if (item.kind === 'SURVEY') return 'SURVEY';
  if (item.kind === 'QUALIFICATION') return p.certificateType == null ? 'QUALIFICATION_NONE' : 'QUALIFICATION';
  return undefined;
}

/**
 * An evidence item's one-line summary in the console's language, from its kind and typed values; a note (the admin's
 * own words), an item stored before the values were kept, or a kind this console does not know: as the API wrote it.
 */
export function evidenceText(translate: Translate, item: EvidenceToWord): string {
  const sentence = sentenceOf(item);
  const p = item.params ?? {};
  if (!sentence) return item.summary;
  const text = translate(`resources.providerExits.evidence_text.${sentence}`, {
    _: '',
    date: p.date ?? '',
    evaluationKind: p.evaluationKind ? translate(`app.enums.evaluationKind.${p.evaluationKind}`) : '',
    total: p.total ?? '',
    findings: p.findings ?? '',
    responseCount: p.responseCount ?? '',
    satisfactionRate: percent(p.satisfactionRate),
    certificateType: p.certificateType ?? '',
    certificateNumber: p.certificateNumber ?? '',
    validTo: p.validTo ?? '',
  }).trim();
  return text === '' ? item.summary : text;
}
