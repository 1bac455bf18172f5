import { normalizeForWording, originalSpan } from './wordingNormalizer';

/**
 * Wording that pressures families into taking part (seed part 二: participation is voluntary — 自愿参加).
 * Kept as data: each rule has a pattern, a stable code (a client words the reason in its language) and the reason
 * shown to the author in Chinese. The console runs these same rules while a survey is typed (it imports this module
 * and wordingNormalizer.ts), the server again on publishing.
 *
 * The rule for 禁止 (forbid): it is coercive only when it forbids NOT taking part — "禁止不参加", "禁止退出",
 * "禁止请假" — within a few characters. Safety rules such as "禁止携带危险物品" stay allowed.
 */
/** Why a rule refuses a phrase: `NO_CHOICE` words that leave no choice, `VOLUNTARY` demands to take part, … */
export type WordingRuleCode = 'NO_CHOICE' | 'VOLUNTARY' | 'OPT_OUT' | 'THREAT';

export interface WordingRule {
  pattern: RegExp;
  code: WordingRuleCode;
  reason: string;
}

export const coerciveWordingRules: WordingRule[] = [
  { pattern: /强制/g, code: 'NO_CHOICE', reason: '“强制”暗示不可拒绝' },
  { pattern: /强行/g, code: 'NO_CHOICE', reason: '“强行”暗示不可拒绝' },
  { pattern: /必须(?:要)?(?:参加|参与|报名|选择|填写|缴费|交费)/g, code: 'VOLUNTARY', reason: '参加与否由家长自愿选择' },
  { pattern: /(?:不得不|务必|一律|全员|统一)(?:参加|参与|报名)/g, code: 'VOLUNTARY', reason: '参加与否由家长自愿选择' },
  {
    pattern: /(?:不得|不准|不许|禁止)(?:不)?(?:参加|参与|报名)?.{0,4}?(?:退出|拒绝|缺席|请假|不参加|不报名)/g,
    code: 'OPT_OUT',
    reason: '不得限制家长拒绝或退出',
  },
  { pattern: /不参加(?:的|者)?(?:将|会|要)?(?:被|影响|扣|取消|通报|处理)/g, code: 'THREAT', reason: '不得以后果威胁不参加的家庭' },
  { pattern: /硬性(?:要求|规定)/g, code: 'NO_CHOICE', reason: '“硬性要求”暗示不可拒绝' },
];

export interface WordingFinding {
  field: string;
  /** The rule's code, for a client's own wording of `reason`. */
  rule: WordingRuleCode;
  /** The phrase as the author wrote it (with any invisible characters, spaces or Traditional forms it contains). */
  phrase: string;
  reason: string;
  /** The phrase after normalisation, as the rule matched it (e.g. 强制 for 強制 or 强\u200B制). */
  matched: string;
}

/**
 * Every coercive phrase in the given texts (field name → text), in field order. The rules run on normalised text
 * (`normalizeForWording`: NFKC, no invisible characters or spaces, Simplified characters), so 强\u200B制, 必须　参加
 * and 強制 are caught like 强制 and 必须参加.
 */
export function findCoerciveWording(texts: Record<string, string | undefined | null>, rules = coerciveWordingRules): WordingFinding[] {
  const findings: WordingFinding[] = [];
  for (const [field, original] of Object.entries(texts)) {
    if (!original) continue;
    const normalized = normalizeForWording(original);
    const text = normalized.text;
    // One finding per stretch of text: rules overlap (不得不参加 is also 不得 + 不参加).
    const taken: [number, number][] = [];
    const matches = rules.flatMap((rule) => [...text.matchAll(rule.pattern)].map((match) => ({ rule, match, start: match.index ?? 0 })));
    matches.sort((a, b) => a.start - b.start || b.match[0].length - a.match[0].length);
    for (const { rule, match, start } of matches) {
      const end = start + match[0].length;
      if (taken.some(([s, e]) => start < e && s < end)) continue;
      taken.push([start, end]);
      findings.push({ field, rule: rule.code, phrase: originalSpan(normalized, start, end), reason: rule.reason, matched: match[0] });
    }
  }
  return findings;
}

/** The texts of a survey the rules check, by the form path a client shows them at (`questions.2.options.1`). */
export interface WordedSurvey {
  title?: string | null;
  intro?: string | null;
  questions?: readonly ({ text?: string | null; options?: readonly (string | null | undefined)[] | null } | null | undefined)[] | null;
}

export function surveyWordingTexts(survey: WordedSurvey): Record<string, string | undefined> {
  const texts: Record<string, string | undefined> = { title: survey.title ?? undefined, intro: survey.intro ?? undefined };
  (survey.questions ?? []).forEach((question, i) => {
    texts[`questions.${i}.text`] = question?.text ?? undefined;
    (question?.options ?? []).forEach((option, j) => {
      texts[`questions.${i}.options.${j}`] = option ?? undefined;
    });
  });
  return texts;
}
