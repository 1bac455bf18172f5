import fc from 'fast-check';
import { localDate } from '../src/core/clock';
import { CURRENT_VERSION, idArb, pick, textArb, type Hint, type IdPools } from './schemaArbitraries';

// The field formats the fuzzer draws from, kept apart from the families (which mutations are fuzzed together).

/** Two values that belong together, from a pool of "a b" pairs (see the harness' `remember`). */
const pair = (pools: IdPools, name: string) => pick(pools, [name]).map((value) => value.split(' ') as [string, string]);

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** Days from the staged terms' start (2026-09-01) to yesterday, at most to their end (2027-01-22): past inspection dates. */
const inspectionDays = () => Math.max(0, Math.min(143, Math.floor((Date.parse(localDate(-1)) - Date.UTC(2026, 8, 1)) / DAY)));

const ints =
  (min: number, max: number, ...edges: number[]): Hint =>
  (_pools, plausible) =>
    plausible
      ? fc.integer({ min, max })
      : fc.oneof({ weight: 8, arbitrary: fc.integer({ min, max }) }, { weight: 1, arbitrary: fc.constantFrom(min - 1, max + 1, ...edges) });

const formatted =
  (valid: () => fc.Arbitrary<string>, ...misses: string[]): Hint =>
  (_pools, plausible) =>
    plausible ? valid() : fc.oneof({ weight: 8, arbitrary: valid() }, { weight: 1, arbitrary: fc.constantFrom(...misses) });

/** Domain formats by field name: plausible values and near misses, so cases reach the rules behind the formats. */
export const hints: Record<string, Hint> = {
  expectedVersion: (_pools, plausible) =>
    plausible
      ? fc.constant(CURRENT_VERSION)
      : fc.oneof({ weight: 6, arbitrary: fc.constant(CURRENT_VERSION) }, { weight: 2, arbitrary: fc.integer({ min: -1, max: 5 }) }),
  code: formatted(() => fc.stringMatching(/^[A-Z0-9]{2,8}(-[0-9]{1,3})?$/), '', 'x', 'a b', '学校代码', 'A'.repeat(33)),
  creditCode: formatted(() => fc.stringMatching(/^91[0-9A-Z]{16}$/), '', '123', 'x'.repeat(18), '91'.padEnd(19, '0')),
  contactPhone: formatted(() => fc.stringMatching(/^0[0-9]{3}-[0-9]{8}$/), '', '12345', 'phone', '1'.repeat(21)),
  schoolYear: formatted(() => fc.constantFrom('2026-2027', '2027-2028', '2025-2026'), '2026-2026', '2026/2027', '', '20262027x'),
  semester: ints(1, 2, 0, 3),
  grades: ints(1, 9, 0, 10),
  grade: ints(1, 9, 0, 10),
  score: ints(0, 100, -5, 1000),
  total: ints(0, 100, -1),
  rating: ints(1, 5, 0, 6),
  capacity: ints(30, 60, 0, 3001),
  enrolledCount: ints(0, 30, -1, 3001),
  studentCount: ints(0, 2000, -1, 20001),
  size: ints(1, 5_000_000, 0, 10_485_761),
  firstRow: ints(1, 1000, 0, -1),
  minDailyMinutes: ints(60, 180, -1, 721),
  hardshipDiscountPercent: ints(0, 100, -1, 101),
  minHomeworkGroupSize: ints(1, 100, 0, 101),
  evaluationExitThreshold: ints(0, 100, -1, 101),
  reentryAfterMonths: ints(0, 120, -1, 121),
  satisfactionExitRate: (_pools, plausible) =>
    plausible ? fc.integer({ min: 0, max: 100 }).map((n) => n / 100) : fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(-0.1, 1.1)),
  hours: ints(1, 200, 0, -1, 10_001),
  contentType: formatted(() => fc.constantFrom('application/pdf', 'image/jpeg', 'image/png'), 'text/html', '', 'application/pdf; charset=x', 'image/svg+xml'),
  fileName: (_pools, plausible) =>
    plausible
      ? fc.constantFrom('资质.pdf', 'scan.png', '营业执照.jpg')
      : fc.oneof(fc.constantFrom('资质.pdf', 'scan.png', '营业执照.jpg', 'a/b.pdf', 'x.html', '..\\x.pdf'), textArb(200)),
  // Only server-issued keys are accepted: plausible ones come from the pool (stage and issueRespondentKey fill it).
  respondentKey: (pools, plausible) =>
    plausible
      ? pick(pools, ['RespondentKey'])
      : fc.oneof(
          { weight: 6, arbitrary: pick(pools, ['RespondentKey']) },
          { weight: 1, arbitrary: pick(pools, ['RespondentKey']).map((key) => `${key.slice(0, -2)}xx`) },
          { weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9]{8,40}$/) },
          { weight: 1, arbitrary: fc.constantFrom('short', '', 'x'.repeat(129), '        ', 'rk1..', 'rk1.a.b.c') },
        ),
  accessCode: (pools, plausible) =>
    plausible
      ? pick(pools, ['AccessCode'])
      : fc.oneof(
          { weight: 8, arbitrary: pick(pools, ['AccessCode']) },
          { weight: 1, arbitrary: pick(pools, ['DraftAccessCode']) },
          { weight: 2, arbitrary: idArb({}, []) },
        ),
  questionId: (pools, plausible) =>
    plausible
      ? pick(pools, ['Question'])
      : fc.oneof({ weight: 8, arbitrary: pick(pools, ['Question']) }, { weight: 1, arbitrary: fc.constantFrom('', 'q99', 'x'.repeat(65)) }),
  choices: (pools, plausible) =>
    plausible
      ? pick(pools, ['Option'])
      : fc.oneof({ weight: 6, arbitrary: pick(pools, ['Option']) }, { weight: 1, arbitrary: fc.constantFrom('0', '1', '7', '', '不存在的选项') }),
  'SurveyQuestionInput.id': (_pools, plausible) => (plausible ? fc.stringMatching(/^q[0-9]{1,3}$/) : undefined),
  // Plausible questions and answers are valid as a whole (a choice question with distinct options, an answer that
  // fits its question), so submissions and publications get past validation to the aggregates and the wording check.
  questions: (_pools, plausible) =>
    plausible
      ? fc.oneof(
          fc.record({ kind: fc.constant('RATING'), text: fc.constantFrom('您对课后服务满意吗？', '孩子喜欢这项活动吗？') }),
          fc.record({
            kind: fc.constantFrom('SINGLE_CHOICE', 'MULTI_CHOICE'),
            text: fc.constantFrom('您希望增加哪类活动？', '强制参加吗？'),
            options: fc.constant(['足球', '美术', '编程']),
          }),
          fc.record({ kind: fc.constant('TEXT'), text: fc.constant('其他建议'), required: fc.boolean() }),
        )
      : undefined,
  answers: (pools, plausible) =>
    plausible
      ? fc.oneof(
          fc.record({ questionId: pick(pools, ['RatingQuestion']), rating: fc.integer({ min: 1, max: 5 }) }),
          fc.record({ questionId: pick(pools, ['ChoiceQuestion']), choices: fc.constantFrom(['足球'], ['美术']) }),
          fc.record({ questionId: pick(pools, ['TextQuestion']), text: fc.constantFrom('很好', '希望多一些体育活动') }),
        )
      : undefined,
  // Arguments that must agree (plausible cases only): a key issued for the survey answered, a finding of the inspection.
  'Mutation.submitSurveyResponse': (pools) => pair(pools, 'SurveyKey').map(([accessCode, respondentKey]) => ({ accessCode, respondentKey })),
  'Mutation.recordRectification': (pools) => pair(pools, 'FindingOf').map(([inspectionId, findingId]) => ({ inspectionId, findingId })),
  // Term calendar: make-up days are weekend dates of the staged terms (2026-09-01 – 2027-01-22).
  'MakeUpDayInput.date': formatted(
    () => fc.integer({ min: 0, max: 19 }).chain((week) => fc.constantFrom(5, 6).map((day) => isoDay(Date.UTC(2026, 8, 5) + (week * 7 + day - 5) * DAY))),
    '2026-09-07',
    '2027-03-06',
    '2026-02-30',
  ),
  // Policy (compliance and supervision): summer period `MM-DD`, score weights and the overdue penalty.
  summerFrom: formatted(() => fc.constantFrom('05-01', '06-01', '04-15'), '13-01', '02-30', '5-1', '', '05/01'),
  summerTo: formatted(() => fc.constantFrom('09-30', '08-31', '10-07'), '00-10', '09-31', '930', ''),
  overdueFindingPenalty: ints(0, 20, -1, 101),
  'SchoolScoreWeightsInput.inspection': ints(0, 100, -1, 101),
  'SchoolScoreWeightsInput.compliance': ints(0, 100, -1, 101),
  'SchoolScoreWeightsInput.satisfaction': ints(0, 100, -1, 101),
  // Inspections: on a past day of the staged terms; deadlines around it.
  'RecordInspectionInput.date': formatted(
    () => fc.integer({ min: 0, max: inspectionDays() }).map((n) => isoDay(Date.UTC(2026, 8, 1) + n * DAY)),
    localDate(1),
    '2026-08-31',
    '2027-12-01',
  ),
  rectifyBy: formatted(() => fc.integer({ min: 0, max: 120 }).map((n) => isoDay(Date.UTC(2026, 10, 1) + n * DAY)), '2026-08-01', '2026-02-30'),
  // Children and families: phones as schools write them, the school's pickup times, a class of the school, a code issued.
  phone: formatted(() => fc.stringMatching(/^1[3-9][0-9]{9}$/), '', '12345', '2345678901', '1'.repeat(21)),
  guardianPhone: formatted(() => fc.stringMatching(/^1[3-9][0-9]{9}$/), '', '0000', 'phone'),
  pickupSlot: formatted(() => fc.constantFrom('17:00', '17:30'), '16:00', '25:00', '17:31'),
  className: (pools, plausible) =>
    plausible ? pick(pools, ['ClassName']) : fc.oneof({ weight: 6, arbitrary: pick(pools, ['ClassName']) }, { weight: 1, arbitrary: textArb(20) }),
  studentDataRetentionMonths: ints(1, 120, 0, 121),
  // Money: months of the staged term; near misses of the format.
  month: formatted(() => fc.constantFrom('2026-09', '2026-10', '2026-11'), '2026-13', '2026/10', '', '10-2026'),
  'StudentImportRow.name': (_pools, plausible) => (plausible ? fc.constantFrom('赵小华', '钱小乐', '孙小雨') : undefined),
  'Mutation.linkChild': (pools) => pick(pools, ['GuardianCode']).map((code) => ({ code })),
  // Withdrawal dates: today (the default) or a past day of the staged term; a future day is an edge.
  from: formatted(() => fc.integer({ min: 0, max: 30 }).map((n) => localDate(-n)), localDate(5), '2026-02-30', '2025-01-01'),
  leftOn: formatted(() => fc.integer({ min: 0, max: 30 }).map((n) => localDate(-n)), localDate(5), '2026-02-30'),
  // Daily care: a leave from today (a teacher's or the school's may start days back), a care log of a recent day.
  'Mutation.requestLeave': (pools) =>
    fc
      .record({
        studentId: pick(pools, ['Student']),
        from: fc.integer({ min: 0, max: 2 }).map((n) => localDate(n)),
        days: fc.integer({ min: 0, max: 3 }),
        reason: fc.constantFrom('感冒发烧', '家中有事'),
      })
      .map(({ studentId, from, days, reason }) => ({ input: { studentId, from, to: isoDay(Date.parse(from) + days * DAY), reason } })),
  'Mutation.writeCareLog': (pools) =>
    fc
      .record({
        schoolId: pick(pools, ['School']),
        date: fc.integer({ min: 1, max: 7 }).map((n) => localDate(-n)),
        summary: fc.constantFrom('秩序良好', '一名学生擦伤，已处理'),
      })
      .map((input) => ({ input: { ...input, incidents: [] } })),
  options: (_pools, plausible) =>
    plausible
      ? fc.constantFrom('满意', '一般', '不满意', '足球', '美术', '编程')
      : fc.oneof({ weight: 6, arbitrary: fc.constantFrom('满意', '一般', '不满意', '足球', '美术', '编程') }, { weight: 1, arbitrary: textArb(60) }),
};
