import { createHash } from 'node:crypto';
import type { Viewer } from '../auth/viewer';
import type { AlertKind } from './alertEntity';

/** An alert's id is derived from what it is about, so it can be created once only. */
export function alertId(kind: AlertKind, subject: string, date: string): string {
  const digest = createHash('sha256').update(`${kind}|${subject}|${date}`).digest();
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  let out = '';
  for (let i = 0; i < 20; i++) out += alphabet[digest[i] & 31];
  return `alr_${out}`;
}

/** The id an alert about this subject gets: what `raise` creates once, and what the alert job looks up to skip. */
export const alertIdOf = (input: { kind: AlertKind; schoolId: string; date: string; studentId?: string; activityId?: string }) =>
  alertId(input.kind, `${input.studentId ?? input.activityId ?? input.schoolId}|${input.activityId ?? ''}`, input.date);

/** The outbox recipient a viewer reads notifications as. */
export function recipientOf(viewer: Viewer): string | undefined {
  if (viewer.role === 'PARENT' && viewer.guardianId) return `guardian#${viewer.guardianId}`;
  if (viewer.role === 'TEACHER' && viewer.staffId) return `staff#${viewer.staffId}`;
  if (viewer.role === 'SCHOOL_ADMIN' && viewer.schoolId) return `school#${viewer.schoolId}`;
  return undefined;
}
