import { useEffect, useState } from 'react';
import { useMessages } from './i18n';
import { cognitoAccounts, e164, localParentSignIn, localTeachers, localTeacherSignIn, type DemoTeacher, type PhoneConfig, type PhoneSession } from './session';
import { KehouError } from '@kehou/client';
import { Button, errorText, Field, Notice } from './ui';

/** Deployed with OpenID Connect: one button to the sign-in page (passwords and MFA happen there). */
function OidcSignIn({ config, audience, error }: { config: PhoneConfig; audience: 'parent' | 'teacher'; error?: string }) {
  const { t } = useMessages();
  const [failure, setFailure] = useState(error ?? '');
  const [busy, setBusy] = useState(false);
  const go = () => {
    setBusy(true);
    import('./oidcSignIn')
      .then((m) => m.startOidcSignIn(config, audience))
      .catch((reason: unknown) => {
        setBusy(false);
        setFailure(reason instanceof Error ? reason.message : String(reason));
      });
  };
  return (
    <section className="ph-card">
      <h2>{t('sign_in.title')}</h2>
      <p className="ph-hint">{t('sign_in.oidc_hint')}</p>
      {failure && <Notice kind="error">{t('sign_in.oidc_failed', { message: failure })}</Notice>}
      <Button onClick={go} disabled={busy}>
        {t('sign_in.oidc_submit')}
      </Button>
    </section>
  );
}

/**
 * A parent signs in with their mobile number. Locally the number alone does (the first sign-in creates the
 * guardian); deployed, the parents' Cognito pool: sign up with number, name and password, confirm the SMS code, sign in.
 */
export function ParentSignIn({
  config,
  onSignedIn,
  error: callbackError,
}: {
  config: PhoneConfig;
  onSignedIn: (session: PhoneSession) => void;
  error?: string;
}) {
  const { t } = useMessages();
  const [phone, setPhone] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [step, setStep] = useState<'signIn' | 'signUp' | 'confirm'>('signIn');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const attempt = (work: () => Promise<void>) => async () => {
    setBusy(true);
    setError('');
    try {
      await work();
    } catch (failure) {
      // The API's refusals in our words; Cognito's own (deployed sign-up) as it words them.
      setError(failure instanceof KehouError ? errorText(t, failure) : failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };
  if (config.mode === 'unsupported') return <Notice kind="error">{t('sign_in.unsupported')}</Notice>;
  if (config.mode === 'oidc') return <OidcSignIn config={config} audience="parent" error={callbackError} />;
  const cognito = config.cognito ? cognitoAccounts(config.cognito.region, config.cognito.clientId) : undefined;
  const signIn = attempt(async () => {
    if (!cognito) return onSignedIn(await localParentSignIn(phone.trim(), name.trim() || undefined));
    onSignedIn({ token: await cognito.signIn(e164(phone), password), name: name || phone });
  });
  return (
    <section className="ph-card">
      <h2>{t('sign_in.title')}</h2>
      {!cognito && <p className="ph-hint">{t('sign_in.local_hint')}</p>}
      <Field label={t('sign_in.phone')}>
        <input className="ph-input" type="tel" inputMode="tel" autoComplete="tel" value={phone} onChange={(event) => setPhone(event.target.value)} />
      </Field>
      {(!cognito || step === 'signUp') && (
        <Field label={t('sign_in.name')}>
          <input className="ph-input" autoComplete="name" value={name} onChange={(event) => setName(event.target.value)} />
        </Field>
      )}
      {cognito && step !== 'confirm' && (
        <Field label={t('sign_in.password')}>
          <input
            className="ph-input"
            type="password"
            autoComplete={step === 'signUp' ? 'new-password' : 'current-password'}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </Field>
      )}
      {cognito && step === 'confirm' && (
        <Field label={t('sign_in.code')}>
          <input className="ph-input" inputMode="numeric" autoComplete="one-time-code" value={code} onChange={(event) => setCode(event.target.value)} />
        </Field>
      )}
      {error && <Notice kind="error">{error}</Notice>}
      {step === 'signIn' && (
        <Button onClick={signIn} disabled={busy || !phone}>
          {t('sign_in.submit')}
        </Button>
      )}
      {cognito && step === 'signUp' && (
        <Button
          onClick={attempt(async () => {
            await cognito.signUp(phone, password, name);
            setStep('confirm');
          })}
          disabled={busy}
        >
          {t('sign_in.sign_up_submit')}
        </Button>
      )}
      {cognito && step === 'confirm' && (
        <Button
          onClick={attempt(async () => {
            await cognito.confirm(phone, code);
            onSignedIn({ token: await cognito.signIn(e164(phone), password), name });
          })}
          disabled={busy}
        >
          {t('sign_in.confirm_submit')}
        </Button>
      )}
      {cognito && (
        <Button kind="secondary" onClick={() => setStep(step === 'signIn' ? 'signUp' : 'signIn')}>
          {t(step === 'signIn' ? 'sign_in.sign_up' : 'sign_in.have_account')}
        </Button>
      )}
    </section>
  );
}

/** A teacher signs in with their staff account (deployed: OpenID Connect, as the console), locally as a demo class teacher. */
export function TeacherSignIn({
  config,
  onSignedIn,
  error: callbackError,
}: {
  config: PhoneConfig;
  onSignedIn: (session: PhoneSession) => void;
  error?: string;
}) {
  const { t } = useMessages();
  const [teachers, setTeachers] = useState<DemoTeacher[]>([]);
  const [error, setError] = useState('');
  useEffect(() => {
    if (config.mode === 'local') localTeachers().then(setTeachers, (failure: Error) => setError(failure.message));
  }, [config.mode]);
  if (config.mode === 'unsupported') return <Notice kind="error">{t('sign_in.unsupported')}</Notice>;
  const fail = (failure: unknown) =>
    setError(failure instanceof KehouError ? errorText(t, failure) : failure instanceof Error ? failure.message : String(failure));
  if (config.mode === 'local') {
    return (
      <section className="ph-card">
        <h2>{t('sign_in.pick_teacher')}</h2>
        {teachers.map((teacher) => (
          <Button key={teacher.username} kind="secondary" onClick={() => localTeacherSignIn(teacher.username).then(onSignedIn, fail)}>
            {teacher.displayName}
          </Button>
        ))}
        {error && <Notice kind="error">{error}</Notice>}
      </section>
    );
  }
  if (config.mode === 'oidc') return <OidcSignIn config={config} audience="teacher" error={callbackError} />;
  return <Notice kind="error">{t('sign_in.unsupported')}</Notice>;
}
