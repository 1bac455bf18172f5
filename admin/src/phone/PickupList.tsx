import { useCallback, useEffect, useMemo, useState } from 'react';
import { teacherPickupApi, type PhoneClient, type PickupSlotBoard } from './api';
import { careDate } from './CareTeacher';
import { useMessages } from './i18n';
import { Button, errorText, Notice } from './ui';

/** Waiting children first (overdue at the top), then released, leave and absent; by name within each. */
const order = { WAITING: 0, RELEASED: 1, LEAVE: 2, ABSENT: 3 } as const;

/** Sorts a slot's children for the gate: who still needs handing over comes first. */
export function gateOrder<T extends { state: keyof typeof order; overdue: boolean; student?: { name: string } | null; studentId: string }>(
  children: readonly T[],
): T[] {
  return [...children].sort(
    (a, b) =>
      order[a.state] - order[b.state] ||
      Number(b.overdue) - Number(a.overdue) ||
      (a.student?.name ?? a.studentId).localeCompare(b.student?.name ?? b.studentId, 'zh-CN'),
  );
}

/**
 * 放学名单: per pickup slot of today, who is due and who is still waiting — the children on the teacher's sessions (a
 * duty leader: the whole school), as the server's today board counts them.
 */
export function PickupList({ client }: { client: PhoneClient }) {
  const { t } = useMessages();
  const api = useMemo(() => teacherPickupApi(client), [client]);
  const date = useMemo(() => careDate(), []);
  const [slots, setSlots] = useState<PickupSlotBoard[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(
    () =>
      api.slots(date).then(
        (list) => {
          setSlots(list);
          setError(null);
        },
        (failure: unknown) => setError(errorText(t, failure)),
      ),
    [api, date, t],
  );
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section aria-label={t('pickupBoard.title')}>
      <h3>{t('pickupBoard.title')}</h3>
      {error && <Notice kind="error">{error}</Notice>}
      {slots === null && !error && <p className="ph-hint">{t('loading')}</p>}
      {slots?.length === 0 && <p className="ph-hint">{t('pickupBoard.empty')}</p>}
      {(slots ?? []).map((slot) => (
        <article key={slot.time ?? 'none'} className="ph-card" aria-label={t('pickupBoard.slot', { time: slot.time ?? t('pickupBoard.no_slot') })}>
          <h4 className="ph-child">
            {t('pickupBoard.slot', { time: slot.time ?? t('pickupBoard.no_slot') })}
            <span className="ph-sub">{t('pickupBoard.counts', { due: slot.due, released: slot.released, waiting: slot.waiting })}</span>
          </h4>
          <ul className="ph-gate">
            {gateOrder(slot.children).map((child) => (
              <li key={child.studentId} className={`ph-gate-row ph-gate-row--${child.state}`}>
                <span>
                  {child.student?.name ?? '—'} <span className="ph-sub">{child.student?.className}</span>
                </span>
                <strong>
                  <span>{t(`pickupBoard.state.${child.state}`)}</span>
                  {child.overdue && <span className="ph-badge">{t('pickupBoard.overdue')}</span>}
                  {child.releasedTo && <span className="ph-sub"> {child.releasedTo}</span>}
                </strong>
              </li>
            ))}
          </ul>
        </article>
      ))}
      <Button kind="secondary" onClick={() => void load()}>
        {t('pickupBoard.refresh')}
      </Button>
    </section>
  );
}
