import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { IncidentKind, WriteCareLogInput } from '@kehou/client';
import { phoneErrorCode, type PhoneClient } from './api';
import { CareLogElsewhere, openWithText, takePutBack, type RefusedElsewhere } from './CareLogElsewhere';
import { careDate } from './CareTeacher';
import { careLogApi, type CareLogOfDay } from './careLogApi';
import { checkDraft, draftOf, incidentKinds, inputOf, newIncident, type CareLogDraft, type IncidentDraft } from './careLogForm';
import { careLogSender, openCareLogQueue } from './careLogQueue';
import { useMessages, type Translate } from './i18n';
import { chinaDateTime } from './time';
import { Button, errorText, Field, Notice } from './ui';

/** A notice, worded at render time (a language switch rewords it, and the callbacks need not change with the language). */
type Shown = { kind: 'success' | 'error' | 'info'; say: (t: Translate) => string };

/** The anchor of the section, for the jump link at the top of the teacher page. */
export const CARE_LOG_ANCHOR = 'care-log';

/**
 * 看护日志: the duty leader (值班领导) writes the day's care log — a summary and the incidents (time, kind, what
 * happened, what was done). Shown to a teacher holding DUTY_LEADER (TeacherApp asks); the server decides whether they
 * are the day's leader on the rota, and a refusal is said in words like every phone refusal. A save goes through the
 * phone's outbox (careLogQueue.ts): without network it is kept on the phone, said, and sent when the phone is back
 * online or the page is opened again. Saved with the version read: a log changed meanwhile is a CONFLICT, said, and the
 * latest is loaded — the user's unsent text stays shown beside it, to be put back into the form. A queued save of
 * another day (or school) that the server refuses is shown too, with its text and a way to that day's form
 * (CareLogElsewhere.tsx): no refused save is dropped unseen.
 */
export function CareLogSection({ client, user, schoolId }: { client: PhoneClient; user: string; schoolId: string }) {
  const { t } = useMessages();
  const api = useMemo(() => careLogApi(client), [client]);
  const queue = useMemo(() => openCareLogQueue(user), [user]);
  const date = useMemo(() => careDate(), []);
  const [log, setLog] = useState<CareLogOfDay | null>(null);
  const [draft, setDraft] = useState<CareLogDraft | null>(null);
  /** The form as it is now, and whether it was edited since the last save or load (read by the callbacks). */
  const current = useRef<{ draft: CareLogDraft | null; edited: boolean }>({ draft: null, edited: false });
  current.current.draft = draft;
  /** A change by the user (not a load): what they typed is never replaced by a load behind their back. */
  const edit = (next: (draft: CareLogDraft) => CareLogDraft) => {
    current.current.edited = true;
    setDraft((all) => all && next(all));
  };
  /** The version the form's edits are made on (the loaded log's, or the unsent save's). */
  const [base, setBase] = useState<number | undefined>(undefined);
  const [queued, setQueued] = useState(false);
  /** The user's text of a save the server refused (a CONFLICT), kept to be put back into the form. */
  const [kept, setKept] = useState<WriteCareLogInput | null>(null);
  /** Refused queued saves of other days or schools, shown until put back or let go. */
  const [elsewhere, setElsewhere] = useState<RefusedElsewhere[]>([]);
  const [notice, setNotice] = useState<Shown | null>(null);
  const [busy, setBusy] = useState(false);

  /** Loads the day's log; the form too, unless `keepEdits` and the user has typed since their last save. */
  const reload = useCallback(
    async (keepEdits = false) => {
      const found = await api.log(schoolId, date);
      setLog(found);
      setBase(found?.version);
      if (keepEdits && current.current.edited) return;
      current.current.edited = false;
      setDraft(draftOf(found));
    },
    [api, schoolId, date],
  );

  const send = useMemo(() => careLogSender(api.write, api.log, () => navigator.onLine), [api]);

  const flush = useCallback(async () => {
    if (!navigator.onLine) return;
    const result = await queue.flush(send);
    const left = await queue.pendingFor(schoolId, date);
    setQueued(!!left);
    const ofThisDay = (input: WriteCareLogInput) => input.schoolId === schoolId && input.date === date;
    const refused = result.refused.find((one) => ofThisDay(one.entry.input));
    const others = result.refused.filter((one) => !ofThisDay(one.entry.input));
    // Once each (two flushes may report one result: the outbox sends one flush at a time).
    if (others.length > 0)
      setElsewhere((shown) => [
        ...shown,
        ...others
          .filter((one) => !shown.some((seen) => seen.queuedAt === one.entry.queuedAt && seen.key === one.entry.key))
          .map((one) => ({ key: one.entry.key, queuedAt: one.entry.queuedAt, input: one.entry.input, error: one.error })),
      ]);
    if (refused) {
      // What the user has now: the refused save, or what they typed after it.
      const mine = current.current.edited && current.current.draft ? inputOf(schoolId, date, current.current.draft, undefined) : refused.entry.input;
      setKept(mine);
      setNotice({ kind: 'error', say: (t) => (phoneErrorCode(refused.error) === 'CONFLICT' ? t('careLog.conflict') : errorText(t, refused.error)) });
    } else if (left) setNotice({ kind: 'info', say: (t) => t('careLog.queued') });
    else if (result.sent > 0) {
      setKept(null);
      setNotice({ kind: 'success', say: (t) => t('careLog.saved') });
    }
    // Sent: the saved version is loaded, and what the user typed since the save stays in the form.
    if (result.sent > 0 || refused) await reload(!refused).catch((failure: unknown) => setNotice({ kind: 'error', say: (t) => errorText(t, failure) }));
  }, [queue, send, schoolId, date, reload]);

  useEffect(() => {
    let live = true;
    (async () => {
      await reload();
      // A save left on the phone (the network failed, or the page was closed before it went out) is shown and sent;
      // so are those of other days (a refused one is shown too).
      const unsent = await queue.pendingFor(schoolId, date);
      if (!live) return;
      if (unsent) {
        current.current.edited = false;
        setDraft(draftOf(unsent.input));
        setBase(unsent.input.expectedVersion ?? undefined);
        setQueued(true);
        setNotice({ kind: 'info', say: (t) => t('careLog.queued') });
      }
      await flush();
    })()
      .then(() => {
        // Text of a refused save of this day, carried here from another day's page ("put back"): into the form, on the
        // version just loaded.
        if (!live) return;
        const carried = takePutBack(user, schoolId, date);
        if (!carried) return;
        current.current.edited = true;
        setDraft(draftOf(carried));
        setNotice({ kind: 'info', say: (t) => t('careLog.put_back') });
      })
      .catch((error: unknown) => live && setNotice({ kind: 'error', say: (t) => errorText(t, error) }));
    const online = () => void flush();
    window.addEventListener('online', online);
    return () => {
      live = false;
      window.removeEventListener('online', online);
    };
  }, [reload, queue, flush, user, schoolId, date]);

  const change = (key: number, patch: Partial<IncidentDraft>) =>
    edit((all) => ({ ...all, incidents: all.incidents.map((incident) => (incident.key === key ? { ...incident, ...patch } : incident)) }));

  const save = async () => {
    if (!draft) return;
    const problem = checkDraft(draft);
    if (problem) return setNotice({ kind: 'error', say: (t) => t(`careLog.invalid.${problem.problem}`, { row: problem.row ?? '' }) });
    setBusy(true);
    try {
      await queue.save(inputOf(schoolId, date, draft, base));
      current.current.edited = false;
      setQueued(true);
      if (navigator.onLine) await flush();
      else setNotice({ kind: 'info', say: (t) => t('careLog.queued') });
    } catch (error) {
      setNotice({ kind: 'error', say: (t) => errorText(t, error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section id={CARE_LOG_ANCHOR} aria-label={t('careLog.title')}>
      <h3>
        {t('careLog.title')} · {date}
      </h3>
      <p className="ph-hint">{t('careLog.hint')}</p>
      <p className="ph-hint" role="status">
        {log ? `${t('careLog.written', { version: log.version })} ${chinaDateTime(log.updatedAt)}` : t('careLog.not_written')}
      </p>
      {queued && <p className="ph-badge ph-queued">{t('careLog.unsent')}</p>}
      {notice && <Notice kind={notice.kind}>{notice.say(t)}</Notice>}
      {kept && (
        <KeptText
          kept={kept}
          onUse={() => {
            edit(() => draftOf(kept));
            setKept(null);
          }}
          onDrop={() => setKept(null)}
        />
      )}
      {elsewhere.map((refused) => (
        <CareLogElsewhere
          key={`${refused.key} ${refused.queuedAt}`}
          refused={refused}
          onOpen={() => openWithText(user, refused.input, CARE_LOG_ANCHOR)}
          onDrop={() => setElsewhere((shown) => shown.filter((other) => other !== refused))}
        />
      ))}
      {draft && (
        <div className="ph-card">
          <Field label={t('careLog.summary')}>
            <textarea
              className="ph-input"
              value={draft.summary}
              onChange={(event) => {
                const summary = event.target.value;
                edit((all) => ({ ...all, summary }));
              }}
            />
          </Field>
          <h4 className="ph-child">{t('careLog.incidents')}</h4>
          {draft.incidents.length === 0 && <p className="ph-hint">{t('careLog.no_incidents')}</p>}
          {draft.incidents.map((incident, index) => (
            <fieldset key={incident.key} className="ph-fieldset ph-incident" aria-label={t('careLog.incident', { n: index + 1 })}>
              <legend className="ph-label">{t('careLog.incident', { n: index + 1 })}</legend>
              <div className="ph-row">
                <Field label={t('careLog.at')}>
                  <input className="ph-input" type="time" value={incident.at} onChange={(event) => change(incident.key, { at: event.target.value })} />
                </Field>
                <Field label={t('careLog.kind')}>
                  <select className="ph-input" value={incident.kind} onChange={(event) => change(incident.key, { kind: event.target.value as IncidentKind })}>
                    {incidentKinds.map((kind) => (
                      <option key={kind} value={kind}>
                        {t(`careLog.kinds.${kind}`)}
                      </option>
                    ))}
                  </select>
                </Field>
              </div>
              <Field label={t('careLog.description')}>
                <textarea className="ph-input" value={incident.description} onChange={(event) => change(incident.key, { description: event.target.value })} />
              </Field>
              <Field label={t('careLog.action')}>
                <textarea className="ph-input" value={incident.action} onChange={(event) => change(incident.key, { action: event.target.value })} />
              </Field>
              <Button kind="danger" onClick={() => edit((all) => ({ ...all, incidents: all.incidents.filter((other) => other.key !== incident.key) }))}>
                {t('careLog.remove')}
              </Button>
            </fieldset>
          ))}
          <Button kind="secondary" onClick={() => edit((all) => ({ ...all, incidents: [...all.incidents, newIncident(chinaDateTime(new Date()).slice(11))] }))}>
            {t('careLog.add')}
          </Button>
          <Button disabled={busy} onClick={() => void save()}>
            {t('careLog.save')}
          </Button>
        </div>
      )}
    </section>
  );
}

/** The text of a refused save, read-only, until the user puts it back into the form or lets it go. */
function KeptText({ kept, onUse, onDrop }: { kept: WriteCareLogInput; onUse: () => void; onDrop: () => void }) {
  const { t } = useMessages();
  return (
    <fieldset className="ph-card ph-kept">
      <legend className="ph-child">{t('careLog.kept_title')}</legend>
      <p className="ph-hint">{t('careLog.kept_hint')}</p>
      <p className="ph-kept-text">{kept.summary}</p>
      {kept.incidents.length > 0 && (
        <ul className="ph-kept-list">
          {kept.incidents.map((incident, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list that never changes order.
            <li key={index}>
              {incident.at} {t(`careLog.kinds.${incident.kind}`)}: {incident.description} — {incident.action}
            </li>
          ))}
        </ul>
      )}
      <Button kind="secondary" onClick={onUse}>
        {t('careLog.kept_use')}
      </Button>
      <Button kind="secondary" onClick={onDrop}>
        {t('careLog.kept_drop')}
      </Button>
    </fieldset>
  );
}
