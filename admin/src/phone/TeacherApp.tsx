import { useCallback, useEffect, useMemo, useState } from 'react';
import { teacherApi, type PhoneClient, type ReviewItem } from './api';
import { careLogApi } from './careLogApi';
import { CARE_LOG_ANCHOR, CareLogSection } from './CareLogSection';
import { CareTeacher } from './CareTeacher';
import { PickupList } from './PickupList';
import { ProviderApp } from './ProviderApp';
import { SegmentHandover } from './SegmentHandover';
import { useMessages } from './i18n';
import { chinaDate } from './time';
import { Button, errorText, Field, Notice } from './ui';

/**
 * 教师端: today's roll calls and releases (CareTeacher), the duty leader's care log (CareLogSection), and the class
 * teacher's review queue (班级审核), priority first, then time; approve, or return with a reason. A provider user (机构老师)
 * signed in here gets its own page (ProviderApp): roll call of the sessions its provider runs, nothing else.
 */
export function TeacherApp({ client }: { client: PhoneClient }) {
  const { t } = useMessages();
  const api = useMemo(() => teacherApi(client), [client]);
  const [me, setMe] = useState<{ name: string; staffId: string; providerId?: string; sub: string; classes: { id: string; name: string }[] } | null>(null);
  const [queues, setQueues] = useState<Record<string, ReviewItem[]>>({});
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [rejecting, setRejecting] = useState<ReviewItem | null>(null);
  const [reason, setReason] = useState('');
  /** The school of a teacher holding DUTY_LEADER (值班领导): they get the care log, and a jump to it above the long lists. */
  const [dutySchool, setDutySchool] = useState<string | null>(null);
  const failed = useCallback((error: unknown) => setNotice({ kind: 'error', text: errorText(t, error) }), [t]);
  const load = useCallback(async () => {
    const { viewer } = await api.me();
    const classes = viewer?.classes ?? [];
    const providerId = viewer?.role === 'PROVIDER' ? (viewer.providerId ?? undefined) : undefined;
    setMe({ name: viewer?.staff?.name ?? '', staffId: viewer?.staffId ?? 'teacher', providerId, sub: viewer?.sub ?? 'provider', classes });
    setQueues(Object.fromEntries(await Promise.all(classes.map(async (schoolClass) => [schoolClass.id, await api.queue(schoolClass.id)] as const))));
  }, [api]);
  useEffect(() => {
    load().catch(failed);
  }, [load, failed]);
  useEffect(() => {
    careLogApi(client)
      .duty()
      .then((duty) => setDutySchool(duty.dutyLeader ? duty.schoolId : null), failed);
  }, [client, failed]);
  const decide = async (item: ReviewItem, decision: 'APPROVE' | 'REJECT', comment: string | null) => {
    try {
      await api.review(item, decision, comment);
      await load();
      setNotice({ kind: 'success', text: t(decision === 'APPROVE' ? 'teacher.approved' : 'teacher.rejected', { name: item.student?.name ?? '' }) });
      setRejecting(null);
      setReason('');
    } catch (error) {
      failed(error);
    }
  };
  if (!me) return notice ? <Notice kind="error">{notice.text}</Notice> : <p>{t('loading')}</p>;
  if (me.providerId) return <ProviderApp client={client} providerId={me.providerId} user={`provider-${me.sub}`} />;
  return (
    <>
      <h2 className="ph-title">{t('teacher.greeting', { name: me.name })}</h2>
      {dutySchool && (
        <nav className="ph-jump" aria-label={t('careLog.jump_nav')}>
          <a className="ph-jump-link" href={`#${CARE_LOG_ANCHOR}`}>
            {t('careLog.jump')}
          </a>
        </nav>
      )}
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      <CareTeacher client={client} user={me.staffId} />
      <PickupList client={client} />
      <SegmentHandover client={client} />
      {dutySchool && <CareLogSection client={client} user={me.staffId} schoolId={dutySchool} />}
      {me.classes.length === 0 && <p className="ph-hint">{t('teacher.no_class')}</p>}
      {me.classes.map((schoolClass) => (
        <section key={schoolClass.id}>
          <h3>{t('teacher.queue', { className: schoolClass.name })}</h3>
          {(queues[schoolClass.id] ?? []).length === 0 && <p className="ph-hint">{t('teacher.empty')}</p>}
          {(queues[schoolClass.id] ?? []).map((item) => (
            <article key={item.id} className="ph-card" aria-label={item.student?.name ?? item.id}>
              <h4 className="ph-child">
                {item.student?.name}
                {item.priority > 0 && <span className="ph-badge">{t('teacher.priority')}</span>}
              </h4>
              <p className="ph-hint">
                {item.days.map((day) => t(`weekday.${day}`)).join(' ')} · {item.pickupSlot}
              </p>
              <p className="ph-hint">{t('teacher.submitted_at', { date: chinaDate(item.submittedAt) })}</p>
              {rejecting?.id === item.id ? (
                <>
                  <Field label={t('teacher.reject_reason')}>
                    <textarea className="ph-input" value={reason} onChange={(event) => setReason(event.target.value)} />
                  </Field>
                  <Button kind="danger" disabled={!reason.trim()} onClick={() => decide(item, 'REJECT', reason.trim())}>
                    {t('teacher.reject_submit')}
                  </Button>
                  <Button kind="secondary" onClick={() => setRejecting(null)}>
                    {t('back')}
                  </Button>
                </>
              ) : (
                <div className="ph-row">
                  <Button onClick={() => decide(item, 'APPROVE', null)}>{t('teacher.approve')}</Button>
                  <Button kind="secondary" onClick={() => setRejecting(item)}>
                    {t('teacher.reject')}
                  </Button>
                </div>
              )}
            </article>
          ))}
        </section>
      ))}
    </>
  );
}
