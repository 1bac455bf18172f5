import {
  ArrayInput,
  BooleanInput,
  FormDataConsumer,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  maxLength,
  required,
  useTranslate,
  type Validator,
} from 'react-admin';
import type { QuestionKind } from '../generated/graphql';
import { CHOICE_KINDS } from './surveyApi';
import { questionKinds } from './surveyChoices';

const atLeast =
  (count: number, message: string): Validator =>
  (value: unknown) =>
    Array.isArray(value) && value.filter((item) => (typeof item === 'string' ? item.trim() : item)).length >= count ? undefined : message;

const validateQuestions = [required(), atLeast(1, 'resources.surveys.builder.at_least_one')];
const validateOptions = [atLeast(2, 'resources.surveys.builder.at_least_two_options')];

/**
 * The questions in the order parents see them: add, remove and move up or down. Each has its kind,
 * its text, whether it is required and, for choice questions, its options. Input paths are the ones
 * the API names in a refusal (`questions.2.text`, `questions.2.options.1`).
 */
export function QuestionsInput() {
  const translate = useTranslate();
  return (
    <ArrayInput source="questions" label="resources.surveys.builder.questions" validate={validateQuestions}>
      <SimpleFormIterator
        fullWidth
        getItemLabel={(index) => translate('resources.surveys.question_label', { number: index + 1 })}
        sx={{ '& .RaSimpleFormIterator-line': { borderBottom: 1, borderColor: 'divider', pb: 1, mb: 1 } }}
      >
        <SelectInput
          source="kind"
          label="resources.surveys.fields.question_kind"
          choices={questionKinds}
          defaultValue="RATING"
          validate={required()}
          helperText={false}
        />
        <TextInput
          source="text"
          label="resources.surveys.fields.question_text"
          validate={[required(), maxLength(200)]}
          fullWidth
          multiline
          helperText="resources.surveys.helper.text"
        />
        <BooleanInput source="required" label="resources.surveys.fields.question_required" defaultValue helperText={false} />
        <FormDataConsumer>
          {({ scopedFormData }) =>
            CHOICE_KINDS.includes((scopedFormData as { kind?: QuestionKind } | undefined)?.kind ?? 'TEXT') ? (
              <ArrayInput
                source="options"
                label="resources.surveys.fields.question_options"
                validate={validateOptions}
                helperText="resources.surveys.helper.options"
              >
                <SimpleFormIterator inline disableReordering>
                  <TextInput source="" label="resources.surveys.fields.question_option" validate={[required(), maxLength(50)]} helperText={false} />
                </SimpleFormIterator>
              </ArrayInput>
            ) : null
          }
        </FormDataConsumer>
      </SimpleFormIterator>
    </ArrayInput>
  );
}
