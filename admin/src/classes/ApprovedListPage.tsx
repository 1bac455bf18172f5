import PrintIcon from '@mui/icons-material/Print';
import { Button, Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { AutocompleteInput, Form, ReferenceInput, Title, useDataProvider, useGetOne, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { useTermLabel } from '../common/SchoolTermPicker';
import type { AppDataProvider } from '../dataProvider';
import type { ApprovedListQuery } from '../generated/graphql';
import { approvedListPage } from './classApi';

type Row = ApprovedListQuery['enrolmentApplications']['nodes'][number];

/**
 * `/schoolClasses/:id/approved`: the class's approved applicants for a term, for posting on the class notice board
 * (公示). Names are masked by the API (张*明): a posted list never carries a child's full name.
 */
export default function ApprovedListPage() {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const termLabel = useTermLabel();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data: schoolClass } = useGetOne('schoolClasses', { id });
  const [termId, setTermId] = useState('');
  const [rows, setRows] = useState<Row[]>([]);
  useEffect(() => {
    if (!termId) return;
    let cancelled = false;
    (async () => {
      const all: Row[] = [];
      let after: string | null = null;
      do {
        const { data }: { data: ApprovedListQuery['enrolmentApplications'] } = await dataProvider.execute(approvedListPage(id, termId, after));
        all.push(...data.nodes);
        after = data.pageInfo.hasNextPage ? (data.pageInfo.endCursor ?? null) : null;
      } while (after);
      if (!cancelled) setRows(all.sort((a, b) => (a.student?.maskedName ?? '').localeCompare(b.student?.maskedName ?? '', 'zh-CN')));
    })();
    return () => {
      cancelled = true;
    };
  }, [dataProvider, id, termId]);
  const title = translate('app.people.approved.title', { className: schoolClass?.name ?? '' });
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={title} />
      <CardContent>
        {schoolClass && (
          <Form defaultValues={{ termId }}>
            <Stack direction="row" spacing={2} className="no-print">
              <ReferenceInput source="termId" reference="terms" filter={{ schoolId: schoolClass.schoolId }}>
                <AutocompleteInput
                  optionText={termLabel}
                  label="app.picker.term"
                  sx={{ minWidth: 320 }}
                  helperText={false}
                  onChange={(value: string) => setTermId(value ?? '')}
                />
              </ReferenceInput>
              <Button startIcon={<PrintIcon />} onClick={() => window.print()} disabled={!termId}>
                {translate('app.people.approved.print')}
              </Button>
            </Stack>
          </Form>
        )}
        <Typography variant="h5" component="h1" sx={{ mt: 2 }}>
          {title}
        </Typography>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate('app.people.approved.intro')}
        </Typography>
        <Table size="small" aria-label={title}>
          <TableHead>
            <TableRow>
              <TableCell>#</TableCell>
              <TableCell>{translate('resources.students.fields.name')}</TableCell>
              <TableCell>{translate('app.people.approved.pickup')}</TableCell>
              <TableCell>{translate('app.people.approved.late_care')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row, index) => (
              <TableRow key={row.id}>
                <TableCell>{index + 1}</TableCell>
                <TableCell>{row.student?.maskedName}</TableCell>
                <TableCell>{row.pickupSlot}</TableCell>
                <TableCell>{row.lateCare ? '✓' : ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Typography variant="body2" sx={{ mt: 1 }}>
          {translate('app.people.approved.total', { count: rows.length })}
        </Typography>
      </CardContent>
    </Card>
  );
}
