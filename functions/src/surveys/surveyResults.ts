import type { Counters } from './responseRepository';
import type { SurveyQuestionRecord } from './surveyEntity';

const rate = (positive: number, total: number) => (total > 0 ? Math.round((positive / total) * 10000) / 10000 : null);

/** Question-by-question results from a group's counters. */
export function questionResults(questions: SurveyQuestionRecord[], counters: Counters) {
  const get = (name: string) => counters.get(name) ?? 0;
  return questions.map((question) => {
    const key = `q.${question.id}`;
    const answered = get(`${key}.n`);
    if (question.kind === 'RATING') {
      return {
        questionId: question.id,
        text: question.text,
        kind: question.kind,
        responseCount: answered,
        meanRating: answered > 0 ? Math.round((get(`${key}.sum`) / answered) * 100) / 100 : null,
        satisfactionRate: rate(get(`${key}.pos`), answered),
        options: [1, 2, 3, 4, 5].map((value) => ({ label: String(value), count: get(`${key}.r${value}`) })),
      };
    }
    return {
      questionId: question.id,
      text: question.text,
      kind: question.kind,
      responseCount: answered,
      meanRating: null,
      satisfactionRate: null,
      options: question.options.map((label, index) => ({ label, count: get(`${key}.o${index}`) })),
    };
  });
}

/** The counters `groupSummary` reads. */
export const GROUP_SUMMARY_COUNTERS = ['n', 'rpos', 'rn'] as const;

/** Responses and satisfaction rate (share of 4–5 among all rating answers) of a group. */
export const groupSummary = (counters: Counters | undefined) => ({
  responseCount: counters?.get('n') ?? 0,
  satisfactionRate: rate(counters?.get('rpos') ?? 0, counters?.get('rn') ?? 0),
});
