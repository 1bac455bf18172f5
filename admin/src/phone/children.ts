import type { Child, ChildApplication } from './api';

/** An application that holds the child's place for its term. */
export const live = (application: ChildApplication | undefined) =>
  Boolean(application && ['SUBMITTED', 'CLASS_APPROVED', 'APPROVED'].includes(application.status));

/** The application that matters now: the newest one. */
export const latest = (child: Child) => [...child.applications].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt)).at(-1);

/** The pickup times the child's school offers their grade (篇一: grades 1–2 at 16:00/17:00/17:30, 3–6 at 17:00/17:30). */
export const pickupTimes = (child: Child) =>
  (child.school?.pickupSlots ?? []).filter((slot) => slot.grades.includes(child.grade)).flatMap((slot) => slot.times);
