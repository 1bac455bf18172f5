import { Edit } from 'react-admin';
import { SurveyBuilder } from './SurveyBuilder';

// Pessimistic so a refusal (stale version, published meanwhile) shows on the form; the builder stays
// open after saving, to publish.
export function SurveyEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect={false}>
      <SurveyBuilder mode="edit" />
    </Edit>
  );
}
