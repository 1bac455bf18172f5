/**
 * The care log form's logic (看护日志), kept apart from the section so it is tested without a browser: the draft a
 * loaded log (or none) starts from, the check before saving (the server's limits, said in the page's words), and the
 * input `writeCareLog` takes.
 */
import type { IncidentKind, WriteCareLogInput } from '@kehou/client';
import { incidentKindValues } from '../generated/enumValues';

export interface IncidentDraft {
  /** A key for React lists only (rows are added and removed). */
  key: number;
  at: string;
  kind: IncidentKind;
  description: string;
  action: string;
}

export interface CareLogDraft {
  summary: string;
  incidents: IncidentDraft[];
}

export interface LoadedCareLog {
  version: number;
  summary: string;
  incidents: { at: string; kind: IncidentKind; description: string; action: string }[];
}

/** The limits of WriteCareLogInput (graphql/careLog.graphql). */
export const CARE_LOG_LIMITS = { summary: 2000, text: 500, incidents: 50 } as const;

export const incidentKinds: readonly IncidentKind[] = incidentKindValues;

let nextKey = 1;
const key = () => nextKey++;

/** The form's start: the loaded log (or an unsent save's input), or an empty summary without incidents. */
export const draftOf = (log: (Omit<LoadedCareLog, 'version'> & { version?: number }) | null | undefined): CareLogDraft => ({
  summary: log?.summary ?? '',
  incidents: (log?.incidents ?? []).map((incident) => ({ key: key(), ...incident })),
});

/** A new incident row: now (school-local HH:mm) and OTHER, to be filled in. */
export const newIncident = (at: string): IncidentDraft => ({ key: key(), at, kind: 'OTHER', description: '', action: '' });

/** The first problem with a draft, as a message key of `careLog.invalid` and the row (1-based) it is on; null when it can be saved. */
export function checkDraft(draft: CareLogDraft): { problem: string; row?: number } | null {
  if (!draft.summary.trim()) return { problem: 'summary_empty' };
  if (draft.summary.length > CARE_LOG_LIMITS.summary) return { problem: 'summary_long' };
  if (draft.incidents.length > CARE_LOG_LIMITS.incidents) return { problem: 'too_many' };
  for (const [index, incident] of draft.incidents.entries()) {
    const row = index + 1;
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(incident.at)) return { problem: 'time', row };
    if (!incident.description.trim() || !incident.action.trim()) return { problem: 'text_empty', row };
    if (incident.description.length > CARE_LOG_LIMITS.text || incident.action.length > CARE_LOG_LIMITS.text) return { problem: 'text_long', row };
  }
  return null;
}

/** The mutation's input: trimmed texts, incidents in time order, the version read (none for the day's first log). */
export const inputOf = (schoolId: string, date: string, draft: CareLogDraft, version: number | undefined): WriteCareLogInput => ({
  schoolId,
  date,
  summary: draft.summary.trim(),
  incidents: [...draft.incidents]
    .sort((a, b) => a.at.localeCompare(b.at))
    .map(({ at, kind, description, action }) => ({ at, kind, description: description.trim(), action: action.trim() })),
  ...(version === undefined ? {} : { expectedVersion: version }),
});
