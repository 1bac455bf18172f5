import { describe, expect, it } from 'vitest';
import { evaluationEvidence, evidenceParams, qualificationEvidence, surveyEvidence } from '../../../functions/src/exits/exitEvidence';
import { evaluationKindValues } from '../generated/enumValues';
import { englishConsole, zhConsole } from '../i18n/consoleTranslators';
import { evidenceText, type EvidenceToWord } from './exitEvidence';

const zh = zhConsole;
const en = await englishConsole();

/** An evidence item as the API gives it: the server's summary and its typed values (`ExitEvidence.params`). */
const asServed = (item: Parameters<typeof evidenceParams>[0] & { kind: string; summary: string }): EvidenceToWord => ({
  kind: item.kind,
  summary: item.summary,
  params: evidenceParams(item),
});

const evaluation = (kind: (typeof evaluationKindValues)[number], findings?: string) => ({
  id: 'evl_1',
  schoolId: 'sch_1',
  date: '2026-11-05',
  kind,
  total: 55,
  findings,
});

/** What the provider or evaluator typed: the only Chinese an English sentence may hold. */
const userText = ['课堂纪律松散', '办学许可证'];
const chinese = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;
const withoutUserText = (text: string) => userText.reduce((left, typed) => left.replaceAll(typed, ''), text);

/** Every sentence the server writes: evaluations by hand and automatic (with and without findings), surveys, certificates. */
const served = () => [
  ...evaluationKindValues.flatMap((kind) => [
    asServed(evaluationEvidence(evaluation(kind), false)),
    asServed(evaluationEvidence(evaluation(kind, '课堂纪律松散'), true)),
    asServed(evaluationEvidence(evaluation(kind), true)),
  ]),
  asServed(surveyEvidence('srv_1', 'sch_1', 9, 5 / 9)),
  asServed(qualificationEvidence({ id: 'q_1', certificateType: '办学许可证', number: 'BX-2024-001', validTo: '2026-08-31' })),
  asServed(qualificationEvidence(undefined)),
];

describe('exit evidence in the console’s language', () => {
  it('reads in Chinese exactly as the server writes it', () => {
    for (const item of served()) expect(evidenceText(zh, item)).toBe(item.summary);
  });

  it('words every kind in English without Chinese (beyond what users typed)', () => {
    for (const item of served()) {
      const text = evidenceText(en, item);
      expect(text, item.summary).not.toBe('');
      expect(chinese.test(withoutUserText(text)), text).toBe(false);
    }
    const [byHand, automatic, noFindings] = served();
    expect([byHand, automatic, noFindings].map((item) => evidenceText(en, item))).toEqual([
      '2026-11-05 Spot check: 55 points',
      '2026-11-05 Spot check: 55 points. 课堂纪律松散',
      '2026-11-05 Spot check: 55 points.',
    ]);
    expect(
      served()
        .slice(-3)
        .map((item) => evidenceText(en, item)),
    ).toEqual(['Satisfaction survey: 9 answers, 55.6% satisfied', '办学许可证 BX-2024-001, valid until 2026-08-31', 'No qualification registered']);
  });

  it('keeps a note’s own words, and an item stored before its values were kept, as the API wrote them', () => {
    const note = asServed({ kind: 'NOTE', summary: '家长多次投诉', refId: undefined, params: undefined });
    const old = asServed({ kind: 'EVALUATION', summary: '2026-10-01 随机抽查 50 分', refId: 'evl_0', params: undefined });
    for (const item of [note, old]) expect(evidenceText(en, item)).toBe(item.summary);
  });
});
