import type { WriteCareLogInput } from '@kehou/client';
import { phoneErrorCode } from './api';
import { useMessages } from './i18n';
import { Button, errorText } from './ui';

/**
 * A queued care-log save of another day (or school) than the one the page shows, refused by the server when the outbox
 * sent it (e.g. that day's log was changed meanwhile: CONFLICT). It is never dropped silently: the page shows it with
 * the reason and the user's text, and "put back" opens that day's page with the text back in its form.
 */
export interface RefusedElsewhere {
  /** The outbox entry's key (`schoolId|date`) and when it was queued: one refused save is shown once. */
  key: string;
  queuedAt: string;
  input: WriteCareLogInput;
  error: unknown;
}

/** The text carried to the page of its day (sessionStorage: this tab only, read once). */
const putBackKey = (user: string) => `kehou-carelog-putback-${user}`;

/** Opens the page of the save's day (`?date=`, at the care log) with its text to be put back into that day's form. */
export function openWithText(user: string, input: WriteCareLogInput, anchor: string) {
  sessionStorage.setItem(putBackKey(user), JSON.stringify(input));
  const url = new URL(window.location.href);
  url.searchParams.set('date', String(input.date));
  url.hash = anchor;
  window.location.assign(url.toString());
}

/** The text carried to this school and day by `openWithText`, if any (taken: a reload does not put it back again). */
export function takePutBack(user: string, schoolId: string, date: string): WriteCareLogInput | undefined {
  const raw = sessionStorage.getItem(putBackKey(user));
  if (!raw) return undefined;
  try {
    const input = JSON.parse(raw) as WriteCareLogInput;
    if (input.schoolId !== schoolId || input.date !== date) return undefined;
    sessionStorage.removeItem(putBackKey(user));
    return input;
  } catch {
    sessionStorage.removeItem(putBackKey(user));
    return undefined;
  }
}

/** One refused save of another day: the day, why, the text (read-only), and the way back to that day's form. */
export function CareLogElsewhere({ refused, onOpen, onDrop }: { refused: RefusedElsewhere; onOpen: () => void; onDrop: () => void }) {
  const { t } = useMessages();
  const { input, error } = refused;
  const reason = phoneErrorCode(error) === 'CONFLICT' ? t('careLog.other_day_conflict') : errorText(t, error);
  return (
    <fieldset className="ph-card ph-kept">
      <legend className="ph-child">{t('careLog.other_day_title', { date: String(input.date) })}</legend>
      <p className="ph-hint" role="alert">
        {t('careLog.other_day_refused', { date: String(input.date), reason })}
      </p>
      <p className="ph-kept-text">{input.summary}</p>
      {input.incidents.length > 0 && (
        <ul className="ph-kept-list">
          {input.incidents.map((incident, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list that never changes order.
            <li key={index}>
              {incident.at} {t(`careLog.kinds.${incident.kind}`)}: {incident.description} — {incident.action}
            </li>
          ))}
        </ul>
      )}
      <Button kind="secondary" onClick={onOpen}>
        {t('careLog.other_day_open', { date: String(input.date) })}
      </Button>
      <Button kind="secondary" onClick={onDrop}>
        {t('careLog.kept_drop')}
      </Button>
    </fieldset>
  );
}
