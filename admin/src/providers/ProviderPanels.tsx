import { Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, ReferenceField, TextField, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDate } from '../common/dates';
import { DocumentLink } from '../documents/DocumentLink';
import type { ProviderFieldsFragment } from '../generated/graphql';

/** Qualifications (资质) with a badge for today's validity and the scan when there is one. */
export function QualificationsPanel() {
  const record = useRecordContext<ProviderFieldsFragment>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  if (record.qualifications.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('resources.providers.qualifications.empty')}
      </Typography>
    );
  }
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.providers.fields.certificateType')}</TableCell>
          <TableCell>{translate('resources.providers.fields.number')}</TableCell>
          <TableCell>{translate('resources.providers.fields.issuer')}</TableCell>
          <TableCell>{translate('resources.providers.fields.validity')}</TableCell>
          <TableCell>{translate('resources.providers.fields.validToday')}</TableCell>
          <TableCell>{translate('resources.providers.fields.documentId')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {record.qualifications.map((q) => (
          <TableRow key={q.id}>
            <TableCell>{q.certificateType}</TableCell>
            <TableCell>{q.number}</TableCell>
            <TableCell>{q.issuer}</TableCell>
            <TableCell>{`${formatDate(q.validFrom, locale)} – ${formatDate(q.validTo, locale)}`}</TableCell>
            <TableCell>
              <Chip
                size="small"
                color={q.validToday ? 'success' : 'error'}
                label={translate(q.validToday ? 'resources.providers.qualifications.valid' : 'resources.providers.qualifications.invalid')}
              />
            </TableCell>
            <TableCell>{q.documentId ? <DocumentLink documentId={q.documentId} /> : translate('app.none')}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Staff (人员) with their certificates. */
export function StaffPanel() {
  const record = useRecordContext<ProviderFieldsFragment>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.staff.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('resources.providers.staff.empty')}
      </Typography>
    );
  }
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.providers.fields.staffName')}</TableCell>
          <TableCell>{translate('resources.providers.fields.staffRole')}</TableCell>
          <TableCell>{translate('resources.providers.fields.certificates')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {record.staff.map((person) => (
          <TableRow key={person.name}>
            <TableCell>{person.name}</TableCell>
            <TableCell>{person.role ?? translate('app.none')}</TableCell>
            <TableCell>
              <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                {person.certificates.length === 0 && translate('app.none')}
                {person.certificates.map((c) => (
                  <Chip key={c.number} size="small" variant="outlined" label={`${c.certificateType} ${c.number}${c.validTo ? ` · ${c.validTo}` : ''}`} />
                ))}
              </Stack>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Evaluation standing: district-wide and per school (maintained by the API on every evaluation). */
export function StandingPanel() {
  const record = useRecordContext<ProviderFieldsFragment>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const { standing } = record;
  const score = (value: number | null | undefined, digits = 0) => (value == null ? translate('app.none') : value.toFixed(digits));
  return (
    <Stack spacing={1} sx={{ width: '100%' }}>
      <Typography variant="body2">
        {translate('resources.providers.standing.district', {
          latest: score(standing.latestScore),
          date: standing.latestEvaluationDate ? formatDate(standing.latestEvaluationDate, locale) : translate('app.none'),
          average: score(standing.averageScore, 1),
          count: standing.evaluationCount,
        })}
      </Typography>
      {standing.bySchool.length > 0 && (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.providers.standing.school')}</TableCell>
              <TableCell>{translate('resources.providers.standing.latest')}</TableCell>
              <TableCell>{translate('resources.providers.standing.average')}</TableCell>
              <TableCell>{translate('resources.providers.standing.count')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {standing.bySchool.map((row) => (
              <TableRow key={row.schoolId}>
                <TableCell>
                  {/* The API does not resolve `school` here yet; the reference finds the name meanwhile. */}
                  {row.school?.name ?? (
                    <ReferenceField record={row} source="schoolId" reference="schools" link={false}>
                      <TextField source="name" />
                    </ReferenceField>
                  )}
                </TableCell>
                <TableCell>{score(row.latestScore)}</TableCell>
                <TableCell>{score(row.averageScore, 1)}</TableCell>
                <TableCell>{row.evaluationCount}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Link to={`/evaluations?filter=${encodeURIComponent(JSON.stringify({ providerId: record.id }))}`}>
        {translate('resources.providers.standing.all_evaluations')}
      </Link>
    </Stack>
  );
}
