import { lazy, StrictMode, Suspense, useMemo, useState } from 'react';
import type { Root } from 'react-dom/client';
import { phoneZh } from '../i18n/zh-CN/phone';
import { createPhoneClient, type PhoneClient } from './api';
import { MessagesProvider, useMessages, type PhoneMessages } from './i18n';
import { ParentApp } from './ParentApp';
import { phoneConfigOf, readPhoneSession, savePhoneSession, type Audience, type PhoneConfig, type PhoneSession } from './session';
import { ParentSignIn, TeacherSignIn } from './SignIn';
import { Frame } from './ui';
import './phone.css';

const LANG_KEY = 'kehou.phone.lang';

function PhoneApp({ audience, config, signInError }: { audience: Audience; config: PhoneConfig; signInError?: string }) {
  const { t } = useMessages();
  const [session, setSession] = useState<PhoneSession | null>(() => readPhoneSession(audience));
  const client = useMemo(() => createPhoneClient(config.graphqlUrl, () => session?.token ?? null), [config.graphqlUrl, session]);
  const signIn = (next: PhoneSession) => {
    savePhoneSession(audience, next);
    setSession(next);
  };
  const signOut = () => {
    savePhoneSession(audience, null);
    setSession(null);
  };
  const SignIn = audience === 'parent' ? ParentSignIn : TeacherSignIn;
  return (
    <Frame title={t(`app.${audience}`)} onSignOut={session ? signOut : undefined}>
      {!session && <SignIn config={config} onSignedIn={signIn} error={signInError} />}
      {session && audience === 'parent' && <ParentApp client={client} />}
      {session && audience === 'teacher' && <TeacherAppLazy client={client} />}
    </Frame>
  );
}

// The teacher's screens are their own chunk: a parent's phone never downloads them.
const TeacherApp = lazy(() => import('./TeacherApp').then((m) => ({ default: m.TeacherApp })));
function TeacherAppLazy({ client }: { client: PhoneClient }) {
  return (
    <Suspense fallback={null}>
      <TeacherApp client={client} />
    </Suspense>
  );
}

function Root({
  audience,
  config,
  initial,
  signInError,
}: {
  audience: Audience;
  config: PhoneConfig;
  initial: { lang: 'zh-CN' | 'en'; messages: PhoneMessages };
  signInError?: string;
}) {
  const [language, setLanguage] = useState(initial);
  const switchLanguage = async () => {
    const next =
      language.lang === 'en' ? { lang: 'zh-CN' as const, messages: phoneZh } : { lang: 'en' as const, messages: (await import('../i18n/en/phone')).phoneEn };
    localStorage.setItem(LANG_KEY, next.lang);
    document.documentElement.lang = next.lang;
    setLanguage(next);
  };
  return (
    <MessagesProvider messages={language.messages} lang={language.lang} switchLanguage={switchLanguage}>
      <PhoneApp audience={audience} config={config} signInError={signInError} />
    </MessagesProvider>
  );
}

/**
 * Back from the OpenID Connect provider (`/m/<audience>/auth/callback?code=…`): the code becomes the session, and the
 * address returns to the page. Returns why it failed, if it did (shown on the sign-in card).
 */
async function completeSignIn(audience: Audience, config: PhoneConfig): Promise<string | undefined> {
  if (config.mode !== 'oidc' || !window.location.pathname.endsWith('/auth/callback')) return undefined;
  try {
    const { completeOidcSignIn } = await import('./oidcSignIn');
    savePhoneSession(audience, await completeOidcSignIn(config, audience, window.location.href));
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    window.history.replaceState(null, '', `/m/${audience}`);
  }
}

/**
 * The phone pages (`/m/parent`, `/m/teacher`): their own tree — no react-admin, no Material UI — 360 px first,
 * Chinese first with an English switch (`?lang=en` or the link in the title bar).
 */
export async function renderPhone(root: Root, audience: Audience) {
  const response = await fetch('/config.json', { cache: 'no-store' });
  const config = phoneConfigOf(await response.json(), audience);
  const signInError = await completeSignIn(audience, config);
  const wanted = new URLSearchParams(window.location.search).get('lang') ?? localStorage.getItem(LANG_KEY);
  const initial =
    wanted === 'en' ? { lang: 'en' as const, messages: (await import('../i18n/en/phone')).phoneEn } : { lang: 'zh-CN' as const, messages: phoneZh };
  document.documentElement.lang = initial.lang;
  document.title = initial.messages.app[audience];
  root.render(
    <StrictMode>
      <Root audience={audience} config={config} initial={initial} signInError={signInError} />
    </StrictMode>,
  );
}
