import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Alert, Box, Link as MuiLink, Stack, Typography } from '@mui/material';
import { Button, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { SurveyFieldsFragment } from '../generated/graphql';
import { publicSurveyLink } from '../publicSurvey/route';

const hintByStatus = {
  DRAFT: 'resources.surveys.link.draft_hint',
  OPEN: 'resources.surveys.link.open_hint',
  CLOSED: 'resources.surveys.link.closed_hint',
} as const;

/** 家长填写入口: the access code and the public link on this console's origin, with a copy button. */
export function PublicLinkPanel() {
  const record = useRecordContext<SurveyFieldsFragment>();
  const translate = useTranslate();
  const notify = useNotify();
  if (!record) return null;
  const link = publicSurveyLink(record.accessCode);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      notify('resources.surveys.link.copied', { type: 'info' });
    } catch {
      notify('resources.surveys.link.copy_failed', { type: 'warning' });
    }
  };
  return (
    <Box component="section" aria-labelledby="survey-link-title" sx={{ my: 2 }}>
      <Typography id="survey-link-title" variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
        {translate('resources.surveys.link.title')}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' }, my: 1 }}>
        <Typography variant="body2">
          {translate('resources.surveys.fields.accessCode')}
          {translate('app.format.colon')}
          <code data-testid="access-code">{record.accessCode}</code>
        </Typography>
        <MuiLink href={link} target="_blank" rel="noopener" sx={{ wordBreak: 'break-all' }}>
          {link}
        </MuiLink>
        <Button label="resources.surveys.link.copy" onClick={copy}>
          <ContentCopyIcon />
        </Button>
      </Stack>
      <Alert severity={record.status === 'OPEN' ? 'success' : 'info'}>{translate(hintByStatus[record.status])}</Alert>
    </Box>
  );
}
