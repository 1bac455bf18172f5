import { Typography } from '@mui/material';
import {
  BooleanInput,
  CheckboxGroupInput,
  FormDataConsumer,
  NumberInput,
  RadioButtonGroupInput,
  maxValue,
  minValue,
  required,
  TextInput,
  useTranslate,
} from 'react-admin';
import { feeModels, weekdays } from '../common/enums';
import { LocalTimeInput } from '../common/inputs';

function Section({ title }: { title: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" sx={{ mt: 2, mb: 1, fontWeight: 600 }}>
      {translate(title)}
    </Typography>
  );
}

const percent = [required(), minValue(0), maxValue(100)];
const nonNegative = [required(), minValue(0)];
const score = [required(), minValue(0), maxValue(100)];
const rate = [required(), minValue(0), maxValue(1)];
const weight = [required(), minValue(0), maxValue(100)];
// `MM-DD`, a day of every year (the summer period recurs).
const monthDay = (value: unknown) =>
  typeof value === 'string' && value !== '' && !/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(value) ? 'app.validation.monthDay' : undefined;

/** The district policy form, grouped as the seed plans discuss it. */
export function PolicyInputs() {
  return (
    <>
      <Section title="app.policy.sections.service" />
      <CheckboxGroupInput source="serviceDays" choices={weekdays} validate={required()} />
      <NumberInput source="minDailyMinutes" min={0} max={600} step={10} validate={[required(), minValue(0), maxValue(600)]} />
      <LocalTimeInput source="lateCareEndsNotBefore" validate={required()} />
      <NumberInput source="minHomeworkGroupSize" min={1} step={1} validate={[required(), minValue(1)]} />

      <Section title="app.policy.sections.fees" />
      <RadioButtonGroupInput source="feeModel" choices={feeModels} validate={required()} />
      <FormDataConsumer<{ feeModel?: string }>>
        {({ formData }) =>
          // A fee only exists under MONTHLY or PER_DAY; FREE keeps whatever was stored without showing it.
          formData.feeModel === 'MONTHLY' || formData.feeModel === 'PER_DAY' ? (
            <>
              {formData.feeModel === 'MONTHLY' ? (
                <NumberInput source="monthlyFee" min={0} step={1} validate={nonNegative} />
              ) : (
                <NumberInput source="dailyFee" min={0} step={1} validate={nonNegative} />
              )}
              <NumberInput source="hardshipDiscountPercent" min={0} max={100} step={5} validate={percent} />
              <NumberInput source="refundDeadlineDay" min={1} max={28} step={1} validate={[minValue(1), maxValue(28)]} />
            </>
          ) : null
        }
      </FormDataConsumer>
      <NumberInput source="teacherRatePerHour" min={0} step={1} validate={nonNegative} />
      <NumberInput source="operatingFundPerStudentYear" min={0} step={10} validate={nonNegative} />

      <Section title="app.policy.sections.providers" />
      <BooleanInput source="outsideProvidersAllowed" />
      <NumberInput source="evaluationExitThreshold" min={0} max={100} step={1} validate={score} />
      <NumberInput source="satisfactionExitRate" min={0} max={1} step={0.05} validate={rate} />
      <NumberInput source="reentryAfterMonths" min={0} step={1} validate={nonNegative} />

      <Section title="app.policy.sections.families" />
      <NumberInput source="studentDataRetentionMonths" min={1} max={120} step={1} validate={[required(), minValue(1), maxValue(120)]} />
      <TextInput source="careAgreement" multiline minRows={5} fullWidth validate={required()} helperText="app.policy.care_agreement_hint" />
      <Section title="app.policy.sections.supervision" />
      <LocalTimeInput source="serviceEndsBy" helperText="resources.districtPolicy.helper.serviceEndsBy" />
      <LocalTimeInput source="summerServiceEndsBy" helperText="resources.districtPolicy.helper.summerServiceEndsBy" />
      <TextInput source="summerFrom" validate={monthDay} helperText="resources.districtPolicy.helper.monthDay" />
      <TextInput source="summerTo" validate={monthDay} helperText="resources.districtPolicy.helper.monthDay" />
      <NumberInput
        source="schoolScoreWeights.inspection"
        label="resources.districtPolicy.fields.weightInspection"
        min={0}
        max={100}
        step={5}
        validate={weight}
      />
      <NumberInput
        source="schoolScoreWeights.compliance"
        label="resources.districtPolicy.fields.weightCompliance"
        min={0}
        max={100}
        step={5}
        validate={weight}
      />
      <NumberInput
        source="schoolScoreWeights.satisfaction"
        label="resources.districtPolicy.fields.weightSatisfaction"
        min={0}
        max={100}
        step={5}
        validate={weight}
      />
      <NumberInput source="overdueFindingPenalty" min={0} max={100} step={1} validate={weight} />
    </>
  );
}
