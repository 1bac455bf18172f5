import { useCallback, useEffect, useMemo, useState } from 'react';
import { parentCareApi, type Child, type PhoneClient } from './api';
import { notificationText } from '../care/notificationText';
import { useMessages } from './i18n';
import { chinaDate, chinaDateTime } from './time';
import { Button, errorText, Field, Notice } from './ui';

type Api = ReturnType<typeof parentCareApi>;

/** 通知: the family's notifications (absence alerts, releases, leave), newest first. */
export function Notifications({ client }: { client: PhoneClient }) {
  const { t } = useMessages();
  const api = useMemo(() => parentCareApi(client), [client]);
  const [items, setItems] = useState<Awaited<ReturnType<Api['notifications']>> | null>(null);
  useEffect(() => {
    api.notifications().then(setItems, () => setItems([]));
  }, [api]);
  return (
    <section aria-label={t('care.notifications')}>
      <h3>{t('care.notifications')}</h3>
      {items?.length === 0 && <p className="ph-hint">{t('care.no_notifications')}</p>}
      {(items ?? []).map((item) => {
        const { title, body } = notificationText(t, 'care.notification_text.', item);
        return (
          <article key={item.id} className={`ph-card ph-note--${item.kind}`}>
            <strong>{title}</strong>
            <p>{body}</p>
            <p className="ph-hint">{chinaDateTime(item.createdAt)}</p>
          </article>
        );
      })}
    </section>
  );
}

/** 请假 and 接送人 for one child: the leave form and list; the pickup persons with their personal codes. */
export function ChildCare({ client, child }: { client: PhoneClient; child: Pick<Child, 'id' | 'name'> }) {
  const { t } = useMessages();
  const api = useMemo(() => parentCareApi(client), [client]);
  const [leaves, setLeaves] = useState<Awaited<ReturnType<Api['leaves']>>>([]);
  const [pickups, setPickups] = useState<Awaited<ReturnType<Api['pickups']>>>([]);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const today = chinaDate();
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const [reason, setReason] = useState('');
  const [name, setName] = useState('');
  const [relation, setRelation] = useState('');
  const load = useCallback(async () => {
    const [l, p] = await Promise.all([api.leaves(child.id), api.pickups(child.id)]);
    setLeaves(l);
    setPickups(p);
  }, [api, child.id]);
  useEffect(() => {
    load().catch(() => undefined);
  }, [load]);
  const run = (work: Promise<unknown>, text: string) =>
    work.then(
      async () => {
        setNotice({ kind: 'success', text });
        await load();
      },
      (error: unknown) => setNotice({ kind: 'error', text: errorText(t, error) }),
    );
  return (
    <details className="ph-care" aria-label={t('care.child_care', { name: child.name })}>
      <summary>{t('care.child_care', { name: child.name })}</summary>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      <h4>{t('care.leave')}</h4>
      {leaves.map((leave) => (
        <p key={leave.id} className="ph-hint">
          {leave.from}
          {leave.to !== leave.from ? ` – ${leave.to}` : ''} · {leave.reason} · {t(`care.leave_status.${leave.status}`)}
        </p>
      ))}
      <div className="ph-row">
        <Field label={t('care.from')}>
          <input className="ph-input" type="date" value={from} min={today} onChange={(event) => setFrom(event.target.value)} />
        </Field>
        <Field label={t('care.to')}>
          <input className="ph-input" type="date" value={to} min={from} onChange={(event) => setTo(event.target.value)} />
        </Field>
      </div>
      <Field label={t('care.reason')}>
        <input className="ph-input" value={reason} maxLength={200} onChange={(event) => setReason(event.target.value)} />
      </Field>
      <Button
        disabled={!reason.trim()}
        onClick={() =>
          run(
            api.requestLeave(child.id, from, to, reason.trim()).then(() => setReason('')),
            t('care.leave_sent'),
          )
        }
      >
        {t('care.leave_submit')}
      </Button>
      <h4>{t('care.pickups')}</h4>
      <p className="ph-hint">{t('care.pickups_hint')}</p>
      {pickups.map((pickup) => (
        <div key={pickup.id} className="ph-pickup">
          <span>{t('note', { text: pickup.name, note: pickup.relation })}</span>
          <code className="ph-code" title={t('care.code_of', { name: pickup.name })}>
            {pickup.code}
          </code>
          <Button kind="danger" onClick={() => run(api.removePickup(pickup.id), t('care.pickup_removed'))}>
            {t('care.remove')}
          </Button>
        </div>
      ))}
      <div className="ph-row">
        <Field label={t('care.pickup_name')}>
          <input className="ph-input" value={name} maxLength={40} onChange={(event) => setName(event.target.value)} />
        </Field>
        <Field label={t('care.relation')}>
          <input className="ph-input" value={relation} maxLength={20} onChange={(event) => setRelation(event.target.value)} />
        </Field>
      </div>
      <Button
        kind="secondary"
        disabled={!name.trim() || !relation.trim()}
        onClick={() =>
          run(
            api.addPickup(child.id, name.trim(), relation.trim()).then(() => {
              setName('');
              setRelation('');
            }),
            t('care.pickup_added'),
          )
        }
      >
        {t('care.add_pickup')}
      </Button>
    </details>
  );
}
