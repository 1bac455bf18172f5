import DoneAllIcon from '@mui/icons-material/DoneAll';
import { Box, Button as MuiButton, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, Confirm, Labeled, Link, Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { AuditTimeline } from '../audit/AuditTimeline';
import { CommentDialog } from '../common/CommentDialog';
import { EnumChipField, LocalDateField, LocalDateTimeField } from '../common/fields';
import { useAppIdentity } from '../common/useIdentity';
import { useRunOperation } from '../common/useRunOperation';
import type { InspectionFieldsFragment } from '../generated/graphql';
import { canClose, canRectify } from './inspectionActions';
import { inspectionWorkflow } from './inspectionApi';

type Finding = InspectionFieldsFragment['findings'][number];

/** 结案: the district closes the inspection once every finding is rectified. */
function CloseButton() {
  const record = useRecordContext<InspectionFieldsFragment>();
  const { identity } = useAppIdentity();
  const { run, busy } = useRunOperation();
  const [open, setOpen] = useState(false);
  if (!record || !canClose(record, identity?.role)) return null;
  return (
    <>
      <Button label="resources.inspections.workflow.close" onClick={() => setOpen(true)} disabled={busy}>
        <DoneAllIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title="resources.inspections.workflow.close_title"
        content="resources.inspections.workflow.close_content"
        onConfirm={async () => {
          await run(inspectionWorkflow.close(record), { success: 'resources.inspections.workflow.closed', forget: ['inspections'] });
          setOpen(false);
        }}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

/** The findings: severity, deadline (red when overdue), and the rectification or the button to record it. */
function Findings() {
  const record = useRecordContext<InspectionFieldsFragment>();
  const translate = useTranslate();
  const { identity } = useAppIdentity();
  const { run, busy } = useRunOperation();
  const [rectifying, setRectifying] = useState<Finding | null>(null);
  if (!record) return null;
  if (record.findings.length === 0) return <Typography variant="body2">{translate('resources.inspections.no_findings')}</Typography>;
  return (
    <>
      <Table size="small" aria-label={translate('resources.inspections.fields.findings')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.inspections.fields.item')}</TableCell>
            <TableCell>{translate('resources.inspections.fields.severity')}</TableCell>
            <TableCell>{translate('resources.inspections.fields.rectifyBy')}</TableCell>
            <TableCell>{translate('resources.inspections.fields.rectification')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {record.findings.map((finding) => (
            <TableRow key={finding.id} data-testid={`finding-${finding.id}`}>
              <TableCell>{finding.item}</TableCell>
              <TableCell>
                <Chip
                  size="small"
                  color={finding.severity === 'HIGH' ? 'error' : finding.severity === 'MEDIUM' ? 'warning' : 'default'}
                  label={translate(`app.enums.findingSeverity.${finding.severity}`)}
                />
              </TableCell>
              <TableCell>
                {finding.rectifyBy}
                {finding.overdue && <Chip size="small" color="error" sx={{ ml: 1 }} label={translate('resources.inspections.overdue')} />}
              </TableCell>
              <TableCell>
                {finding.rectifiedAt ? (
                  <Box>
                    <Chip size="small" color="success" label={translate('resources.inspections.rectified')} sx={{ mr: 1 }} />
                    {finding.rectification}
                  </Box>
                ) : canRectify(record, finding, identity?.role) ? (
                  <MuiButton size="small" variant="outlined" onClick={() => setRectifying(finding)} disabled={busy}>
                    {translate('resources.inspections.workflow.rectify')}
                  </MuiButton>
                ) : (
                  <Chip size="small" variant="outlined" label={translate('resources.inspections.open')} />
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <CommentDialog
        open={rectifying !== null}
        title="resources.inspections.workflow.rectify_title"
        content="resources.inspections.workflow.rectify_content"
        label="resources.inspections.fields.rectification"
        confirmLabel="resources.inspections.workflow.rectify"
        required
        busy={busy}
        onConfirm={async (note) => {
          if (!rectifying) return;
          const done = await run(inspectionWorkflow.rectify(record, rectifying.id, note), {
            success: 'resources.inspections.workflow.rectified',
            forget: ['inspections'],
          });
          if (done) setRectifying(null);
        }}
        onClose={() => setRectifying(null)}
      />
    </>
  );
}

function Inspectors() {
  const record = useRecordContext<InspectionFieldsFragment>();
  const translate = useTranslate();
  return <span>{record?.inspectors.join(translate('app.list_separator'))}</span>;
}

function SchoolLink() {
  const record = useRecordContext<InspectionFieldsFragment>();
  if (!record) return null;
  return <Link to={`/compliance?schoolId=${record.schoolId}&termId=${record.termId}`}>{record.school?.name}</Link>;
}

/** 督查详情: what was found, the school's rectifications, closing, and the audit trail. */
export function InspectionShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <CloseButton />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <Labeled label="resources.inspections.fields.schoolId">
          <SchoolLink />
        </Labeled>
        <LocalDateField source="date" />
        <Labeled label="resources.inspections.fields.inspectors">
          <Inspectors />
        </Labeled>
        <TextField source="score" />
        <EnumChipField source="status" group="inspectionStatus" />
        <TextField source="summary" emptyText="app.none" />
        <Labeled label="resources.inspections.fields.findings" fullWidth>
          <Findings />
        </Labeled>
        <LocalDateTimeField source="closedAt" />
        <InspectionAudit />
      </SimpleShowLayout>
    </Show>
  );
}

function InspectionAudit() {
  const record = useRecordContext<InspectionFieldsFragment>();
  return record ? <AuditTimeline entityId={record.id} /> : null;
}
