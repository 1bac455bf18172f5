import { Alert, AlertTitle, Button, Card, CardContent, Typography } from '@mui/material';
import { useState } from 'react';
import {
  BooleanField,
  Edit,
  Loading,
  NumberField,
  SelectField,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  Title,
  useCanAccess,
  useEditContext,
  useNotify,
  useTranslate,
} from 'react-admin';
import { feeModels } from '../common/enums';
import { EnumListField, LocalDateTimeField } from '../common/fields';
import { isApiError } from '../dataProvider/errors';
import { POLICY_ID } from './policyApi';
import { PolicyInputs } from './PolicyInputs';
import { PolicyPresets } from './PolicyPresets';

const RESOURCE = 'districtPolicy';

/** Shown after a version conflict: nothing was saved, and the way forward is to reload. */
function ConflictAlert({ onReloaded }: { onReloaded: () => void }) {
  const translate = useTranslate();
  const { refetch } = useEditContext();
  return (
    <Alert
      severity="warning"
      sx={{ mb: 2 }}
      action={
        <Button color="inherit" size="small" onClick={() => refetch?.().then(onReloaded)}>
          {translate('app.policy.reload')}
        </Button>
      }
    >
      <AlertTitle>{translate('app.policy.conflict_title')}</AlertTitle>
      {translate('app.policy.conflict_body')}
    </Alert>
  );
}

function PolicyEdit() {
  const notify = useNotify();
  const [conflict, setConflict] = useState(false);
  return (
    <Edit
      resource={RESOURCE}
      id={POLICY_ID}
      mutationMode="pessimistic"
      redirect={false}
      actions={false}
      title="app.policy.title"
      mutationOptions={{
        onSuccess: () => {
          setConflict(false);
          notify('app.policy.saved', { type: 'success' });
        },
        onError: (error: unknown) => {
          if (isApiError(error, 'VERSION_CONFLICT')) return setConflict(true);
          // Field errors are shown on the inputs by the form; everything else as a notification.
          if (isApiError(error, 'BAD_USER_INPUT') && error.body.errors) return;
          notify(error instanceof Error ? error.message : 'app.errors.UNKNOWN', { type: 'error' });
        },
      }}
    >
      <SimpleForm>
        {conflict && <ConflictAlert onReloaded={() => setConflict(false)} />}
        <PolicyPresets />
        <PolicyInputs />
      </SimpleForm>
    </Edit>
  );
}

function PolicyShow() {
  const translate = useTranslate();
  return (
    <Show resource={RESOURCE} id={POLICY_ID} actions={false} title="app.policy.title">
      <SimpleShowLayout>
        <Alert severity="info">{translate('app.policy.read_only')}</Alert>
        <EnumListField source="serviceDays" group="weekday" />
        <NumberField source="minDailyMinutes" />
        <TextField source="lateCareEndsNotBefore" />
        <NumberField source="minHomeworkGroupSize" />
        <SelectField source="feeModel" choices={feeModels} />
        <NumberField source="monthlyFee" emptyText="app.none" />
        <NumberField source="dailyFee" emptyText="app.none" />
        <NumberField source="refundDeadlineDay" />
        <NumberField source="hardshipDiscountPercent" />
        <NumberField source="teacherRatePerHour" />
        <NumberField source="operatingFundPerStudentYear" />
        <BooleanField source="outsideProvidersAllowed" />
        <NumberField source="evaluationExitThreshold" />
        <NumberField source="satisfactionExitRate" />
        <NumberField source="reentryAfterMonths" />
        <NumberField source="studentDataRetentionMonths" />
        <TextField source="careAgreement" sx={{ whiteSpace: 'pre-line' }} />
        <LocalDateTimeField source="updatedAt" />
      </SimpleShowLayout>
    </Show>
  );
}

/** `/policy`: the one district policy, editable by the district, readable by everyone else. */
export function PolicyPage() {
  const translate = useTranslate();
  const { canAccess, isPending } = useCanAccess({ action: 'edit', resource: RESOURCE });
  return (
    <>
      {/* Edit and Show set the page title once loaded; this one covers the permission check. */}
      {isPending && <Title title="app.policy.title" />}
      <Card sx={{ mt: 2 }}>
        <CardContent>
          <Typography variant="body2" color="text.secondary">
            {translate('app.policy.intro')}
          </Typography>
        </CardContent>
      </Card>
      {isPending ? <Loading /> : canAccess ? <PolicyEdit /> : <PolicyShow />}
    </>
  );
}

export default PolicyPage;
