import { Typography } from '@mui/material';
import {
  ArrayInput,
  CheckboxGroupInput,
  DateInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  maxLength,
  regex,
  required,
  useGetList,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { isReadOnlyField } from '../auth/permissions';
import { activityCategories, providerKinds } from '../common/enums';
import { useAppIdentity } from '../common/useIdentity';

// 统一社会信用代码: 18 characters, digits and upper-case letters (without I, O, S, V, Z).
const validateCreditCode = [required(), regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, 'resources.providers.validation.creditCode')];
const validatePhone = [required(), regex(/^[0-9+\-\s()]{7,20}$/, 'resources.providers.validation.phone')];

function Section({ title }: { title: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" sx={{ mt: 2, mb: 1, fontWeight: 600 }}>
      {translate(title)}
    </Typography>
  );
}

/** The provider's uploaded documents, to link a qualification to its scan (edit only: they need the provider). */
function QualificationDocumentInput({ providerId }: { providerId: string }) {
  const { data } = useGetList('documents', { filter: { ownerId: providerId } });
  const choices = (data ?? []).filter((document) => document.status === 'UPLOADED').map((d) => ({ id: d.id, name: d.fileName }));
  return (
    <SelectInput
      source="documentId"
      label="resources.providers.fields.documentId"
      choices={choices}
      translateChoice={false}
      emptyText="app.none"
      helperText={false}
      sx={{ minWidth: 200 }}
    />
  );
}

/** The provider form: identity (district only), contact, categories, qualifications and staff. */
export function ProviderInputs({ mode }: { mode: 'create' | 'edit' }) {
  const { identity } = useAppIdentity();
  // Read here, outside the qualification rows: inside them the record context is the row.
  const provider = useRecordContext();
  const locked = (field: string) => isReadOnlyField(identity?.role, 'providers', field);
  return (
    <>
      <Section title="resources.providers.tabs.overview" />
      <TextInput source="name" validate={[required(), maxLength(100)]} readOnly={locked('name')} fullWidth />
      <TextInput
        source="creditCode"
        validate={validateCreditCode}
        readOnly={locked('creditCode')}
        helperText={locked('creditCode') ? 'resources.providers.helper.district_only' : 'resources.providers.helper.creditCode'}
      />
      <SelectInput source="kind" choices={providerKinds} validate={required()} readOnly={locked('kind')} helperText="resources.providers.helper.kind" />
      <CheckboxGroupInput source="serviceCategories" choices={activityCategories} validate={required()} />
      <TextInput source="contactName" validate={[required(), maxLength(40)]} />
      <TextInput source="contactPhone" validate={validatePhone} />
      <TextInput source="address" fullWidth />

      <Section title="resources.providers.tabs.qualifications" />
      <ArrayInput source="qualifications" helperText="resources.providers.helper.qualifications">
        <SimpleFormIterator inline>
          <TextInput source="certificateType" label="resources.providers.fields.certificateType" validate={required()} helperText={false} />
          <TextInput source="number" label="resources.providers.fields.number" validate={required()} helperText={false} />
          <TextInput source="issuer" label="resources.providers.fields.issuer" validate={required()} helperText={false} />
          <DateInput source="validFrom" label="resources.providers.fields.validFrom" validate={required()} helperText={false} />
          <DateInput source="validTo" label="resources.providers.fields.validTo" validate={required()} helperText={false} />
          {mode === 'edit' && provider && <QualificationDocumentInput providerId={String(provider.id)} />}
        </SimpleFormIterator>
      </ArrayInput>

      <Section title="resources.providers.tabs.staff" />
      <ArrayInput source="staff">
        <SimpleFormIterator>
          <TextInput source="name" label="resources.providers.fields.staffName" validate={required()} helperText={false} />
          <TextInput source="role" label="resources.providers.fields.staffRole" helperText={false} />
          <ArrayInput source="certificates" label="resources.providers.fields.certificates">
            <SimpleFormIterator inline disableReordering>
              <TextInput source="certificateType" label="resources.providers.fields.certificateType" validate={required()} helperText={false} />
              <TextInput source="number" label="resources.providers.fields.number" validate={required()} helperText={false} />
              <DateInput source="validTo" label="resources.providers.fields.validTo" helperText={false} />
            </SimpleFormIterator>
          </ArrayInput>
        </SimpleFormIterator>
      </ArrayInput>
    </>
  );
}
