import { Chip, List, ListItem, ListItemText, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useIsPhone } from '../common/ResponsiveRows';
import type { ComplianceReportQuery } from '../generated/graphql';
import { ruleExplanation, seedName } from './complianceText';

type Rule = ComplianceReportQuery['complianceReport']['rules'][number];

const statusColor = { PASSED: 'success', FAILED: 'error', NOT_APPLICABLE: 'default', NOT_CHECKED: 'default' } as const;

function RuleResult({ rule }: { rule: Rule }) {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={statusColor[rule.status]}
      variant={rule.status === 'FAILED' || rule.status === 'PASSED' ? 'filled' : 'outlined'}
      label={
        rule.status === 'FAILED' ? translate('app.complianceRules.failed', { smart_count: rule.issueCount }) : translate(`app.overview.status.${rule.status}`)
      }
    />
  );
}

/** Every rule of the report: its seed plan part, what it asks (worded from its code; else the API's explanation), and how it came out. */
export function RulesTable({ rules }: { rules: Rule[] }) {
  const translate = useTranslate();
  // A phone lists the rules one under another: four columns leave the explanation one character wide at 360 px.
  if (useIsPhone()) {
    return (
      <List dense disablePadding aria-label={translate('app.complianceRules.title')}>
        {rules.map((rule) => (
          <ListItem key={rule.code} divider disableGutters data-testid={`rule-${rule.code}`}>
            <ListItemText
              primary={
                <Stack component="span" direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                  <span>{translate(`app.enums.complianceIssueKind.${rule.code}`)}</span>
                  <RuleResult rule={rule} />
                </Stack>
              }
              secondary={`${seedName(translate, rule.seed)} · ${ruleExplanation(translate, rule)}`}
            />
          </ListItem>
        ))}
      </List>
    );
  }
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
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{seedName(translate, rule.seed)}</TableCell>
            <TableCell>
              <Typography variant="body2">{ruleExplanation(translate, rule)}</Typography>
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              <RuleResult rule={rule} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
