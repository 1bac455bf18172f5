import EditNoteIcon from '@mui/icons-material/EditNote';
import { Table, TableBody, TableCell, TableRow } from '@mui/material';
import {
  Labeled,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useCanAccess,
  useCreatePath,
  useRecordContext,
  useTranslate,
  Button,
  Link,
} from 'react-admin';
import { EnumChipField, LocalDateField, LocalDateTimeField } from '../common/fields';
import { OpenExitButton } from '../exits/OpenExitButton';
import type { EvaluationFieldsFragment } from '../generated/graphql';
import { TotalField } from './EvaluationList';
import { useExitThreshold } from './useExitThreshold';

/** 更正: a new evaluation that supersedes this one, prefilled with its values. */
function CorrectButton() {
  const record = useRecordContext<EvaluationFieldsFragment>();
  const { canAccess } = useCanAccess({ action: 'correct', resource: 'evaluations' });
  const createPath = useCreatePath();
  if (!record || !canAccess || record.supersededById) return null;
  const { providerId, schoolId, kind, date, evaluator, findings } = record;
  const scores = record.scores.map(({ criterion, score }) => ({ criterion, score }));
  return (
    <Button
      component={Link}
      to={createPath({ resource: 'evaluations', type: 'create' })}
      label="resources.evaluations.correct"
      state={{ record: { providerId, schoolId, kind, date, evaluator, findings, scores, supersedesId: record.id } }}
    >
      <EditNoteIcon />
    </Button>
  );
}

/** 发起有序退出 from a weak evaluation (total below the threshold), with it as evidence. */
function ExitFromEvaluation() {
  const record = useRecordContext<EvaluationFieldsFragment>();
  const translate = useTranslate();
  const threshold = useExitThreshold();
  const { canAccess } = useCanAccess({ action: 'openExit', resource: 'evaluations' });
  if (!record || !canAccess || threshold === undefined || record.total >= threshold) return null;
  const reason = translate('resources.evaluations.exit_reason', { total: record.total, threshold });
  return <OpenExitButton providerId={record.providerId} evaluationIds={[record.id]} defaultReason={reason} />;
}

function Scores() {
  const record = useRecordContext<EvaluationFieldsFragment>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Table size="small" sx={{ maxWidth: 360 }}>
      <TableBody>
        {record.scores.map((row) => (
          <TableRow key={row.criterion}>
            <TableCell>{translate(`app.enums.evaluationCriterion.${row.criterion}`)}</TableCell>
            <TableCell align="right">{row.score}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Evaluations are append-only: no edit or delete, only a correction. */
export function EvaluationShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <ExitFromEvaluation />
          <CorrectButton />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <ReferenceField source="providerId" reference="providers" link="show">
          <TextField source="name" />
        </ReferenceField>
        <TextField source="school.name" label="resources.evaluations.fields.schoolId" />
        <EnumChipField source="kind" group="evaluationKind" />
        <LocalDateField source="date" />
        <TextField source="evaluator" />
        <Labeled label="resources.evaluations.fields.scores">
          <Scores />
        </Labeled>
        <Labeled label="resources.evaluations.fields.total">
          <TotalField />
        </Labeled>
        <TextField source="findings" emptyText="app.none" />
        <ReferenceField source="supersedesId" reference="evaluations" link="show" emptyText="app.none">
          <LocalDateField source="date" />
        </ReferenceField>
        <ReferenceField source="supersededById" reference="evaluations" link="show" emptyText="app.none">
          <LocalDateField source="date" />
        </ReferenceField>
        <LocalDateTimeField source="createdAt" />
      </SimpleShowLayout>
    </Show>
  );
}
