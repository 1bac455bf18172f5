import type { QuestionKind } from '../generated/graphql';

/** A question as both the public page and the builder's preview show it. */
export interface SurveyQuestionView {
  id: string;
  kind: QuestionKind;
  text: string;
  options: readonly string[];
  required: boolean;
}

/** What a parent has entered for one question. */
export interface AnswerValue {
  rating?: number;
  choices?: string[];
  text?: string;
}

export type Answers = Record<string, AnswerValue>;

/** The API's `SurveyAnswerInput`. */
export interface AnswerInput {
  questionId: string;
  rating?: number;
  choices?: string[];
  text?: string;
}

export const MAX_TEXT_LENGTH = 1000;

/** Whether a question has an answer worth sending (blank text and empty choices are no answer). */
export function isAnswered(question: SurveyQuestionView, value: AnswerValue | undefined): boolean {
  if (!value) return false;
  switch (question.kind) {
    case 'RATING':
      return typeof value.rating === 'number' && value.rating >= 1 && value.rating <= 5;
    case 'SINGLE_CHOICE':
    case 'MULTI_CHOICE':
      return (value.choices?.length ?? 0) > 0;
    case 'TEXT':
      return (value.text ?? '').trim() !== '';
  }
}

/** The required questions still unanswered, in the order shown. */
export function missingRequired(questions: readonly SurveyQuestionView[], answers: Answers): SurveyQuestionView[] {
  return questions.filter((question) => question.required && !isAnswered(question, answers[question.id]));
}

/** The answers as the API takes them: only answered questions, each with the one field its kind uses. */
export function toAnswerInputs(questions: readonly SurveyQuestionView[], answers: Answers): AnswerInput[] {
  return questions
    .filter((question) => isAnswered(question, answers[question.id]))
    .map((question) => {
      const value = answers[question.id];
      if (question.kind === 'RATING') return { questionId: question.id, rating: value.rating };
      if (question.kind === 'TEXT') return { questionId: question.id, text: (value.text ?? '').trim().slice(0, MAX_TEXT_LENGTH) };
      // Options in the order shown, whatever order they were ticked in.
      const choices = question.options.filter((option) => value.choices?.includes(option));
      return { questionId: question.id, choices: question.kind === 'SINGLE_CHOICE' ? choices.slice(0, 1) : choices };
    });
}

/** Ticking a box of a multiple-choice question. */
export function toggleChoice(choices: readonly string[] | undefined, option: string, checked: boolean): string[] {
  const current = choices ?? [];
  return checked ? [...current.filter((c) => c !== option), option] : current.filter((c) => c !== option);
}
