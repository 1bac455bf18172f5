import type { OptOutReason } from '@kehou/client';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Weekday } from '../generated/graphql';
import { parentApi, type Child, type ChildApplication, type ChildBill, type ParentHome, type PhoneClient } from './api';
import { ApplyForm } from './ApplyForm';
import { ChildCare, Notifications } from './CareParent';
import { optOutReasonValues } from '../generated/enumValues';
import { latest, live, pickupTimes } from './children';
import { useMessages } from './i18n';
import { Button, errorText, Field, Notice } from './ui';

type Screen = { kind: 'home' } | { kind: 'link' } | { kind: 'apply'; child: Child } | { kind: 'withdraw'; child: Child; application: ChildApplication };

/** 家长端: the linked children and their applications; link a child, apply, change the pickup time, withdraw. */
export function ParentApp({ client }: { client: PhoneClient }) {
  const { t } = useMessages();
  const api = useMemo(() => parentApi(client), [client]);
  const [home, setHome] = useState<ParentHome | null>(null);
  const [screen, setScreen] = useState<Screen>({ kind: 'home' });
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const load = useCallback(() => api.home().then(setHome, (error: unknown) => setNotice({ kind: 'error', text: errorText(t, error) })), [api, t]);
  useEffect(() => {
    load();
  }, [load]);
  const done = (text: string) => {
    setNotice({ kind: 'success', text });
    setScreen({ kind: 'home' });
    load();
  };
  const failed = (error: unknown) => setNotice({ kind: 'error', text: errorText(t, error) });

  if (screen.kind === 'link')
    return <LinkChild onBack={() => setScreen({ kind: 'home' })} onLinked={(name) => done(t('parent.linked', { name }))} link={api.linkChild} />;
  if (screen.kind === 'apply' && home) {
    return (
      <ApplyForm
        api={api}
        child={screen.child}
        policy={home.districtPolicy}
        onBack={() => setScreen({ kind: 'home' })}
        onApplied={() => done(t('apply.submitted'))}
      />
    );
  }
  if (screen.kind === 'withdraw') {
    return (
      <Withdraw
        child={screen.child}
        onBack={() => setScreen({ kind: 'home' })}
        onConfirm={(reason, optOut) => api.withdraw(screen.application.id, reason, optOut).then(() => done(t('status.WITHDRAWN')), failed)}
      />
    );
  }
  if (!home) return notice ? <Notice kind="error">{notice.text}</Notice> : <p>{t('loading')}</p>;
  const children = home.viewer?.children ?? [];
  return (
    <>
      <h2 className="ph-title">{t('parent.greeting', { name: home.viewer?.guardian?.name ?? '' })}</h2>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      <h3>{t('parent.children')}</h3>
      {children.length === 0 && <p className="ph-hint">{t('parent.no_children')}</p>}
      {children.map((child) => (
        <ChildCard
          key={child.id}
          child={child}
          bills={api.bills}
          onApply={() => setScreen({ kind: 'apply', child })}
          onWithdraw={(application) => setScreen({ kind: 'withdraw', child, application })}
          onPickup={(application, time) =>
            api.changePickupSlot(application.id, time, application.version).then(() => done(t('parent.pickup', { time })), failed)
          }
        >
          <ChildCare client={client} child={child} />
        </ChildCard>
      ))}
      <Button kind="secondary" onClick={() => setScreen({ kind: 'link' })}>
        {t('parent.link')}
      </Button>
      <Notifications client={client} />
    </>
  );
}

/** 收费账单: the child's bills, newest month first (nothing shown under a free policy: there are none). */
function ChildBills({ load, studentId }: { load: (studentId: string) => Promise<ChildBill[]>; studentId: string }) {
  const { t } = useMessages();
  const [bills, setBills] = useState<ChildBill[] | null>(null);
  useEffect(() => {
    load(studentId).then(setBills, () => setBills([]));
  }, [load, studentId]);
  if (!bills || bills.length === 0) return null;
  return (
    <section aria-label={t('parent.bills')}>
      <h5>{t('parent.bills')}</h5>
      <ul className="ph-bills">
        {bills.map((bill) => (
          <li key={bill.id}>
            {t('parent.bill', { month: bill.month, amount: bill.netAmount.toFixed(2) })}
            {bill.discount > 0 && ` · ${t('parent.bill_discount', { discount: bill.discount.toFixed(2) })}`}
            {bill.refund > 0 && ` · ${t('parent.bill_refund', { refund: bill.refund.toFixed(2) })}`}
            {' · '}
            <strong>{t(`bill_status.${bill.status}`)}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ChildCard({
  child,
  bills,
  onApply,
  onWithdraw,
  onPickup,
  children,
}: {
  child: Child;
  bills: (studentId: string) => Promise<ChildBill[]>;
  onApply: () => void;
  onWithdraw: (a: ChildApplication) => void;
  onPickup: (a: ChildApplication, time: string) => void;
  children?: ReactNode;
}) {
  const { t } = useMessages();
  const application = latest(child);
  const [time, setTime] = useState(application?.pickupSlot ?? '');
  const days = (list: Weekday[]) => list.map((day) => t(`weekday.${day}`)).join(' ');
  return (
    <article className="ph-card" aria-label={child.name}>
      <h4 className="ph-child">
        {child.name}
        <span className="ph-sub">
          {child.school?.name} {child.className}
        </span>
      </h4>
      {!application && <p className="ph-hint">{t('parent.no_application')}</p>}
      {application && (
        <>
          <p>
            {t('parent.application')}
            {t('colon')}
            <strong className={`ph-status ph-status--${application.status}`}>{t(`status.${application.status}`)}</strong>
          </p>
          {application.reason && <p className="ph-hint">{t('parent.reason', { reason: application.reason })}</p>}
          {application.withdrawnFrom && <p className="ph-hint">{t('parent.withdrawn_from', { date: application.withdrawnFrom })}</p>}
          <p className="ph-hint">
            {t('parent.days', { days: days(application.days) })}
            {application.lateCare ? ` · ${t('parent.late_care')}` : ''}
          </p>
          <p className="ph-hint">{t('parent.pickup', { time: application.pickupSlot })}</p>
        </>
      )}
      {live(application) && (
        <>
          <Field label={t('parent.change_pickup')}>
            <select className="ph-input" value={time} onChange={(event) => setTime(event.target.value)}>
              {pickupTimes(child).map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          </Field>
          <Button kind="secondary" disabled={time === application!.pickupSlot} onClick={() => onPickup(application!, time)}>
            {t('parent.save')}
          </Button>
          <Button kind="danger" onClick={() => onWithdraw(application!)}>
            {t('parent.withdraw')}
          </Button>
        </>
      )}
      {!live(application) && <Button onClick={onApply}>{t('parent.apply')}</Button>}
      {children}
      <ChildBills load={bills} studentId={child.id} />
    </article>
  );
}

function LinkChild({ link, onBack, onLinked }: { link: (code: string) => Promise<{ name: string }>; onBack: () => void; onLinked: (name: string) => void }) {
  const { t } = useMessages();
  const [code, setCode] = useState('');
  const [error, setError] = useState('');
  return (
    <section className="ph-card">
      <h2>{t('parent.link_title')}</h2>
      <p className="ph-hint">{t('parent.link_hint')}</p>
      <Field label={t('parent.code')}>
        <input className="ph-input ph-code" autoCapitalize="characters" autoComplete="off" value={code} onChange={(event) => setCode(event.target.value)} />
      </Field>
      {error && <Notice kind="error">{error}</Notice>}
      <Button
        disabled={code.trim().length < 8}
        onClick={() =>
          link(code).then(
            (child) => onLinked(child.name),
            (failure: unknown) => setError(errorText(t, failure)),
          )
        }
      >
        {t('parent.link_submit')}
      </Button>
      <Button kind="secondary" onClick={onBack}>
        {t('back')}
      </Button>
    </section>
  );
}

const optOuts: readonly OptOutReason[] = optOutReasonValues;

function Withdraw({ child, onBack, onConfirm }: { child: Child; onBack: () => void; onConfirm: (reason: string | null, optOut: OptOutReason | null) => void }) {
  const { t } = useMessages();
  const [optOut, setOptOut] = useState<OptOutReason | ''>('');
  const [reason, setReason] = useState('');
  return (
    <section className="ph-card">
      <h2>{t('parent.withdraw_title')}</h2>
      <p>{child.name}</p>
      <p className="ph-hint">{t('parent.withdraw_hint')}</p>
      <Field label={t('parent.withdraw_reason')}>
        <select className="ph-input" value={optOut} onChange={(event) => setOptOut(event.target.value as OptOutReason | '')}>
          <option value="">—</option>
          {optOuts.map((value) => (
            <option key={value} value={value}>
              {t(`parent.opt_out.${value}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('parent.withdraw_reason')}>
        <textarea className="ph-input" value={reason} onChange={(event) => setReason(event.target.value)} />
      </Field>
      <Button kind="danger" onClick={() => onConfirm(reason.trim() || null, optOut || null)}>
        {t('parent.withdraw_submit')}
      </Button>
      <Button kind="secondary" onClick={onBack}>
        {t('back')}
      </Button>
    </section>
  );
}
