import { Alert, Box, Button, Card, CardContent, CircularProgress, FormControlLabel, Radio, RadioGroup, Typography } from '@mui/material';
import { useEffect, useState, type FormEvent } from 'react';
import { LocalesMenuButton, useLogin, useNotify, useTranslate } from 'react-admin';
import { fetchDevUsers } from './localAuthProvider';
import type { DevUser } from './session';

type UsersState = { status: 'loading' } | { status: 'error' } | { status: 'ready'; users: DevUser[] };

/** Local-mode sign-in: pick one of the local server's demo users; no password. */
export function LocalLoginPage() {
  const translate = useTranslate();
  const login = useLogin();
  const notify = useNotify();
  const [users, setUsers] = useState<UsersState>({ status: 'loading' });
  const [username, setUsername] = useState('');
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    let active = true;
    fetchDevUsers()
      .then((list) => {
        if (!active) return;
        setUsers({ status: 'ready', users: list });
        setUsername((current) => current || list[0]?.username || '');
      })
      .catch(() => active && setUsers({ status: 'error' }));
    return () => {
      active = false;
    };
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username) return;
    setSubmitting(true);
    try {
      await login({ username });
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.auth.sign_in_error', { type: 'error' });
      setSubmitting(false);
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
            {translate('app.auth.local_intro')}
          </Typography>
          {users.status === 'loading' && <CircularProgress size={24} aria-label={translate('ra.page.loading')} />}
          {users.status === 'error' && <Alert severity="error">{translate('app.auth.users_unavailable')}</Alert>}
          {users.status === 'ready' && users.users.length === 0 && <Alert severity="info">{translate('app.auth.no_users')}</Alert>}
          {users.status === 'ready' && users.users.length > 0 && (
            <RadioGroup aria-label={translate('app.auth.choose_user')} value={username} onChange={(event) => setUsername(event.target.value)}>
              {users.users.map((user) => (
                <FormControlLabel
                  key={user.username}
                  value={user.username}
                  control={<Radio />}
                  label={
                    <span>
                      {user.displayName}
                      <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
                        {translate(`app.roles.${user.role}`)} · {user.username}
                      </Typography>
                    </span>
                  }
                />
              ))}
            </RadioGroup>
          )}
          <Button type="submit" variant="contained" fullWidth sx={{ mt: 2 }} disabled={!username || submitting || users.status !== 'ready'}>
            {translate('ra.auth.sign_in')}
          </Button>
        </CardContent>
      </Card>
    </Box>
  );
}
