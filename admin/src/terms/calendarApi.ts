import type { Identifier } from 'react-admin';
import { existing } from '../dataProvider/connection';
import { operation, type ResourceApi } from '../dataProvider/operation';
import { TermCalendarDocument, UpdateTermCalendarDocument, type UpdateTermInput } from '../generated/graphql';

/** A month of a term's calendar is addressed as `termId/YYYY-MM` (react-admin's getOne takes one id). */
export const termCalendarId = (termId: string, month: string) => `${termId}/${month}`;

function parseCalendarId(id: Identifier) {
  const [termId, month] = String(id).split('/');
  if (!termId || !month) throw new Error(`A term calendar id is "term/YYYY-MM", not "${String(id)}"`);
  return { id: termId, month };
}

/** Read-only: computed by the API's calendar service under the district policy. */
export const termCalendarApi: ResourceApi = {
  one: (id) => operation(TermCalendarDocument, parseCalendarId(id), (d) => ({ ...existing(d.term, 'Term', id), id: String(id), termId: d.term?.id })),
};

/** Saves the term's excluded dates and make-up days at the version the calendar showed (CONFLICT otherwise). */
export const saveTermCalendar = (termId: string, version: number, input: Pick<UpdateTermInput, 'excludedDates' | 'makeUpDays'>) =>
  operation(UpdateTermCalendarDocument, { id: termId, input, expectedVersion: version }, (d) => d.updateTerm);
