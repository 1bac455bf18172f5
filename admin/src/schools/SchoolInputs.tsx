import { Typography } from '@mui/material';
import {
  ArrayInput,
  NumberInput,
  RadioButtonGroupInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  maxLength,
  minValue,
  regex,
  required,
  useTranslate,
} from 'react-admin';
import { isReadOnlyField } from '../auth/permissions';
import { leadershipRoles, ownerships, schoolTypes } from '../common/enums';
import { GradesInput, LocalTimeInput } from '../common/inputs';
import { useAppIdentity } from '../common/useIdentity';

const validateCode = [required(), regex(/^[A-Za-z0-9-]{2,32}$/, 'app.validation.code')];
const validateName = [required(), maxLength(100)];
const validateTime = [required(), regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'app.validation.time')];

function Section({ title }: { title: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" sx={{ mt: 2, mb: 1, fontWeight: 600 }}>
      {translate(title)}
    </Typography>
  );
}

/** The school form, shared by create and edit. */
export function SchoolInputs() {
  const { identity } = useAppIdentity();
  const codeLocked = isReadOnlyField(identity?.role, 'schools', 'code');
  return (
    <>
      <Section title="resources.schools.tabs.overview" />
      <TextInput source="name" validate={validateName} fullWidth />
      <TextInput
        source="code"
        validate={validateCode}
        readOnly={codeLocked}
        helperText={codeLocked ? 'resources.schools.helper.code_locked' : 'resources.schools.helper.code'}
      />
      <SelectInput source="type" choices={schoolTypes} validate={required()} />
      <RadioButtonGroupInput source="ownership" choices={ownerships} validate={required()} />
      <GradesInput source="grades" validate={required()} />
      <NumberInput source="studentCount" min={0} step={1} validate={minValue(0)} />
      <TextInput source="address" fullWidth />
      <TextInput source="principal" />

      <Section title="resources.schools.tabs.leadership" />
      <ArrayInput source="leadershipGroup">
        <SimpleFormIterator inline>
          <SelectInput source="role" label="resources.schools.fields.leadershipRole" choices={leadershipRoles} validate={required()} helperText={false} />
          <TextInput source="name" label="resources.schools.fields.memberName" validate={required()} helperText={false} />
          <TextInput source="title" label="resources.schools.fields.memberTitle" helperText={false} />
        </SimpleFormIterator>
      </ArrayInput>
      <ArrayInput source="pickupSlots" helperText="resources.schools.helper.pickup_slots">
        <SimpleFormIterator>
          <GradesInput source="grades" label="resources.schools.fields.slotGrades" validate={required()} />
          <ArrayInput source="times" label="resources.schools.fields.slotTimes">
            <SimpleFormIterator inline disableReordering>
              <LocalTimeInput source="" label="resources.schools.fields.slotTime" validate={validateTime} helperText={false} sx={{ width: 160 }} />
            </SimpleFormIterator>
          </ArrayInput>
        </SimpleFormIterator>
      </ArrayInput>
    </>
  );
}
