import { useCallback, useEffect, useMemo, useState } from 'react';
import { phoneErrorCode, teacherCareApi, type CareSession, type PhoneClient } from './api';
import { useMessages } from './i18n';
import { openRollCallQueue, type QueuedRollCall, type SendOutcome } from './rollCallQueue';
import { Button, errorText, Field, Notice } from './ui';

type Status = 'PRESENT' | 'ABSENT' | 'LEAVE' | 'LATE';
/** One tap moves a child to the next mark; LEAVE comes from a leave request and is not tapped away. */
const next: Record<Status, Status> = { PRESENT: 'ABSENT', ABSENT: 'LATE', LATE: 'PRESENT', LEAVE: 'LEAVE' };

/** Today in school-local time (Asia/Shanghai), or `?date=` to take a session of an earlier day. */
export function careDate(search = window.location.search): string {
  const asked = new URLSearchParams(search).get('date');
  if (asked && /^\d{4}-\d{2}-\d{2}$/.test(asked)) return asked;
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/**
 * 今日点名: the teacher's sessions of the day, one tap per child, submitted through the offline queue (IndexedDB), with
 * the number still waiting to be sent; the queue is sent when the phone comes back online. Also 放学交接 by pickup code
 * (`release`; a provider's instructor, who runs clubs at several schools, gets neither the release nor the gate's
 * work, and sees each session's school: `atSchools`).
 */
export function CareTeacher({
  client,
  user,
  release = true,
  atSchools = false,
}: {
  client: PhoneClient;
  user: string;
  release?: boolean;
  atSchools?: boolean;
}) {
  const { t } = useMessages();
  const api = useMemo(() => teacherCareApi(client), [client]);
  const queue = useMemo(() => openRollCallQueue(user), [user]);
  const date = useMemo(() => careDate(), []);
  const [sessions, setSessions] = useState<CareSession[] | null>(null);
  const [marks, setMarks] = useState<Record<string, Record<string, Status>>>({});
  const [pending, setPending] = useState(0);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error' | 'info'; text: string } | null>(null);

  const load = useCallback(async () => {
    const list = await api.sessions(date);
    setSessions(list);
    setMarks(
      Object.fromEntries(list.map((session) => [session.activityId, Object.fromEntries(session.marks.map((mark) => [mark.studentId, mark.status as Status]))])),
    );
  }, [api, date]);

  const send = useCallback(
    async (entry: QueuedRollCall): Promise<SendOutcome> => {
      try {
        await api.recordRollCall({
          activityId: entry.activityId,
          date: entry.date,
          marks: entry.marks,
          idempotencyKey: entry.idempotencyKey,
          expectedVersion: entry.expectedVersion,
        });
        return { kind: 'sent' };
      } catch (error) {
        return phoneErrorCode(error) === 'NETWORK' || phoneErrorCode(error) === 'UNKNOWN' || !navigator.onLine
          ? { kind: 'offline' }
          : { kind: 'refused', error };
      }
    },
    [api],
  );

  const flush = useCallback(async () => {
    if (!navigator.onLine) {
      setPending((await queue.pending()).length);
      return;
    }
    const result = await queue.flush(send);
    setPending(result.left);
    if (result.refused.length > 0) setNotice({ kind: 'error', text: errorText(t, result.refused[0].error) });
    else if (result.sent > 0) setNotice({ kind: 'success', text: t('care.sent', { count: result.sent }) });
    if (result.sent > 0 || result.refused.length > 0) await load().catch(() => undefined);
  }, [queue, send, load, t]);

  useEffect(() => {
    load().catch((error: unknown) => setNotice({ kind: 'error', text: errorText(t, error) }));
    void flush();
    const online = () => void flush();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [load, flush, t]);

  const tap = (activityId: string, studentId: string) =>
    setMarks((all) => ({ ...all, [activityId]: { ...all[activityId], [studentId]: next[all[activityId]?.[studentId] ?? 'PRESENT'] } }));

  const submit = async (session: CareSession) => {
    const chosen = marks[session.activityId] ?? {};
    await queue.add({
      activityId: session.activityId,
      date,
      marks: session.marks.map((mark) => ({ studentId: mark.studentId, status: chosen[mark.studentId] ?? (mark.status as Status) })),
      expectedVersion: session.recorded ? session.version : undefined,
    });
    setPending((await queue.pending()).length);
    if (navigator.onLine) await flush();
    else setNotice({ kind: 'info', text: t('care.queued') });
  };

  return (
    <section aria-label={t('care.title')}>
      <h3>
        {t('care.title')} · {date}
      </h3>
      <p className="ph-hint" role="status" aria-label={t('care.pending_label')}>
        {t('care.pending', { count: pending })}
      </p>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      {/* Until the day's sessions arrive (seconds on a slow network), say so rather than show an empty section. */}
      {sessions === null && notice?.kind !== 'error' && <p className="ph-hint">{t('loading')}</p>}
      {sessions?.length === 0 && <p className="ph-hint">{t('care.no_sessions')}</p>}
      {(sessions ?? []).map((session) => (
        <article key={session.activityId} className="ph-card" aria-label={session.activity?.title ?? session.activityId}>
          <h4 className="ph-child">
            {session.activity?.title}
            <span className="ph-sub">
              {session.activity?.startTime}–{session.activity?.endTime} {atSchools && session.activity?.school?.name} {session.activity?.venue}
            </span>
            {session.recorded && <span className="ph-badge">{t('care.recorded')}</span>}
          </h4>
          <div className="ph-marks">
            {session.marks.map((mark) => {
              const status = marks[session.activityId]?.[mark.studentId] ?? (mark.status as Status);
              return (
                <button
                  key={mark.studentId}
                  type="button"
                  className={`ph-mark ph-mark--${status}`}
                  aria-label={`${mark.student?.name ?? mark.studentId} ${t(`care.mark.${status}`)}`}
                  onClick={() => tap(session.activityId, mark.studentId)}
                  disabled={status === 'LEAVE'}
                >
                  <span>
                    {mark.student?.name ?? '—'}
                    {mark.student?.className && <small className="ph-mark-class">{mark.student.className}</small>}
                  </span>
                  <strong>{t(`care.mark.${status}`)}</strong>
                </button>
              );
            })}
          </div>
          <Button onClick={() => void submit(session)}>{session.recorded ? t('care.correct') : t('care.submit')}</Button>
          {release && <Release session={session} release={api.release} />}
        </article>
      ))}
    </section>
  );
}

function Release({ session, release }: { session: CareSession; release: (studentId: string, code: string) => Promise<{ toGuardian?: string | null }> }) {
  const { t } = useMessages();
  const [studentId, setStudentId] = useState('');
  const [code, setCode] = useState('');
  const [result, setResult] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  return (
    <details className="ph-release">
      <summary>{t('care.release')}</summary>
      <Field label={t('care.child')}>
        <select className="ph-input" value={studentId} onChange={(event) => setStudentId(event.target.value)}>
          <option value="">—</option>
          {session.marks.map((mark) => (
            <option key={mark.studentId} value={mark.studentId}>
              {mark.student?.name ?? mark.studentId}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('care.pickup_code')}>
        <input className="ph-input ph-code" inputMode="numeric" autoComplete="off" value={code} onChange={(event) => setCode(event.target.value)} />
      </Field>
      {result && <Notice kind={result.kind}>{result.text}</Notice>}
      <Button
        kind="secondary"
        disabled={!studentId || code.trim().length !== 6}
        onClick={() =>
          release(studentId, code.trim()).then(
            (handover) => {
              setResult({ kind: 'success', text: t('care.released', { name: handover.toGuardian ?? '' }) });
              setCode('');
            },
            (error: unknown) => setResult({ kind: 'error', text: errorText(t, error) }),
          )
        }
      >
        {t('care.release_submit')}
      </Button>
    </details>
  );
}
