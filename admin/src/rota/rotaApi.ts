import { operation } from '../dataProvider/operation';
import { DutyRotaPageDocument, SetDutyRotaDocument, type DutyRotaFieldsFragment, type Weekday } from '../generated/graphql';

/**
 * The weekdays a rota is set for: the district policy's service days (Monday to Friday when unknown; make-up days run
 * one of these), plus any other the rota still holds, so it can be cleared (the API refuses a rota naming one).
 */
const allWeekdays: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
export function weekdaysShown(rota: Pick<DutyRotaFieldsFragment, 'days'> | null | undefined, serviceDays?: readonly Weekday[] | null): Weekday[] {
  const held = new Set(rota?.days.map((day) => day.weekday) ?? []);
  const served = new Set(serviceDays ?? allWeekdays.slice(0, 5));
  return allWeekdays.filter((weekday) => served.has(weekday) || held.has(weekday));
}

/** The form's choice per weekday ('' = nobody) as the mutation's days, Monday first. */
export function rotaDays(choice: Partial<Record<Weekday, string>>): { weekday: Weekday; staffId: string }[] {
  return allWeekdays.filter((weekday) => choice[weekday]).map((weekday) => ({ weekday, staffId: choice[weekday]! }));
}

/** The form's starting choice: the rota as stored. */
export const choiceOf = (rota: Pick<DutyRotaFieldsFragment, 'days'> | null | undefined): Partial<Record<Weekday, string>> =>
  Object.fromEntries((rota?.days ?? []).map((day) => [day.weekday, day.staffId]));

export const rotaOperations = {
  /** The rota, the school's active duty leaders (the people it may name) and the service days (the weekdays it may name). */
  load: (schoolId: string) =>
    operation(DutyRotaPageDocument, { schoolId }, (d) => ({
      rota: d.dutyRota ?? null,
      leaders: d.staffMembers.nodes,
      serviceDays: d.districtPolicy?.serviceDays ?? null,
    })),
  /** Saves the whole rota over the version read (none for the school's first). */
  save: (schoolId: string, choice: Partial<Record<Weekday, string>>, version: number | undefined) =>
    operation(SetDutyRotaDocument, { schoolId, days: rotaDays(choice), expectedVersion: version ?? null }, (d) => d.setDutyRota),
};
