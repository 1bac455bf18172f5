import { useRef, useState, type FormEvent, type MouseEvent } from 'react';
import { fill, publicSurveyZh, type PublicSurveyMessages } from '../i18n/zh-CN/publicSurvey';
import { missingRequired, toAnswerInputs, type AnswerInput, type Answers, type SurveyQuestionView } from './answers';
import { QuestionField, questionElementId } from './QuestionField';
import './surveyForm.css';

const GRADES = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

export interface SurveyFormSurvey {
  title: string;
  intro?: string | null;
  questions: readonly SurveyQuestionView[];
  asksForSchool: boolean;
  schoolOptions: readonly { id: string; name: string }[];
}

/** What a parent has entered so far (kept when they come back to change their answer). */
export interface SurveyFormValues {
  answers: Answers;
  schoolId: string;
  grade: string;
}

const noValues: SurveyFormValues = { answers: {}, schoolId: '', grade: '' };

export interface SurveySubmissionInput {
  answers: AnswerInput[];
  grade: number | null;
  schoolId: string | null;
}

export interface SurveyFormProps {
  survey: SurveyFormSurvey;
  onSubmit: (input: SurveySubmissionInput) => void | Promise<void>;
  messages?: PublicSurveyMessages;
  /** Values kept when a parent comes back to change them. */
  initialValues?: SurveyFormValues;
  onValuesChange?: (values: SurveyFormValues) => void;
  submitting?: boolean;
  /** A refusal or failure of the last submission, shown above the button. */
  submitError?: string | null;
  /** The builder's preview: a notice on top, and the same checks without sending. */
  preview?: boolean;
  idPrefix?: string;
}

interface Problem {
  targetId: string;
  message: string;
}

/**
 * The questionnaire as parents see it, shared by the public page and the builder's preview. Checks the
 * required questions before submitting; problems are listed in a summary that takes the focus, and
 * each is also shown on its question.
 */
export function SurveyForm({
  survey,
  onSubmit,
  messages = publicSurveyZh,
  initialValues = noValues,
  onValuesChange,
  submitting = false,
  submitError,
  preview = false,
  idPrefix = 'survey',
}: SurveyFormProps) {
  const [values, setValues] = useState<SurveyFormValues>(initialValues);
  const { answers, schoolId, grade } = values;
  const [problems, setProblems] = useState<Problem[]>([]);
  const [previewOk, setPreviewOk] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const schoolSelectId = `${idPrefix}-school`;
  const Root = preview ? 'div' : 'form';

  const change = (next: Partial<SurveyFormValues>, solved?: string) => {
    const merged = { ...values, ...next };
    setValues(merged);
    onValuesChange?.(merged);
    setPreviewOk(false);
    if (solved && problems.length) setProblems((current) => current.filter((p) => p.targetId !== solved));
  };
  const update = (questionId: string, value: Answers[string]) =>
    change({ answers: { ...answers, [questionId]: value } }, questionElementId(idPrefix, questionId));

  const submit = async (event: FormEvent | MouseEvent) => {
    event.preventDefault();
    const found: Problem[] = [];
    if (survey.asksForSchool && !schoolId) found.push({ targetId: schoolSelectId, message: messages.missing_school });
    for (const question of missingRequired(survey.questions, answers)) {
      const number = survey.questions.indexOf(question) + 1;
      found.push({ targetId: questionElementId(idPrefix, question.id), message: fill(messages.missing_answer, { number, text: question.text }) });
    }
    setProblems(found);
    if (found.length) {
      setPreviewOk(false);
      // After the summary renders: screen readers announce it, keyboard users continue from it.
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    if (preview) return setPreviewOk(true);
    await onSubmit({ answers: toAnswerInputs(survey.questions, answers), grade: grade ? Number(grade) : null, schoolId: schoolId || null });
  };

  const focusProblem = (event: MouseEvent, targetId: string) => {
    event.preventDefault();
    const target = document.getElementById(targetId);
    const input = target?.matches('input, select, textarea') ? target : target?.querySelector<HTMLElement>('input, select, textarea');
    target?.scrollIntoView?.({ block: 'center' });
    input?.focus();
  };
  const problemFor = (targetId: string) => problems.find((p) => p.targetId === targetId)?.message;

  return (
    // The preview sits inside the builder's own form: a <div>, so submitting it never saves the survey.
    <Root className="ps-form" aria-label={survey.title} {...(preview ? { role: 'form' } : { noValidate: true, onSubmit: submit })}>
      {preview && <p className="ps-notice">{messages.preview_notice}</p>}
      <h1 className="ps-title">{survey.title}</h1>
      {survey.intro && <p className="ps-intro">{survey.intro}</p>}
      <p className="ps-hint">{messages.anonymous}</p>

      {problems.length > 0 && (
        <div className="ps-error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby={`${idPrefix}-summary-title`}>
          <h2 id={`${idPrefix}-summary-title`}>{fill(messages.summary_title, { count: problems.length })}</h2>
          <ul>
            {problems.map((problem) => (
              <li key={problem.targetId}>
                <a href={`#${problem.targetId}`} onClick={(event) => focusProblem(event, problem.targetId)}>
                  {problem.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}

      {survey.asksForSchool && (
        <div className={`ps-question${problemFor(schoolSelectId) ? ' ps-question--error' : ''}`}>
          <label htmlFor={schoolSelectId} className="ps-label">
            {messages.school} <span className="ps-tag ps-tag--required">{messages.required}</span>
          </label>
          {problemFor(schoolSelectId) && (
            <p id={`${schoolSelectId}-error`} className="ps-field-error">
              {problemFor(schoolSelectId)}
            </p>
          )}
          <select
            id={schoolSelectId}
            className="ps-select"
            required
            value={schoolId}
            aria-describedby={problemFor(schoolSelectId) ? `${schoolSelectId}-error` : undefined}
            onChange={(event) => change({ schoolId: event.target.value }, schoolSelectId)}
          >
            <option value="">{messages.school_placeholder}</option>
            {survey.schoolOptions.map((school) => (
              <option key={school.id} value={school.id}>
                {school.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="ps-question">
        <label htmlFor={`${idPrefix}-grade`} className="ps-label">
          {messages.grade}
        </label>
        <select id={`${idPrefix}-grade`} className="ps-select" value={grade} onChange={(event) => change({ grade: event.target.value })}>
          <option value="">{messages.grade_none}</option>
          {GRADES.map((g) => (
            <option key={g} value={g}>
              {fill(messages.grade_option, { grade: g })}
            </option>
          ))}
        </select>
      </div>

      {survey.questions.map((question, index) => (
        <QuestionField
          key={question.id}
          question={question}
          number={index + 1}
          idPrefix={idPrefix}
          messages={messages}
          value={answers[question.id]}
          error={problemFor(questionElementId(idPrefix, question.id))}
          onChange={(value) => update(question.id, value)}
        />
      ))}

      {submitError && (
        <p className="ps-submit-error" role="alert">
          {submitError}
        </p>
      )}
      {previewOk && (
        <p className="ps-notice" role="status">
          {messages.preview_ok}
        </p>
      )}
      <button type={preview ? 'button' : 'submit'} className="ps-submit" disabled={submitting} onClick={preview ? submit : undefined}>
        {submitting ? messages.submitting : messages.submit}
      </button>
    </Root>
  );
}
