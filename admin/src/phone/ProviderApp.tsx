import { useEffect, useMemo, useState } from 'react';
import { providerApi, type PhoneClient } from './api';
import { CareTeacher } from './CareTeacher';
import { useMessages } from './i18n';
import { errorText, Notice } from './ui';

/**
 * 机构老师: a provider user on the teachers' page takes roll call for the sessions its provider runs, at every school
 * where it runs them — the teacher's roll-call section and offline queue as they are. Nothing else of the school's day:
 * no release by pickup code, pickup list, handover or care log (a provider reads children by given name and class
 * only, and the school's staff keep the gate). `user` names the phone's offline queue: the user's own (`sub`), so a
 * colleague signing in on the same phone never sends their marks.
 */
export function ProviderApp({ client, providerId, user }: { client: PhoneClient; providerId: string; user: string }) {
  const { t } = useMessages();
  const api = useMemo(() => providerApi(client), [client]);
  const [name, setName] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.provider(providerId).then(
      (provider) => setName(provider?.name ?? ''),
      (failure: unknown) => setError(errorText(t, failure)),
    );
  }, [api, providerId, t]);
  return (
    <>
      <h2 className="ph-title">{name === null ? t('provider.greeting_plain') : t('provider.greeting', { name })}</h2>
      {error && <Notice kind="error">{error}</Notice>}
      <p className="ph-hint">{t('provider.hint')}</p>
      <CareTeacher client={client} user={user} release={false} atSchools />
    </>
  );
}
