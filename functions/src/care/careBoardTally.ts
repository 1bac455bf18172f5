import { minutesOf } from '../core/clock';
import { leaveCovers, type LeaveRequestRecord } from './leaveEntity';
import type { HandoverRecord } from './pickupEntity';
import type { RollCallRecord } from './rollCallEntity';

export interface MarkCountsView {
  present: number;
  absent: number;
  leave: number;
  late: number;
}

export type PickupState = 'WAITING' | 'RELEASED' | 'LEAVE' | 'ABSENT';

export interface CarePickupChildView {
  studentId: string;
  state: PickupState;
  releasedAt: string | null;
  releasedTo: string | null;
  overdue: boolean;
}

export interface CarePickupSlotView {
  time: string | null;
  due: number;
  released: number;
  waiting: number;
  onLeave: number;
  absent: number;
  children: CarePickupChildView[];
}

export interface TallyInput {
  /** The children of the board with their pickup slot (from the approved applications; none when unknown). */
  children: { studentId: string; pickupSlot?: string | null }[];
  /** The day's roll calls in start order: a child's last mark decides ABSENT / LEAVE. */
  rollCalls: Pick<RollCallRecord, 'marks'>[];
  /** The day's releases. */
  releases: Pick<HandoverRecord, 'studentId' | 'at' | 'toGuardian'>[];
  /** The leaves covering the day (cancelled ones are ignored). */
  leaves: Pick<LeaveRequestRecord, 'studentId' | 'from' | 'to' | 'status'>[];
  /** Minutes since midnight: a WAITING child whose slot is at or before this is overdue (-1: none is). */
  overdueAfter: number;
  /** The day, to check the leaves against (defaults to covering: the repository already chose them by date). */
  date?: string;
}

/**
 * Where each child stands at the end of the day, grouped by pickup slot (SPEC §3.7, the same rule as the
 * NOT_PICKED_UP alert): released when a RELEASE handover exists; on leave when a leave covers the day or their last
 * mark is LEAVE; absent when their last mark is ABSENT; otherwise waiting. Due = released + waiting.
 */
export function tallyPickups(input: TallyInput): CarePickupSlotView[] {
  const lastMark = new Map<string, string>();
  for (const rollCall of input.rollCalls) for (const mark of rollCall.marks) lastMark.set(mark.studentId, mark.status);
  const released = new Map(input.releases.map((item) => [item.studentId, item]));
  const covering = input.leaves.filter((leave) => (input.date ? leaveCovers(leave, input.date) : leave.status !== 'CANCELLED'));
  const onLeave = new Set(covering.map((leave) => leave.studentId));
  const slots = new Map<string | null, CarePickupSlotView>();
  const seen = new Set<string>();
  for (const child of input.children) {
    if (seen.has(child.studentId)) continue;
    seen.add(child.studentId);
    const time = child.pickupSlot || null;
    const release = released.get(child.studentId);
    const mark = lastMark.get(child.studentId);
    const state: PickupState = release ? 'RELEASED' : onLeave.has(child.studentId) || mark === 'LEAVE' ? 'LEAVE' : mark === 'ABSENT' ? 'ABSENT' : 'WAITING';
    let slot = slots.get(time);
    if (!slot) slots.set(time, (slot = { time, due: 0, released: 0, waiting: 0, onLeave: 0, absent: 0, children: [] }));
    if (state === 'RELEASED') slot.released += 1;
    if (state === 'WAITING') slot.waiting += 1;
    if (state === 'LEAVE') slot.onLeave += 1;
    if (state === 'ABSENT') slot.absent += 1;
    slot.due = slot.released + slot.waiting;
    slot.children.push({
      studentId: child.studentId,
      state,
      releasedAt: release?.at ?? null,
      releasedTo: release?.toGuardian ?? null,
      overdue: state === 'WAITING' && time !== null && input.overdueAfter >= 0 && minutesOf(time) <= input.overdueAfter,
    });
  }
  // Earliest slot first; children without a slot last.
  return [...slots.values()].sort((a, b) => (a.time === null ? 1 : b.time === null ? -1 : a.time.localeCompare(b.time)));
}
