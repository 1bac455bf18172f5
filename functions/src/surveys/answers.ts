import { badInput } from '../core/errors';
import type { SurveyQuestionRecord } from './surveyEntity';

/** One stored answer (option labels as shown to the parent). */
export interface StoredAnswer {
  questionId: string;
  rating?: number;
  choices?: string[];
  text?: string;
}

export interface AnswerInput {
  questionId: string;
  rating?: number | null;
  choices?: readonly string[] | null;
  text?: string | null;
}

const MAX_TEXT = 1000;

/** Checks answers against the questions: known questions, required ones answered, values of the right kind. */
export function validateAnswers(questions: SurveyQuestionRecord[], answers: readonly AnswerInput[]): StoredAnswer[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const seen = new Set<string>();
  const stored: StoredAnswer[] = [];
  answers.forEach((answer, index) => {
    const field = (name: string) => `answers.${index}.${name}`;
    const question = byId.get(answer.questionId);
    if (!question) throw badInput(field('questionId'), `Unknown question ${answer.questionId}`);
    if (seen.has(question.id)) throw badInput(field('questionId'), `Question ${question.id} is answered twice`);
    seen.add(question.id);
    if (question.kind === 'RATING') {
      if (answer.rating == null) return;
      if (!Number.isInteger(answer.rating) || answer.rating < 1 || answer.rating > 5) throw badInput(field('rating'), 'rating must be 1–5');
      stored.push({ questionId: question.id, rating: answer.rating });
    } else if (question.kind === 'TEXT') {
      const text = answer.text?.trim();
      if (!text) return;
      if (text.length > MAX_TEXT) throw badInput(field('text'), `text must be at most ${MAX_TEXT} characters`);
      stored.push({ questionId: question.id, text });
    } else {
      // Option labels as shown; a client may also send the option's index ("0", "1", …).
      const choices = [
        ...new Set(
          (answer.choices ?? []).map((choice) =>
            question.options.includes(choice) || !/^\d+$/.test(choice) ? choice : (question.options[Number(choice)] ?? choice),
          ),
        ),
      ];
      if (choices.length === 0) return;
      const unknown = choices.find((choice) => !question.options.includes(choice));
      if (unknown !== undefined) throw badInput(field('choices'), `“${unknown}” is not an option of this question`);
      if (question.kind === 'SINGLE_CHOICE' && choices.length > 1) throw badInput(field('choices'), 'choose exactly one option');
      stored.push({ questionId: question.id, choices });
    }
  });
  const answered = new Set(stored.map((answer) => answer.questionId));
  const missing = questions.findIndex((question) => question.required && !answered.has(question.id));
  if (missing >= 0) throw badInput('answers', `Question ${missing + 1} (${questions[missing].text}) is required`, { questionId: questions[missing].id });
  return stored;
}

/**
 * The counters one response adds to an aggregate: `n` responses; `rn`/`rpos` rating answers and those of 4–5
 * (the satisfaction rate); per question `q.<id>.n` answers, `q.<id>.sum`/`q.<id>.pos` for ratings, `q.<id>.r<k>`
 * the rating distribution and `q.<id>.o<i>` option counts.
 */
export function contributions(questions: SurveyQuestionRecord[], answers: StoredAnswer[]): Map<string, number> {
  const counters = new Map<string, number>([['n', 1]]);
  const add = (name: string, by = 1) => counters.set(name, (counters.get(name) ?? 0) + by);
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const answer of answers) {
    const question = byId.get(answer.questionId);
    if (!question) continue;
    const key = `q.${question.id}`;
    add(`${key}.n`);
    if (answer.rating !== undefined) {
      add(`${key}.sum`, answer.rating);
      add(`${key}.r${answer.rating}`);
      add('rn');
      if (answer.rating >= 4) {
        add(`${key}.pos`);
        add('rpos');
      }
    }
    for (const choice of answer.choices ?? []) add(`${key}.o${question.options.indexOf(choice)}`);
  }
  return counters;
}

/** `after − before`, dropping zeros: what a resubmission changes in the aggregates. */
export function difference(after: Map<string, number>, before: Map<string, number> | undefined): Map<string, number> {
  const delta = new Map(after);
  for (const [name, value] of before ?? []) delta.set(name, (delta.get(name) ?? 0) - value);
  for (const [name, value] of delta) if (value === 0) delta.delete(name);
  return delta;
}
