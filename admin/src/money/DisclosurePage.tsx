import CampaignIcon from '@mui/icons-material/Campaign';
import { Alert, Box, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Button, LinearProgress, Title, useCanAccess, useGetList, useLocaleState, useTranslate } from 'react-admin';
import { EmptyState } from '../common/EmptyState';
import { SchoolTermPicker, useSchoolTerm } from '../common/SchoolTermPicker';
import { useRunOperation } from '../common/useRunOperation';
import type { DisclosureListFieldsFragment } from '../generated/graphql';
import { publicDisclosureLink } from '../publicDisclosure/route';
import { moneyWorkflow } from './moneyApi';

function Disclosures({ schoolId, termId }: { schoolId: string; termId: string }) {
  const translate = useTranslate();
  // Times in the console's language (the school's time zone either way).
  const [locale] = useLocaleState();
  const { canAccess } = useCanAccess({ action: 'publish', resource: 'disclosures' });
  const { run, busy } = useRunOperation();
  const { data, isPending, error } = useGetList<DisclosureListFieldsFragment>('disclosures', { filter: { schoolId }, pagination: { page: 1, perPage: 50 } });
  const publish = () => run(moneyWorkflow.publish(schoolId, termId), { success: 'app.money.disclosures.published', forget: ['disclosures'] });
  if (isPending) return <LinearProgress />;
  if (error || !data) return <Alert severity="error">{translate('app.money.disclosures.unavailable')}</Alert>;
  const ofTerm = data.filter((node) => node.termId === termId);
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('app.money.disclosures.basis')}
      </Typography>
      {canAccess && (
        <Button label="app.money.disclosures.publish" variant="contained" disabled={busy} onClick={publish}>
          <CampaignIcon />
        </Button>
      )}
      {ofTerm.length === 0 ? (
        <EmptyState title="app.money.disclosures.empty_title" hint="app.money.disclosures.empty_hint" />
      ) : (
        <Table size="small" sx={{ mt: 2 }}>
          <TableHead>
            <TableRow>
              {['publishedAt', 'accessCode', 'enrolledCount', 'discountsGranted', 'stipendPaid', 'fundAllocated', 'fundSpent'].map((key) => (
                <TableCell key={key}>{translate(`app.money.disclosures.columns.${key}`)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {ofTerm.map((node) => (
              <TableRow key={node.id}>
                <TableCell>{new Date(node.publishedAt).toLocaleString(locale, { timeZone: 'Asia/Shanghai' })}</TableCell>
                <TableCell>
                  <a href={publicDisclosureLink(node.accessCode)} target="_blank" rel="noreferrer">
                    <code>{node.accessCode}</code>
                  </a>
                </TableCell>
                <TableCell>{node.content.enrolledCount}</TableCell>
                <TableCell>{node.content.discountsGranted}</TableCell>
                <TableCell>{node.content.stipendPaid.toFixed(2)}</TableCell>
                <TableCell>{node.content.fundAllocated.toFixed(2)}</TableCell>
                <TableCell>{node.content.fundSpent.toFixed(2)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}

/** 公示: publish an immutable snapshot of a school's term; each has a public access code. */
export default function DisclosurePage() {
  const { schoolId, termId, select, identity } = useSchoolTerm();
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="app.money.disclosures.title" />
      <CardContent>
        <Box sx={{ mb: 2 }}>
          <SchoolTermPicker schoolId={schoolId} termId={termId} onChange={select} canPickSchool={identity?.role === 'DISTRICT_ADMIN'} />
        </Box>
        {!schoolId && <EmptyState title="app.money.disclosures.title" hint="app.money.disclosures.pick_school" />}
        {schoolId && !termId && <EmptyState title="app.money.disclosures.title" hint="app.compliance.pick_term" />}
        {schoolId && termId && <Disclosures schoolId={schoolId} termId={termId} />}
      </CardContent>
    </Card>
  );
}
