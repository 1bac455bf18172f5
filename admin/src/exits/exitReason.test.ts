import { describe, expect, it } from 'vitest';
import { providerExitReasonCodeValues } from '../generated/enumValues';
import { englishConsole, zhConsole } from '../i18n/consoleTranslators';
import { exitReasonText } from './exitReason';

const zh = zhConsole;
const en = await englishConsole();

/** The API's sentences (functions/src/exits/exitTriggers.ts) for these values. */
const cases = [
  { reason: '评价总分 55 低于退出阈值 60', reasonCode: 'EVALUATION_BELOW_THRESHOLD', reasonParams: { evaluationTotal: 55, evaluationThreshold: 60 } },
  { reason: '满意度 55.6% 低于 60%', reasonCode: 'SATISFACTION_BELOW_THRESHOLD', reasonParams: { satisfactionRate: 5 / 9, satisfactionThreshold: 0.6 } },
  { reason: '资质证书已全部过期', reasonCode: 'QUALIFICATIONS_EXPIRED', reasonParams: {} },
];

describe('an automatic exit case’s reason in the console’s language', () => {
  it('has a sentence for every reason code, reading in Chinese as the API writes it', () => {
    expect(cases.map((c) => c.reasonCode)).toEqual([...providerExitReasonCodeValues]);
    for (const exit of cases) expect(exitReasonText(zh, exit)).toBe(exit.reason);
  });

  it('words them in English', () => {
    expect(cases.map((exit) => exitReasonText(en, exit))).toEqual([
      'Evaluation total 55 is below the exit threshold 60',
      'Satisfaction 55.6% is below 60%',
      'All qualification certificates have expired',
    ]);
  });

  it('keeps a manual case’s own words, and the API’s text for a code this console does not know', () => {
    expect(exitReasonText(en, { reason: '多次未按时到岗', reasonCode: null, reasonParams: null })).toBe('多次未按时到岗');
    expect(exitReasonText(en, { reason: '新的退出原因', reasonCode: 'NEWER_CODE', reasonParams: {} })).toBe('新的退出原因');
  });
});
