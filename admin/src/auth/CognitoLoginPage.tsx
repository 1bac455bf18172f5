import { Alert, Box, Button, Card, CardContent, Link, Stack, TextField, Typography } from '@mui/material';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { LocalesMenuButton, useLogin, useTranslate } from 'react-admin';
import { CognitoError, createCognitoClient, type CognitoClient } from './cognitoClient';
import { ChallengeRequired, type CognitoLoginParams } from './cognitoAuthProvider';

type Mode =
  | { kind: 'signIn' }
  | { kind: 'newPassword'; session: string; username: string }
  | { kind: 'mfa'; session: string; username: string }
  | { kind: 'forgot' }
  | { kind: 'forgotConfirm'; destination: string };

type Notice = { severity: 'error' | 'info' | 'success'; key: string; args?: Record<string, unknown> };

const noticeOf = (error: unknown): Notice =>
  error instanceof CognitoError
    ? { severity: 'error', key: error.message, args: { detail: error.detail } }
    : { severity: 'error', key: 'app.signIn.errors.unknown', args: { detail: error instanceof Error ? error.message : String(error) } };

/**
 * Deployed sign-in (Cognito): e-mail and password, then whatever Cognito asks for (a new password on
 * first sign-in, an authenticator code), plus "forgot password". The language switch is top right.
 */
export default function CognitoLoginPage(props: { region: string; clientId: string } | { client: CognitoClient }) {
  const region = 'region' in props ? props.region : '';
  const clientId = 'clientId' in props ? props.clientId : '';
  const given = 'client' in props ? props.client : undefined;
  // For "forgot password"; signing in goes through the auth provider (useLogin).
  const client = useMemo(() => given ?? createCognitoClient({ region, clientId }), [given, region, clientId]);
  const translate = useTranslate();
  const login = useLogin();
  const [mode, setMode] = useState<Mode>({ kind: 'signIn' });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [code, setCode] = useState('');

  const switchTo = (next: Mode, nextNotice: Notice | null = null) => {
    setMode(next);
    setNotice(nextNotice);
    setCode('');
    setNewPassword('');
    setRepeat('');
  };

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setNotice(null);
    try {
      await work();
    } catch (error) {
      if (error instanceof ChallengeRequired) {
        switchTo({ kind: error.challenge === 'NEW_PASSWORD_REQUIRED' ? 'newPassword' : 'mfa', session: error.session, username: error.username });
      } else {
        // An expired challenge session cannot be answered any more: start again from the password.
        if (error instanceof CognitoError && error.reason === 'session_expired') setMode({ kind: 'signIn' });
        setNotice(noticeOf(error));
      }
    } finally {
      setBusy(false);
    }
  };

  const passwordsDiffer = newPassword !== '' && repeat !== '' && newPassword !== repeat;
  const signIn = (params: CognitoLoginParams) => run(() => login(params));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mode.kind === 'signIn') void signIn({ username, password });
    if (mode.kind === 'newPassword' && !passwordsDiffer) {
      void signIn({ challenge: 'NEW_PASSWORD_REQUIRED', session: mode.session, username: mode.username, email: username, newPassword });
    }
    if (mode.kind === 'mfa') {
      void signIn({ challenge: 'SOFTWARE_TOKEN_MFA', session: mode.session, username: mode.username, email: username, code: code.trim() });
    }
    if (mode.kind === 'forgot') {
      void run(async () => switchTo({ kind: 'forgotConfirm', ...(await client.forgotPassword(username.trim())) }));
    }
    if (mode.kind === 'forgotConfirm' && !passwordsDiffer) {
      void run(async () => {
        await client.confirmForgotPassword(username.trim(), code.trim(), newPassword);
        setPassword('');
        switchTo({ kind: 'signIn' }, { severity: 'success', key: 'app.signIn.reset_done' });
      });
    }
  };

  const field = (label: string, value: string, set: (v: string) => void, props: Record<string, unknown> = {}): ReactNode => (
    <TextField label={translate(label)} value={value} onChange={(e) => set(e.target.value)} required fullWidth {...props} />
  );
  const newPasswordFields = (
    <>
      {field('app.signIn.new_password', newPassword, setNewPassword, { type: 'password', autoComplete: 'new-password', helperText: translate('app.signIn.password_hint') })}
      {field('app.signIn.confirm_password', repeat, setRepeat, {
        type: 'password', autoComplete: 'new-password', error: passwordsDiffer, helperText: passwordsDiffer ? translate('app.signIn.mismatch') : ' ',
      })}
    </>
  );
  const codeField = field('app.signIn.code', code, setCode, { autoComplete: 'one-time-code', inputProps: { inputMode: 'numeric' } });

  const titles: Record<Mode['kind'], [string, string, string]> = {
    signIn: ['app.title', 'app.signIn.intro', 'ra.auth.sign_in'],
    newPassword: ['app.signIn.new_password_title', 'app.signIn.new_password_intro', 'app.signIn.save_password'],
    mfa: ['app.signIn.mfa_title', 'app.signIn.mfa_intro', 'app.signIn.verify'],
    forgot: ['app.signIn.forgot_title', 'app.signIn.forgot_intro', 'app.signIn.send_code'],
    forgotConfirm: ['app.signIn.forgot_title', 'app.signIn.code_sent', 'app.signIn.reset'],
  };
  const [title, intro, action] = titles[mode.kind];

  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'grey.100', p: 2 }}>
      <Box sx={{ position: 'fixed', top: 8, right: 8 }}>
        <LocalesMenuButton />
      </Box>
      <Card component="form" onSubmit={submit} sx={{ width: '100%', maxWidth: 440 }} noValidate={false}>
        <CardContent>
          <Stack spacing={2}>
            <Typography variant="h5" component="h1">
              {translate(title)}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {translate(intro, { destination: mode.kind === 'forgotConfirm' ? mode.destination || username : '' })}
            </Typography>
            {notice && <Alert severity={notice.severity}>{translate(notice.key, notice.args)}</Alert>}
            {(mode.kind === 'signIn' || mode.kind === 'forgot') &&
              field('app.signIn.username', username, setUsername, { type: 'email', autoComplete: 'username', autoFocus: true })}
            {mode.kind === 'signIn' && field('app.signIn.password', password, setPassword, { type: 'password', autoComplete: 'current-password' })}
            {mode.kind === 'newPassword' && newPasswordFields}
            {mode.kind === 'mfa' && codeField}
            {mode.kind === 'forgotConfirm' && (
              <>
                {codeField}
                {newPasswordFields}
              </>
            )}
            <Button type="submit" variant="contained" fullWidth disabled={busy || passwordsDiffer}>
              {translate(action)}
            </Button>
            {mode.kind === 'signIn' ? (
              <Link component="button" type="button" variant="body2" onClick={() => switchTo({ kind: 'forgot' })}>
                {translate('app.signIn.forgot')}
              </Link>
            ) : (
              <Link component="button" type="button" variant="body2" onClick={() => switchTo({ kind: 'signIn' })}>
                {translate('app.signIn.back')}
              </Link>
            )}
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
}
