import { Alert, Box, Button, Card, CardContent, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { LocalesMenuButton, useLogin, useTranslate } from 'react-admin';
import { takeSignInNotice, type SignInNotice } from './signInNotice';

const noticeText = (notice: SignInNotice, translate: ReturnType<typeof useTranslate>) => {
  switch (notice.kind) {
    case 'no_role':
      return { severity: 'error' as const, text: translate('app.signIn.no_role') };
    case 'failed':
      return { severity: 'error' as const, text: translate('app.signIn.failed', { detail: notice.detail }) };
    case 'signed_out':
      return { severity: 'info' as const, text: translate('app.signIn.signed_out') };
  }
};

/**
 * Deployed sign-in: one button to the district's sign-in page (Cognito managed login or its own OpenID
 * Connect provider). Passwords, MFA and password resets all happen there, never in the console.
 */
export default function OidcLoginPage() {
  const translate = useTranslate();
  const login = useLogin();
  // Read once: why the last attempt came back here (refused, failed, signed out).
  const [notice] = useState(takeSignInNotice);
  const [state, setState] = useState<'idle' | 'redirecting' | 'unreachable'>('idle');
  const shown = notice ? noticeText(notice, translate) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setState('redirecting');
    try {
      await login({});
    } catch {
      // The provider's discovery document could not be read (offline, wrong issuer).
      setState('unreachable');
    }
  };

  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'grey.100', p: 2 }}>
      <Box sx={{ position: 'fixed', top: 8, right: 8 }}>
        <LocalesMenuButton />
      </Box>
      <Card component="form" onSubmit={submit} sx={{ width: '100%', maxWidth: 440 }}>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            {translate('app.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('app.signIn.intro')}
          </Typography>
          {shown && (
            <Alert severity={shown.severity} sx={{ mb: 2 }}>
              {shown.text}
            </Alert>
          )}
          {state === 'unreachable' && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {translate('app.signIn.unreachable')}
            </Alert>
          )}
          <Button type="submit" variant="contained" fullWidth disabled={state === 'redirecting'}>
            {translate(state === 'redirecting' ? 'app.signIn.redirecting' : 'app.signIn.sign_in')}
          </Button>
        </CardContent>
      </Card>
    </Box>
  );
}
