import { AppError } from '../core/errors';
import { batchGetItems } from '../db/batches';
import type { Db } from '../db/client';
import type { GuardedWrite } from '../db/transactions';

/** One activity's hold on a resource for a time range of a weekday. */
export interface Booking {
  start: string;
  end: string;
  title: string;
}

/** All bookings of one resource (a venue or a person in charge) on one weekday of one term. */
export interface ResourceDay {
  key: string;
  bookings: Record<string, Booking>;
  /** 0 while the item does not exist yet. */
  version: number;
}

/**
 * Thrown when a resource-day changed between our read and our write: the caller re-reads and re-checks.
 * Never reaches a client unless retries run out (then it is a CONFLICT).
 */
export class ResourceDayChanged extends AppError {
  constructor() {
    super('CONFLICT', 'The timetable changed while saving; try again');
  }
}

const keyOf = (key: string) => ({ pk: `$kehou#booking#${key}`, sk: '$booking_1' });

/**
 * No double booking, enforced by the database: each venue-day and person-day is ONE item listing its bookings.
 * A booking is written with a condition on the version we read, in the same transaction as the activity, so
 * two concurrent writers can never both add overlapping bookings — the second one's condition fails.
 */
export function createBookingRepository(db: Db) {
  return {
    /** The resource-days for these keys (BatchGetItem, unprocessed keys retried); missing ones are empty at version 0. */
    async load(keys: string[]): Promise<Map<string, ResourceDay>> {
      const unique = [...new Set(keys)];
      const days = new Map<string, ResourceDay>(unique.map((key) => [key, { key, bookings: {}, version: 0 }]));
      if (unique.length === 0) return days;
      // A key left unprocessed must not read as an empty day: that would let a double booking through.
      for (const item of await batchGetItems(db, unique.map(keyOf), { ConsistentRead: true })) {
        const key = item.resourceKey as string;
        days.set(key, { key, bookings: (item.bookings ?? {}) as ResourceDay['bookings'], version: item.version as number });
      }
      return days;
    },

    /** The step that removes a whole resource-day (a child who leaves the service frees all their days). */
    clearStep(key: string): GuardedWrite {
      return { op: { Delete: { TableName: db.config.tableName, Key: keyOf(key) } } };
    },

    /** The transaction step that stores a resource-day's new bookings if nobody changed it since we read it. */
    saveStep(day: ResourceDay): GuardedWrite {
      const condition =
        day.version === 0
          ? { ConditionExpression: 'attribute_not_exists(pk)' }
          : {
              ConditionExpression: '#version = :seen',
              ExpressionAttributeNames: { '#version': 'version' },
              ExpressionAttributeValues: { ':seen': day.version },
            };
      return {
        op: {
          Put: {
            TableName: db.config.tableName,
            Item: { ...keyOf(day.key), resourceKey: day.key, bookings: day.bookings, version: day.version + 1 },
            ...condition,
          },
        },
        onConditionFail: () => new ResourceDayChanged(),
      };
    },
  };
}

export type BookingRepository = ReturnType<typeof createBookingRepository>;

/** A resource-day as stored (for bulk loads that write what the transactions would have written). */
export const bookingItem = (key: string, bookings: Record<string, Booking>, version = 1) => ({ ...keyOf(key), resourceKey: key, bookings, version });

/** A child's day of a term: the activities on their rosters that day must not overlap either. */
export const studentDayKey = (termId: string, weekday: string, studentId: string) => `${termId}#${weekday}#student#${studentId}`;

/** Overlap of half-open ranges [start, end): 16:00–17:00 and 17:00–18:00 do not overlap. */
export const overlaps = (a: Booking, b: Booking) => a.start < b.end && b.start < a.end;

const normalise = (text: string) => text.trim().replace(/\s+/g, '').toLowerCase();

/** The resource keys an activity holds: its venue, and its person in charge when there is one. */
export function resourceKeys(activity: { termId: string; weekday: string; venue: string; staffName?: string; providerId?: string }) {
  const prefix = `${activity.termId}#${activity.weekday}`;
  const keys = { venue: `${prefix}#venue#${normalise(activity.venue)}`, person: undefined as string | undefined };
  if (activity.staffName) keys.person = `${prefix}#person#${activity.providerId ?? 'school'}#${normalise(activity.staffName)}`;
  else if (activity.providerId) keys.person = `${prefix}#person#${activity.providerId}`;
  return keys;
}
