/**
 * The teacher's between-segment handover (交接: an activity → late care) through the typed client, like api.ts (kept
 * in its own module so the section stays one file pair: SegmentHandover.tsx and this).
 */
import { HandOverSegmentDocument, HandoverSessionsDocument, LateCareSessionsDocument, type HandoverSessionsQuery } from '@kehou/client';
import type { PhoneClient } from './api';

export type HandoverSession = HandoverSessionsQuery['careSessions'][number];

export const handoverApi = (client: PhoneClient) => ({
  /** The teacher's sessions of the day with the children marked present or late (the ones to hand over). */
  sessions: async (date: string) => (await client.request(HandoverSessionsDocument, { date })).careSessions,
  /** The school's late-care sessions of the same timetable day and term. */
  lateCare: async (session: NonNullable<HandoverSession['activity']>) =>
    (await client.request(LateCareSessionsDocument, { schoolId: session.schoolId, termId: session.termId, weekday: session.weekday })).activities.nodes,
  /** One child from one activity to the next; the same call again returns the same record. */
  handOver: async (studentId: string, fromActivityId: string, toActivityId: string) =>
    (await client.request(HandOverSegmentDocument, { studentId, fromActivityId, toActivityId })).recordHandover,
});

/** The children a session hands over: present or late at its roll call. */
export const childrenToHandOver = (session: Pick<HandoverSession, 'marks'>) =>
  session.marks.filter((mark) => mark.status === 'PRESENT' || mark.status === 'LATE');

/** The late-care session a child goes to by default: the first starting at or after the session ends, else the first. */
export function defaultTarget<T extends { id: string; startTime: string }>(endTime: string, options: T[]): string {
  const sorted = [...options].sort((a, b) => a.startTime.localeCompare(b.startTime));
  return (sorted.find((option) => option.startTime >= endTime) ?? sorted[0])?.id ?? '';
}
