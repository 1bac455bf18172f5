import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PhoneClient } from './api';
import { careDate } from './CareTeacher';
import { childrenToHandOver, defaultTarget, handoverApi, type HandoverSession } from './handoverApi';
import { useMessages } from './i18n';
import { Button, errorText, Field, Notice } from './ui';

type LateCare = Awaited<ReturnType<ReturnType<typeof handoverApi>['lateCare']>>[number];

/**
 * 环节交接: after an activity, its teacher hands the children present over to late care (延时看护), one tap for the
 * session. Online only — a handover says who has the child now, so it is sent at once, not queued on the phone; sending
 * again is harmless (the server answers a repeated handover with the record it has).
 */
export function SegmentHandover({ client }: { client: PhoneClient }) {
  const { t } = useMessages();
  const api = useMemo(() => handoverApi(client), [client]);
  // A handover is recorded today (the server's clock): the section follows today even when the page shows another day.
  const date = useMemo(() => careDate(''), []);
  const [sessions, setSessions] = useState<{ session: HandoverSession; lateCare: LateCare[] }[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const all = await api.sessions(date);
    const handing = all.filter((session) => session.recorded && session.activity && session.activity.category !== 'LATE_CARE');
    setSessions(await Promise.all(handing.map(async (session) => ({ session, lateCare: await api.lateCare(session.activity!) }))));
  }, [api, date]);

  useEffect(() => {
    load().catch((failure: unknown) => setError(errorText(t, failure)));
  }, [load, t]);

  if (error) return <Notice kind="error">{error}</Notice>;
  if (!sessions || sessions.length === 0) return null;
  return (
    <section aria-label={t('handover.title')}>
      <h3>{t('handover.title')}</h3>
      <p className="ph-hint">{t('handover.hint')}</p>
      {sessions.map(({ session, lateCare }) => (
        <SessionHandover key={session.activityId} session={session} lateCare={lateCare} handOver={api.handOver} />
      ))}
    </section>
  );
}

function SessionHandover({
  session,
  lateCare,
  handOver,
}: {
  session: HandoverSession;
  lateCare: LateCare[];
  handOver: (studentId: string, from: string, to: string) => Promise<unknown>;
}) {
  const { t } = useMessages();
  const children = childrenToHandOver(session);
  const [target, setTarget] = useState(() => defaultTarget(session.activity?.endTime ?? '', lateCare));
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(children.map((mark) => mark.studentId)));
  const [done, setDone] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const remaining = [...chosen].filter((id) => !done.has(id));
  const toggle = (studentId: string) =>
    setChosen((all) => {
      const next = new Set(all);
      if (!next.delete(studentId)) next.add(studentId);
      return next;
    });

  const submit = async () => {
    setBusy(true);
    setResult(null);
    const sent = new Set(done);
    try {
      for (const studentId of chosen) {
        if (sent.has(studentId)) continue;
        await handOver(studentId, session.activityId, target);
        sent.add(studentId);
      }
      const to = lateCare.find((option) => option.id === target);
      setResult({ kind: 'success', text: t('handover.done', { count: sent.size, title: to?.title ?? '' }) });
    } catch (failure) {
      setResult({ kind: 'error', text: errorText(t, failure) });
    } finally {
      setDone(sent);
      setBusy(false);
    }
  };

  return (
    <article className="ph-card" aria-label={t('handover.of', { title: session.activity?.title ?? '' })}>
      <h4 className="ph-child">
        {session.activity?.title}
        <span className="ph-sub">
          {session.activity?.startTime}–{session.activity?.endTime}
        </span>
      </h4>
      {lateCare.length === 0 ? (
        <p className="ph-hint">{t('handover.no_late_care')}</p>
      ) : (
        <>
          <Field label={t('handover.to')}>
            <select className="ph-input" value={target} onChange={(event) => setTarget(event.target.value)}>
              {lateCare.map((option) => (
                <option key={option.id} value={option.id}>
                  {`${option.title} ${option.startTime} ${option.venue}${option.staffName ? ` · ${option.staffName}` : ''}`}
                </option>
              ))}
            </select>
          </Field>
          <div className="ph-marks">
            {children.map((mark) => (
              <label key={mark.studentId} className="ph-check">
                <input type="checkbox" checked={chosen.has(mark.studentId)} disabled={done.has(mark.studentId)} onChange={() => toggle(mark.studentId)} />
                {mark.student?.name ?? mark.studentId}
                {done.has(mark.studentId) && <span className="ph-badge">{t('handover.handed')}</span>}
              </label>
            ))}
          </div>
          {result && <Notice kind={result.kind}>{result.text}</Notice>}
          {!navigator.onLine && <p className="ph-hint">{t('handover.online_only')}</p>}
          <Button disabled={busy || !target || remaining.length === 0 || !navigator.onLine} onClick={() => void submit()}>
            {t('handover.submit', { count: remaining.length })}
          </Button>
        </>
      )}
    </article>
  );
}
