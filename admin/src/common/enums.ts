import type { FeeModel, LeadershipRole, Ownership, SchoolType, Weekday } from '../generated/graphql';

export interface Choice<Id extends string | number = string> {
  id: Id;
  /** A translation key; react-admin's choice inputs and SelectField translate it. */
  name: string;
}

/** Choices whose labels are `app.enums.<group>.<value>` messages. */
export function enumChoices<Id extends string | number>(group: string, values: readonly Id[]): Choice<Id>[] {
  return values.map((id) => ({ id, name: `app.enums.${group}.${id}` }));
}

// Typed against the generated enums: a value renamed or removed in the SDL fails to compile here.
export const schoolTypes = enumChoices<SchoolType>('schoolType', ['PRIMARY', 'JUNIOR', 'NINE_YEAR']);
export const ownerships = enumChoices<Ownership>('ownership', ['PUBLIC', 'PRIVATE']);
export const leadershipRoles = enumChoices<LeadershipRole>('leadershipRole', ['LEADER', 'DEPUTY', 'MEMBER']);
export const weekdays = enumChoices<Weekday>('weekday', [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
]);
export const feeModels = enumChoices<FeeModel>('feeModel', ['FREE', 'MONTHLY']);
export const semesters = enumChoices<number>('semester', [1, 2]);

/** Grades 1–9 (primary 1–6, junior 7–9). */
export const GRADES = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
