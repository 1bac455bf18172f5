import { conflict } from '../core/errors';
import { ConcurrentTransaction, type GuardedWrite } from '../db/transactions';
import type { ActivityRecord } from './activityEntity';
import { overlaps, resourceKeys, ResourceDayChanged, type BookingRepository } from './bookingRepository';

const MAX_ATTEMPTS = 10;

const holds = (activity: ActivityRecord | undefined) => (activity && activity.status === 'ACTIVE' ? resourceKeys(activity) : undefined);

/**
 * Moves an activity's bookings from `previous` to `next` (either may be absent: create, delete) and runs `write`
 * with the booking steps added to its transaction. Overlaps are refused with CONFLICT naming the other activity;
 * if a resource-day changed between read and write, everything is re-read and re-checked (optimistic retry).
 */
export async function writeWithBookings(
  bookings: BookingRepository,
  previous: ActivityRecord | undefined,
  next: ActivityRecord | undefined,
  write: (bookingSteps: GuardedWrite[]) => Promise<void>,
): Promise<void> {
  const before = holds(previous);
  const after = holds(next);
  const keys = [before?.venue, before?.person, after?.venue, after?.person].filter((key): key is string => Boolean(key));
  for (let attempt = 1; ; attempt++) {
    const days = await bookings.load(keys);
    const changed = new Set<string>();
    for (const key of [before?.venue, before?.person]) {
      if (key && previous && days.get(key)!.bookings[previous.id]) {
        delete days.get(key)!.bookings[previous.id];
        changed.add(key);
      }
    }
    if (next && after) {
      for (const [resource, key] of [
        ['venue', after.venue],
        ['person', after.person],
      ] as const) {
        if (!key) continue;
        const day = days.get(key)!;
        const wanted = { start: next.startTime, end: next.endTime, title: next.title };
        const clash = Object.entries(day.bookings).find(([otherId, booking]) => otherId !== next.id && overlaps(booking, wanted));
        if (clash) {
          const [otherId, other] = clash;
          const what = resource === 'venue' ? `Venue ${next.venue}` : `${next.staffName ?? 'The provider'}`;
          throw conflict(`${what} is already booked on ${next.weekday} ${other.start}–${other.end} by “${other.title}” (${otherId})`, {
            field: resource === 'venue' ? 'venue' : 'staffName',
            conflictingActivityId: otherId,
            conflictingActivityTitle: other.title,
          });
        }
        day.bookings[next.id] = wanted;
        changed.add(key);
      }
    }
    try {
      await write([...changed].map((key) => bookings.saveStep(days.get(key)!)));
      return;
    } catch (error) {
      const retryable = error instanceof ResourceDayChanged || error instanceof ConcurrentTransaction;
      if (!retryable || attempt >= MAX_ATTEMPTS) throw error;
      // Jittered back-off so concurrent writers of one day do not collide again in lockstep.
      await new Promise((wait) => setTimeout(wait, 5 + Math.random() * 20 * attempt));
    }
  }
}
