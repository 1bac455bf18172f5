import type { Viewer } from '../../auth/viewer';
import type { SchoolRecord } from '../../schools/schoolEntity';
import type { Services } from '../../server/services';
import { contributions, type StoredAnswer } from '../../surveys/answers';
import { respondentHash, type Counters, type StoredResponse } from '../../surveys/responseRepository';
import type { SurveyRecord } from '../../surveys/surveyEntity';

const questions = [
  { kind: 'RATING', text: '您对本学期课后服务的总体满意度' },
  { kind: 'RATING', text: '您对课后服务安全管理的满意度' },
  { kind: 'SINGLE_CHOICE', text: '孩子最喜欢的课后活动', options: ['体育', '艺术', '科技', '阅读'] },
  { kind: 'MULTI_CHOICE', text: '您希望增加的服务内容', options: ['作业辅导', '体育锻炼', '兴趣社团', '延时托管'], required: false },
  { kind: 'TEXT', text: '其他意见和建议（请勿填写姓名）', required: false },
] as const;

/** A small deterministic generator, so the demo results look the same on every machine. */
function generator(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

/** Plausible answers: mostly satisfied, one school noticeably less so. */
function answersFor(survey: SurveyRecord, random: () => number, mood: number): StoredAnswer[] {
  const rating = () => Math.max(1, Math.min(5, Math.round(3.6 + mood + (random() - 0.5) * 3)));
  const [overall, safety, favourite, wishes] = survey.questions;
  const answers: StoredAnswer[] = [
    { questionId: overall.id, rating: rating() },
    { questionId: safety.id, rating: rating() },
    { questionId: favourite.id, choices: [favourite.options[Math.floor(random() * favourite.options.length)]] },
  ];
  const picked = wishes.options.filter(() => random() < 0.35);
  if (picked.length) answers.push({ questionId: wishes.id, choices: picked });
  return answers;
}

/** Loads generated answers through the bulk path, with the same aggregates the submit path keeps. */
async function importAnswers(services: Services, survey: SurveyRecord, schools: SchoolRecord[], count: number, progress: (line: string) => void) {
  const random = generator(count);
  const responses: StoredResponse[] = [];
  const deltas = new Map<string, Counters>();
  for (let i = 0; i < count; i++) {
    const school = schools[i % schools.length];
    const grade = school.grades[Math.floor(random() * school.grades.length)];
    const answers = answersFor(survey, random, school.code === 'YC-004' ? -0.9 : 0.2);
    const groups = ['all', `school:${school.id}`, `grade:${grade}`];
    responses.push({
      surveyId: survey.id,
      respondentHash: respondentHash(survey.id, `demo-${i}`),
      answers,
      groups,
      grade,
      schoolId: school.id,
      submittedAt: new Date().toISOString(),
      version: 1,
    });
    for (const group of groups) {
      const counters = deltas.get(group) ?? new Map<string, number>();
      for (const [name, value] of contributions(survey.questions, answers)) counters.set(name, (counters.get(name) ?? 0) + value);
      deltas.set(group, counters);
    }
  }
  let shown = 0;
  await services.repositories.responses.bulkImport(responses, deltas, survey.id, (done) => {
    if (done - shown >= count / 4 || done === count) {
      shown = done;
      progress(`survey “${survey.title}”: ${done}/${count} answers`);
    }
  });
}

/**
 * Two district satisfaction surveys: last term's (closed) and this term's (open), each with a few thousand generated
 * answers, so the results page has something to compare. Idempotent: skipped when surveys exist.
 */
export async function seedSurveys(services: Services, seeder: Viewer, schools: SchoolRecord[], progress: (line: string) => void) {
  const existing = await services.surveys.list(seeder, { first: 1 });
  if (existing.items.length > 0) return progress('surveys already there');
  const base = { intro: '本问卷匿名填写，是否填写由您自愿决定，感谢您的支持。', kind: 'SATISFACTION', scope: 'DISTRICT', questions };
  const previous = await services.surveys.create(seeder, { ...base, title: '2025-2026 学年第二学期课后服务满意度调查' });
  await services.surveys.publish(seeder, previous.id);
  await importAnswers(services, previous, schools, 1500, progress);
  await services.surveys.close(seeder, previous.id);
  const current = await services.surveys.create(seeder, { ...base, title: '2026-2027 学年第一学期课后服务满意度调查', previousSurveyId: previous.id });
  await services.surveys.publish(seeder, current.id);
  await importAnswers(services, current, schools, 2500, progress);
  const demand = await services.surveys.create(seeder, {
    title: '2026-2027 学年第二学期课后服务需求征询单',
    intro: '为更好安排下学期课后服务，请您根据孩子情况自愿填写。',
    kind: 'DEMAND',
    scope: 'DISTRICT',
    questions: [
      { kind: 'SINGLE_CHOICE', text: '下学期您是否希望孩子参加课后服务', options: ['希望参加', '暂不需要'] },
      { kind: 'MULTI_CHOICE', text: '您需要的服务时段', options: ['16:30 前', '17:30 前', '18:00 后延时托管'] },
    ],
  });
  progress(`3 surveys (closed with 1500 answers, open with 2500, demand form draft ${demand.accessCode})`);
  progress(`parents answer at /s/${current.accessCode}`);
}
