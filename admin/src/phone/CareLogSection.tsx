import { useCallback, useEffect, useMemo, useState } from 'react';
import type { IncidentKind } from '@kehou/client';
import { phoneErrorCode, type PhoneClient } from './api';
import { careDate } from './CareTeacher';
import { careLogApi, type CareLogOfDay } from './careLogApi';
import { checkDraft, draftOf, incidentKinds, inputOf, newIncident, type CareLogDraft, type IncidentDraft } from './careLogForm';
import { useMessages } from './i18n';
import { chinaDateTime } from './time';
import { Button, errorText, Field, Notice } from './ui';

type Shown = { kind: 'success' | 'error' | 'info'; text: string };

/**
 * 看护日志: the duty leader (值班领导) writes the day's care log — a summary and the incidents (time, kind, what
 * happened, what was done). Shown to a teacher holding DUTY_LEADER; the server decides whether they are the day's
 * leader on the rota, and a refusal is said in words like every phone refusal. Saved with the version read: a log
 * changed meanwhile is a CONFLICT, said, and the latest is loaded.
 */
export function CareLogSection({ client }: { client: PhoneClient }) {
  const { t } = useMessages();
  const api = useMemo(() => careLogApi(client), [client]);
  const date = useMemo(() => careDate(), []);
  const [schoolId, setSchoolId] = useState<string | null>(null);
  const [log, setLog] = useState<CareLogOfDay | null>(null);
  const [draft, setDraft] = useState<CareLogDraft | null>(null);
  const [notice, setNotice] = useState<Shown | null>(null);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(
    async (school: string) => {
      const found = await api.log(school, date);
      setLog(found);
      setDraft(draftOf(found));
    },
    [api, date],
  );

  useEffect(() => {
    let live = true;
    api
      .duty()
      .then(async (duty) => {
        if (!live || !duty.dutyLeader || !duty.schoolId) return;
        setSchoolId(duty.schoolId);
        await reload(duty.schoolId);
      })
      .catch((error: unknown) => live && setNotice({ kind: 'error', text: errorText(t, error) }));
    return () => {
      live = false;
    };
  }, [api, reload, t]);

  if (!schoolId) return null;

  const change = (key: number, patch: Partial<IncidentDraft>) =>
    setDraft((all) => all && { ...all, incidents: all.incidents.map((incident) => (incident.key === key ? { ...incident, ...patch } : incident)) });

  const save = async () => {
    if (!draft) return;
    const problem = checkDraft(draft);
    if (problem) return setNotice({ kind: 'error', text: t(`careLog.invalid.${problem.problem}`, { row: problem.row ?? '' }) });
    setBusy(true);
    try {
      const saved = await api.write(inputOf(schoolId, date, draft, log?.version));
      setLog(saved);
      setDraft(draftOf(saved));
      setNotice({ kind: 'success', text: t('careLog.saved') });
    } catch (error) {
      if (phoneErrorCode(error) !== 'CONFLICT') setNotice({ kind: 'error', text: errorText(t, error) });
      else {
        setNotice({ kind: 'error', text: t('careLog.conflict') });
        await reload(schoolId).catch((failure: unknown) => setNotice({ kind: 'error', text: errorText(t, failure) }));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-label={t('careLog.title')}>
      <h3>
        {t('careLog.title')} · {date}
      </h3>
      <p className="ph-hint">{t('careLog.hint')}</p>
      <p className="ph-hint" role="status">
        {log ? `${t('careLog.written', { version: log.version })} ${chinaDateTime(log.updatedAt)}` : t('careLog.not_written')}
      </p>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      {draft && (
        <div className="ph-card">
          <Field label={t('careLog.summary')}>
            <textarea className="ph-input" value={draft.summary} onChange={(event) => setDraft({ ...draft, summary: event.target.value })} />
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
              <Button kind="danger" onClick={() => setDraft({ ...draft, incidents: draft.incidents.filter((other) => other.key !== incident.key) })}>
                {t('careLog.remove')}
              </Button>
            </fieldset>
          ))}
          <Button kind="secondary" onClick={() => setDraft({ ...draft, incidents: [...draft.incidents, newIncident(chinaDateTime(new Date()).slice(11))] })}>
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
