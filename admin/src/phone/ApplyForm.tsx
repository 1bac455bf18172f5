import { useEffect, useState } from 'react';
import type { Weekday } from '../generated/graphql';
import type { ActivityOption, Child, parentApi, TermOption } from './api';
import { useMessages } from './i18n';
import { pickupTimes } from './children';
import { chinaDate } from './time';
import { Button, errorText, Field, Notice } from './ui';

/** The first term of the school that has not ended (the API lists newest first). */
const currentTerm = (terms: TermOption[], today = chinaDate()) =>
  [...terms].filter((term) => term.endDate >= today).sort((a, b) => a.startDate.localeCompare(b.startDate))[0];

/**
 * 申请课后服务: service days of the district, late care, a pickup time of the child's grade, wished activities of the
 * term and the care agreement, which the guardian reads and agrees to (voluntary; they may leave at any time).
 */
export function ApplyForm({
  api,
  child,
  policy,
  onBack,
  onApplied,
}: {
  api: ReturnType<typeof parentApi>;
  child: Child;
  policy: { serviceDays: Weekday[]; careAgreement: string };
  onBack: () => void;
  onApplied: () => void;
}) {
  const { t } = useMessages();
  const [term, setTerm] = useState<TermOption | null>(null);
  const [activities, setActivities] = useState<ActivityOption[]>([]);
  const [days, setDays] = useState<Weekday[]>(policy.serviceDays);
  const [lateCare, setLateCare] = useState(false);
  const times = pickupTimes(child);
  const [pickupSlot, setPickupSlot] = useState(times[0] ?? '');
  const [wishes, setWishes] = useState<string[]>([]);
  const [consent, setConsent] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    api.terms(child.schoolId).then(
      async (terms) => {
        const found = currentTerm(terms);
        setTerm(found ?? null);
        if (found) setActivities((await api.activities(child.schoolId, found.id)).filter((a) => a.grades.includes(child.grade) && a.category !== 'LATE_CARE'));
      },
      (failure: unknown) => setError(errorText(t, failure)),
    );
  }, [api, child, t]);
  const toggle = <T,>(list: T[], value: T) => (list.includes(value) ? list.filter((item) => item !== value) : [...list, value]);
  const offered = activities.filter((activity) => days.includes(activity.weekday));
  const submit = async () => {
    if (!term) return;
    setBusy(true);
    setError('');
    try {
      await api.apply({
        studentId: child.id,
        termId: term.id,
        days,
        lateCare,
        pickupSlot,
        activityIds: wishes.filter((id) => offered.some((a) => a.id === id)),
        consent,
      });
      onApplied();
    } catch (failure) {
      setError(errorText(t, failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="ph-card">
      <h2>{t('apply.title', { name: child.name })}</h2>
      {term && (
        <p className="ph-hint">
          {t('apply.term')}
          {t('colon')}
          {t('apply.term_option', { year: term.schoolYear, semester: term.semester })}
        </p>
      )}
      <fieldset className="ph-fieldset">
        <legend className="ph-label">{t('apply.days')}</legend>
        {policy.serviceDays.map((day) => (
          <label key={day} className="ph-option">
            <input type="checkbox" checked={days.includes(day)} onChange={() => setDays(toggle(days, day))} /> {t(`weekday.${day}`)}
          </label>
        ))}
      </fieldset>
      <label className="ph-option">
        <input type="checkbox" checked={lateCare} onChange={() => setLateCare(!lateCare)} /> {t('apply.late_care')}
      </label>
      <Field label={t('apply.pickup')}>
        <select className="ph-input" value={pickupSlot} onChange={(event) => setPickupSlot(event.target.value)}>
          {times.map((time) => (
            <option key={time} value={time}>
              {time}
            </option>
          ))}
        </select>
      </Field>
      <fieldset className="ph-fieldset">
        <legend className="ph-label">{t('apply.activities')}</legend>
        {offered.length === 0 && <p className="ph-hint">{t('apply.no_activities')}</p>}
        {offered.map((activity) => (
          <label key={activity.id} className="ph-option">
            <input type="checkbox" checked={wishes.includes(activity.id)} onChange={() => setWishes(toggle(wishes, activity.id))} />
            {t(`weekday.${activity.weekday}`)} {activity.startTime}–{activity.endTime} {activity.title}
          </label>
        ))}
      </fieldset>
      <h3>{t('apply.agreement')}</h3>
      <div className="ph-agreement">{policy.careAgreement}</div>
      <label className="ph-option">
        <input type="checkbox" checked={consent} onChange={() => setConsent(!consent)} /> {t('apply.consent')}
      </label>
      {error && <Notice kind="error">{error}</Notice>}
      <Button onClick={submit} disabled={busy || !consent || !term || days.length === 0 || !pickupSlot}>
        {t('apply.submit')}
      </Button>
      <Button kind="secondary" onClick={onBack}>
        {t('back')}
      </Button>
    </section>
  );
}
