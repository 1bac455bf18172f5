import type { TestApi } from './api';
import { createStaff } from './people';

/** Operations and helpers the duty rota's tests share (dutyRota.test.ts, dutyRotaAlerts.test.ts). */
const ROTA_FIELDS = 'id version schoolId days { weekday staffId staff { id name } }';
export const SET_ROTA = `mutation($s: ID!, $d: [DutyRotaDayInput!]!, $v: Int) { setDutyRota(schoolId: $s, days: $d, expectedVersion: $v) { ${ROTA_FIELDS} } }`;
export const ROTA = `query($s: ID!) { dutyRota(schoolId: $s) { ${ROTA_FIELDS} } }`;
export const ALERTS = 'query($f: AlertFilter) { alerts(filter: $f, first: 50) { totalCount nodes { id kind studentId activityId } } }';
/** An instant on a school day, China time. */
export const at = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);
/** A new staff member of the school who is a duty leader (值班领导) and teaches. */
export const leaderAt = (api: TestApi, schoolId: string) => createStaff(api, schoolId, { duties: ['DUTY_LEADER', 'TEACHER'] });
