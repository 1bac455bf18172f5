type Maybe<T> = T | null | undefined;

/** The console's `translate` or the phone pages' `t`: a missing key comes back as '' (with `_`) or as the key. */
type Translate = (key: string, args?: Record<string, string | number>) => string;

/** The fields of a notification the console's bell and the phone pages word (`Notification`). */
export interface NotificationToWord {
  title: string;
  body: string;
  messageCode?: Maybe<string>;
  params?: Maybe<{
    studentName?: Maybe<string>;
    className?: Maybe<string>;
    activityTitle?: Maybe<string>;
    activityStartTime?: Maybe<string>;
    venue?: Maybe<string>;
    pickupSlot?: Maybe<string>;
    graceMinutes?: Maybe<number>;
    leaveFrom?: Maybe<string>;
    leaveTo?: Maybe<string>;
    leaveReason?: Maybe<string>;
    releasedAt?: Maybe<string>;
    pickupPersonName?: Maybe<string>;
    pickupPersonRelation?: Maybe<string>;
  }>;
}

/**
 * A notification's title and body in the reader's language from its code and values (`<prefix>titles.<code>`,
 * `<prefix>bodies.<code>` of the catalogue; `prefix` is `resources.alerts.notifications.` in the console,
 * `care.notification_text.` on the phone pages). Notifications made before codes existed, and codes this client does not know, keep the API's text.
 */
export function notificationText(translate: Translate, prefix: string, item: NotificationToWord): { title: string; body: string } {
  const p = item.params;
  if (!item.messageCode || !p) return { title: item.title, body: item.body };
  const lookup = (key: string, args: Record<string, string | number> = {}) => {
    const text = translate(`${prefix}${key}`, { ...args, _: '' });
    return text === '' || text === `${prefix}${key}` ? undefined : text;
  };
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(p)) if (value != null) values[name] = value;
  values.studentName = p.studentName ?? lookup('bodies.a_student') ?? '';
  values.className = p.className ?? '';
  const code = item.messageCode === 'LEAVE_REQUESTED' && p.leaveTo && p.leaveTo !== p.leaveFrom ? 'LEAVE_REQUESTED_RANGE' : item.messageCode;
  const title = lookup(`titles.${item.messageCode}`);
  const body = lookup(`bodies.${code}`, values);
  return title && body ? { title, body } : { title: item.title, body: item.body };
}
