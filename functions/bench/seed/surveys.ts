import type { Viewer } from '../../src/auth/viewer';
import type { SchoolRecord } from '../../src/schools/schoolEntity';
import type { Services } from '../../src/server/services';
import { contributions, type StoredAnswer } from '../../src/surveys/answers';
import { respondentHash, type Counters, type StoredResponse } from '../../src/surveys/responseRepository';
import type { SurveyQuestionRecord } from '../../src/surveys/surveyEntity';
import { seedConcurrency } from '../config';
import { log, progressLogger } from '../lifecycle';
import { random } from './batchWrite';

const seeder: Viewer = { sub: 'bench-seed', role: 'DISTRICT_ADMIN' };

export const surveyInput = (title: string) => ({
  title,
  kind: 'SATISFACTION',
  scope: 'DISTRICT',
  questions: [
    { kind: 'RATING', text: '您对本学期课后服务的总体满意度' },
    { kind: 'RATING', text: '您对活动内容丰富程度的评价' },
    { kind: 'RATING', text: '您对看护安全的评价' },
    { kind: 'SINGLE_CHOICE', text: '孩子每周参加几天', options: ['1天', '2天', '3天', '4天', '5天'] },
    { kind: 'MULTI_CHOICE', text: '希望增加的活动', options: ['体育', '艺术', '科技', '阅读', '劳动'] },
    { kind: 'TEXT', text: '其他意见和建议（选填）', required: false },
  ],
});

export interface BenchSurvey {
  id: string;
  accessCode: string;
  questions: SurveyQuestionRecord[];
  answers: number;
}

/** A DISTRICT survey created and published through the service (two transactions: cheap, and every rule applies). */
async function openSurvey(services: Services, title: string): Promise<BenchSurvey> {
  const draft = await services.surveys.create(seeder, surveyInput(title));
  const open = await services.surveys.publish(seeder, draft.id);
  return { id: open.id, accessCode: open.accessCode, questions: open.questions, answers: 0 };
}

/** Plausible answers: ratings leaning to 4–5, one to three wished-for activities, an occasional comment. */
export function answersFor(questions: SurveyQuestionRecord[], rnd: ReturnType<typeof random>): StoredAnswer[] {
  return questions.flatMap((q): StoredAnswer[] => {
    if (q.kind === 'RATING') return [{ questionId: q.id, rating: rnd.pick([2, 3, 4, 4, 4, 5, 5, 5, 5, 1]) }];
    if (q.kind === 'SINGLE_CHOICE') return [{ questionId: q.id, choices: [rnd.pick(q.options)] }];
    if (q.kind === 'MULTI_CHOICE') return [{ questionId: q.id, choices: [...new Set([rnd.pick(q.options), rnd.pick(q.options), rnd.pick(q.options)])] }];
    return rnd.next() < 0.05 ? [{ questionId: q.id, text: '希望增加户外活动时间' }] : [];
  });
}

/**
 * Loads `count` answers with `responses.bulkImport`. The aggregate deltas are computed exactly as
 * answerService.submit does: `contributions()` of each response added to each of its groups
 * (`all`, `school:<id>`, `grade:<n>` for a district-wide survey).
 */
async function importAnswers(services: Services, survey: BenchSurvey, schools: SchoolRecord[], count: number, seed: number) {
  const rnd = random(seed);
  const submittedAt = new Date().toISOString();
  const deltas = new Map<string, Counters>();
  const responses: StoredResponse[] = [];
  for (let i = 0; i < count; i++) {
    const school = schools[i % schools.length];
    const grade = rnd.pick(school.grades);
    const answers = answersFor(survey.questions, rnd);
    const groups = ['all', `school:${school.id}`, `grade:${grade}`];
    responses.push({
      surveyId: survey.id,
      respondentHash: respondentHash(survey.id, `bench-respondent-${seed}-${i}`),
      answers,
      groups,
      grade,
      schoolId: school.id,
      submittedAt,
      version: 1,
    });
    const added = contributions(survey.questions, answers);
    for (const group of groups) {
      const counters = deltas.get(group) ?? new Map<string, number>();
      for (const [name, value] of added) counters.set(name, (counters.get(name) ?? 0) + value);
      deltas.set(group, counters);
    }
  }
  // bulkImport writes one batch at a time; slices run side by side (responses only), then one call adds the deltas.
  const progress = count >= 1000 ? progressLogger(`answers of “${survey.id}”`, count) : () => {};
  const slices = Math.min(seedConcurrency, Math.ceil(count / 25));
  const per = Math.ceil(count / slices);
  const done = new Array<number>(slices).fill(0);
  await Promise.all(
    done.map((_, s) =>
      services.repositories.responses.bulkImport(responses.slice(s * per, (s + 1) * per), new Map(), survey.id, (n) => {
        done[s] = n;
        progress(done.reduce((a, b) => a + b, 0));
      }),
    ),
  );
  await services.repositories.responses.bulkImport([], deltas, survey.id);
  survey.answers = count;
}

/**
 * The survey with few answers (few schools), one with an answer from every school (as many groups as the large one),
 * the one with many, and an empty one that the submission run writes into.
 */
export async function seedSurveys(services: Services, schools: SchoolRecord[], small: number, large: number) {
  const smallSurvey = await openSurvey(services, `课后服务满意度调查（${small} 份）`);
  const perSchoolSurvey = await openSurvey(services, `课后服务满意度调查（每校 1 份，${schools.length} 份）`);
  const largeSurvey = await openSurvey(services, `课后服务满意度调查（${large} 份）`);
  const submitSurvey = await openSurvey(services, '课后服务满意度调查（提交压测）');
  await importAnswers(services, smallSurvey, schools.slice(0, small), small, 1);
  log(`  ${small} answers imported into ${smallSurvey.id}`);
  await importAnswers(services, perSchoolSurvey, schools, schools.length, 3);
  log(`  ${schools.length} answers (one per school) imported into ${perSchoolSurvey.id}`);
  await importAnswers(services, largeSurvey, schools, large, 2);
  return { smallSurvey, perSchoolSurvey, largeSurvey, submitSurvey };
}
