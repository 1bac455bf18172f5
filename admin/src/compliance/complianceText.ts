/**
 * Words the compliance report's server-written Chinese (a rule's `explanation`, a finding's `message`) in the console's
 * language, from the codes and typed parameters the API sends with them (catalogue `app.complianceText`). Whatever
 * the console has no sentence for — a code of a newer API — is shown as the API wrote it.
 */

/** react-admin's `translate` (polyglot underneath): `_` is the text when the key is missing. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

type Maybe<T> = T | null | undefined;

/** The fields of a finding the console words (`ComplianceIssue`). */
export interface IssueToWord {
  kind: string;
  detail?: Maybe<string>;
  weekday?: Maybe<string>;
  date?: Maybe<string>;
  grades?: Maybe<readonly number[]>;
  message: string;
  params?: Maybe<{
    activityTitle?: Maybe<string>;
    activityStartTime?: Maybe<string>;
    providerName?: Maybe<string>;
    className?: Maybe<string>;
    staffName?: Maybe<string>;
    actualMinutes?: Maybe<number>;
    requiredMinutes?: Maybe<number>;
    endsAt?: Maybe<string>;
    requiredTime?: Maybe<string>;
    gapFrom?: Maybe<string>;
    gapTo?: Maybe<string>;
    studentCount?: Maybe<number>;
    requiredStudentCount?: Maybe<number>;
    dateCount?: Maybe<number>;
    dateWeekday?: Maybe<string>;
    missingSegments?: Maybe<readonly string[]>;
    serviceDays?: Maybe<readonly string[]>;
    contractStatus?: Maybe<string>;
    schoolYear?: Maybe<string>;
    fundAmount?: Maybe<number>;
    requiredFundAmount?: Maybe<number>;
    fundPerStudent?: Maybe<number>;
  }>;
}

/** The fields of a rule the console words (`ComplianceRuleResult`, `ComplianceRuleInfo`). */
export interface RuleToWord {
  code: string;
  seed: string;
  explanation: string;
  explanationParams?: Maybe<{
    serviceDays: readonly string[];
    minDailyMinutes: number;
    lateCareEndsNotBefore: string;
    minHomeworkGroupSize: number;
    operatingFundPerStudentYear: number;
    serviceEndsBy?: Maybe<string>;
    summerServiceEndsBy?: Maybe<string>;
    summerFrom?: Maybe<string>;
    summerTo?: Maybe<string>;
  }>;
}

const WEEK = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const T = 'app.complianceText';

/** A catalogue sentence, or undefined when the console has none (the caller then shows the API's text). */
function sentence(translate: Translate, key: string, values: Record<string, unknown>): string | undefined {
  const text = translate(`${T}.${key}`, { ...values, _: '' });
  return text === '' ? undefined : text;
}

const dayName = (translate: Translate, weekday: Maybe<string>) => (weekday ? translate(`${T}.weekdays.${weekday}`, { _: weekday }) : '');

/** The policy's days as the seed plans write them: 周一至周五 / Monday to Friday for 3+ consecutive days, else a list. */
export function daysName(translate: Translate, days: readonly string[]): string {
  const indexes = days.map((day) => WEEK.indexOf(day)).sort((a, b) => a - b);
  const consecutive = indexes.length > 2 && indexes.every((index, i) => i === 0 || index === indexes[i - 1] + 1);
  const names = indexes.map((index) => dayName(translate, WEEK[index]));
  return consecutive ? translate(`${T}.day_range`, { from: names[0], to: names.at(-1) }) : names.join(translate(`${T}.list_separator`));
}

/** 三、四年级 / grades 3, 4. */
export function gradesName(translate: Translate, grades: readonly number[]): string {
  const numbers = translate(`${T}.grade_numbers`).split('|');
  const list = grades.map((grade) => numbers[grade] ?? String(grade)).join(translate(`${T}.list_separator`));
  return translate(`${T}.grades`, { list, smart_count: grades.length });
}

/** Money as the API's sentences write it: decimal yuan with two decimals. */
const yuan = (amount: Maybe<number>) => (amount == null ? '' : amount.toFixed(2));

/** A finding in the console's language; the API's `message` when its code is unknown here. */
export function issueText(translate: Translate, issue: IssueToWord): string {
  const p = issue.params;
  if (!p) return issue.message;
  const day = dayName(translate, issue.weekday);
  const values: Record<string, unknown> = {
    ...p,
    day,
    date: issue.date ?? '',
    activity: translate(`${T}.activity`, { day, time: p.activityStartTime ?? '', title: p.activityTitle ?? '' }),
    grades: gradesName(translate, issue.grades ?? []),
    segments: (p.missingSegments ?? []).map((s) => translate(`${T}.segments.${s}`, { _: s })).join(translate(`${T}.list_separator`)),
    serviceDays: daysName(translate, p.serviceDays ?? []),
    contractStatus: p.contractStatus ? translate(`${T}.contract_statuses.${p.contractStatus}`, { _: p.contractStatus }) : '',
    dateDay: dayName(translate, p.dateWeekday),
    fundAmount: yuan(p.fundAmount),
    requiredFundAmount: yuan(p.requiredFundAmount),
    // English counts late dates in the singular or plural (SERVICE_ENDS_LATE); Chinese has one form.
    smart_count: p.dateCount ?? 1,
  };
  let key = issue.detail ?? issue.kind;
  // Sentences with an optional part have a second key (with the duty leader's name, with the last pickup time).
  if (issue.kind === 'DAY_WITHOUT_CARE_LOG' && p.staffName) key = 'DAY_WITHOUT_CARE_LOG_LEADER';
  if (issue.detail === 'GRADE_NO_SERVICE' && p.requiredTime) key = 'GRADE_NO_SERVICE_PICKUP';
  // A detail the console does not know words nothing (its kind's sentence may not fit).
  return sentence(translate, `issues.${key}`, values) ?? issue.message;
}

/** What a rule asks, in the console's language; the API's `explanation` when its code is unknown here. */
export function ruleExplanation(translate: Translate, rule: RuleToWord): string {
  const p = rule.explanationParams;
  if (!p) return rule.explanation;
  let key = rule.code;
  if (rule.code === 'SERVICE_ENDS_LATE')
    key = !p.serviceEndsBy ? 'SERVICE_ENDS_LATE_NONE' : p.summerServiceEndsBy ? 'SERVICE_ENDS_LATE_SUMMER' : 'SERVICE_ENDS_LATE';
  return sentence(translate, `explanations.${key}`, { ...p, serviceDays: daysName(translate, p.serviceDays) }) ?? rule.explanation;
}

/** The seed plan part (篇二 / Part 2). */
export const seedName = (translate: Translate, seed: string) => translate(`${T}.seeds.${seed}`, { _: seed });
