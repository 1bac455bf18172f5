import { operation } from '../dataProvider/operation';
import { DutyRotaPageDocument, SetDutyRotaDocument, type DutyRotaFieldsFragment, type Weekday } from '../generated/graphql';

/** The weekdays a rota is set for: Monday to Friday (make-up days run one of these), plus any other the rota holds. */
const allWeekdays: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
export function weekdaysShown(rota: Pick<DutyRotaFieldsFragment, 'days'> | null | undefined): Weekday[] {
  const held = new Set(rota?.days.map((day) => day.weekday) ?? []);
  return allWeekdays.filter((weekday, index) => index < 5 || held.has(weekday));
}

/** The form's choice per weekday ('' = nobody) as the mutation's days, Monday first. */
export function rotaDays(choice: Partial<Record<Weekday, string>>): { weekday: Weekday; staffId: string }[] {
  return allWeekdays.filter((weekday) => choice[weekday]).map((weekday) => ({ weekday, staffId: choice[weekday]! }));
}

/** The form's starting choice: the rota as stored. */
export const choiceOf = (rota: Pick<DutyRotaFieldsFragment, 'days'> | null | undefined): Partial<Record<Weekday, string>> =>
  Object.fromEntries((rota?.days ?? []).map((day) => [day.weekday, day.staffId]));

export const rotaOperations = {
  /** The rota and the school's active duty leaders (the people it may name). */
  load: (schoolId: string) => operation(DutyRotaPageDocument, { schoolId }, (d) => ({ rota: d.dutyRota ?? null, leaders: d.staffMembers.nodes })),
  /** Saves the whole rota over the version read (none for the school's first). */
  save: (schoolId: string, choice: Partial<Record<Weekday, string>>, version: number | undefined) =>
    operation(SetDutyRotaDocument, { schoolId, days: rotaDays(choice), expectedVersion: version ?? null }, (d) => d.setDutyRota),
};
