import { fill, type PublicSurveyMessages } from '../i18n/zh-CN/publicSurvey';
import { MAX_TEXT_LENGTH, toggleChoice, type AnswerValue, type SurveyQuestionView } from './answers';

const RATINGS = [1, 2, 3, 4, 5] as const;

export interface QuestionFieldProps {
  question: SurveyQuestionView;
  number: number;
  /** Unique per page: the preview and the public page may both be on screen in tests. */
  idPrefix: string;
  value: AnswerValue | undefined;
  error?: string;
  messages: PublicSurveyMessages;
  onChange: (value: AnswerValue) => void;
}

export const questionElementId = (idPrefix: string, questionId: string) => `${idPrefix}-q-${questionId}`;

/**
 * One question as a fieldset whose legend is the question: ratings and single choices are radio
 * groups, multiple choices are checkboxes, free text a textarea. Large tap targets (whole rows).
 */
export function QuestionField({ question, number, idPrefix, value, error, messages, onChange }: QuestionFieldProps) {
  const id = questionElementId(idPrefix, question.id);
  const errorId = `${id}-error`;
  const name = `${id}-answer`;
  const legendId = `${id}-legend`;
  const described = error ? errorId : undefined;
  return (
    <fieldset className={`ps-question${error ? ' ps-question--error' : ''}`} id={id} aria-describedby={described}>
      <legend id={legendId} className="ps-legend">
        <span className="ps-number">{fill(messages.question_number, { number })}</span>
        <span className="ps-text">{question.text}</span>
        <span className={question.required ? 'ps-tag ps-tag--required' : 'ps-tag'}>{question.required ? messages.required : messages.optional}</span>
      </legend>
      {error && (
        <p id={errorId} className="ps-field-error">
          {error}
        </p>
      )}
      {question.kind === 'RATING' && (
        <div className="ps-ratings">
          {RATINGS.map((rating) => (
            <label key={rating} className="ps-rating">
              <input
                type="radio"
                name={name}
                value={rating}
                required={question.required}
                checked={value?.rating === rating}
                onChange={() => onChange({ rating })}
              />
              <span className="ps-rating-number" aria-hidden="true">
                {rating}
              </span>
              <span className="ps-rating-label">{messages.rating[rating]}</span>
            </label>
          ))}
        </div>
      )}
      {question.kind === 'SINGLE_CHOICE' && (
        <div className="ps-options">
          {question.options.map((option) => (
            <label key={option} className="ps-option">
              <input
                type="radio"
                name={name}
                value={option}
                required={question.required}
                checked={value?.choices?.[0] === option}
                onChange={() => onChange({ choices: [option] })}
              />
              <span>{option}</span>
            </label>
          ))}
        </div>
      )}
      {question.kind === 'MULTI_CHOICE' && (
        <div className="ps-options">
          <p className="ps-hint">{messages.multi_hint}</p>
          {question.options.map((option) => (
            <label key={option} className="ps-option">
              <input
                type="checkbox"
                name={name}
                value={option}
                checked={value?.choices?.includes(option) ?? false}
                onChange={(event) => onChange({ choices: toggleChoice(value?.choices, option, event.target.checked) })}
              />
              <span>{option}</span>
            </label>
          ))}
        </div>
      )}
      {question.kind === 'TEXT' && (
        <>
          <p className="ps-hint" id={`${id}-hint`}>
            {fill(messages.text_hint, { max: MAX_TEXT_LENGTH })}
          </p>
          <textarea
            className="ps-textarea"
            name={name}
            rows={4}
            maxLength={MAX_TEXT_LENGTH}
            required={question.required}
            aria-labelledby={legendId}
            aria-describedby={[`${id}-hint`, described].filter(Boolean).join(' ')}
            value={value?.text ?? ''}
            onChange={(event) => onChange({ text: event.target.value })}
          />
        </>
      )}
    </fieldset>
  );
}
