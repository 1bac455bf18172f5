/**
 * The duty leader's care log (看护日志) through the typed client, like api.ts (its own module so the section stays one
 * file pair: CareLogSection.tsx and this).
 */
import { CareLogOfDayDocument, TeacherDutiesDocument, WriteCareLogDocument, type CareLogOfDayQuery, type WriteCareLogInput } from '@kehou/client';
import type { PhoneClient } from './api';

export type CareLogOfDay = NonNullable<CareLogOfDayQuery['careLog']>;

export const careLogApi = (client: PhoneClient) => ({
  /** The teacher's school, and whether they hold DUTY_LEADER (值班领导). */
  duty: async () => {
    const { viewer } = await client.request(TeacherDutiesDocument);
    return { schoolId: viewer?.schoolId ?? null, dutyLeader: viewer?.staff?.duties.includes('DUTY_LEADER') ?? false };
  },
  /** The day's log; null when none was written. */
  log: async (schoolId: string, date: string) => (await client.request(CareLogOfDayDocument, { schoolId, date })).careLog ?? null,
  write: async (input: WriteCareLogInput) => (await client.request(WriteCareLogDocument, { input })).writeCareLog,
});
