import { Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ComplianceReportQuery } from '../generated/graphql';

type Rule = ComplianceReportQuery['complianceReport']['rules'][number];

const statusColor = { PASSED: 'success', FAILED: 'error', NOT_APPLICABLE: 'default', NOT_CHECKED: 'default' } as const;

/** Every rule of the report: its seed plan part, what it asks (the API's Chinese explanation), and how it came out. */
export function RulesTable({ rules }: { rules: Rule[] }) {
  const translate = useTranslate();
  return (
    <Table size="small" sx={{ mt: 1 }} aria-label={translate('app.complianceRules.title')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.complianceRules.rule')}</TableCell>
          <TableCell>{translate('app.complianceRules.seed')}</TableCell>
          <TableCell>{translate('app.complianceRules.explanation')}</TableCell>
          <TableCell>{translate('app.complianceRules.result')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rules.map((rule) => (
          <TableRow key={rule.code} data-testid={`rule-${rule.code}`}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate(`app.enums.complianceIssueKind.${rule.code}`)}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{rule.seed}</TableCell>
            <TableCell>
              <Typography variant="body2">{rule.explanation}</Typography>
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              <Chip
                size="small"
                color={statusColor[rule.status]}
                variant={rule.status === 'FAILED' || rule.status === 'PASSED' ? 'filled' : 'outlined'}
                label={
                  rule.status === 'FAILED'
                    ? translate('app.complianceRules.failed', { count: rule.issueCount })
                    : translate(`app.overview.status.${rule.status}`)
                }
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
