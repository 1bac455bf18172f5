import { activityEntity, type ActivityRecord } from '../activities/activityEntity';
import type { Viewer } from '../auth/viewer';
import { nowIso } from '../core/clock';
import { getEach, keyRead, type KeyRead } from '../db/batches';
import type { Db } from '../db/client';
import { staffEntity, type StaffMemberRecord } from '../people/staffEntity';
import { unsavedDefaultPolicy } from '../policy/defaultPolicy';
import { DISTRICT_POLICY_ID, policyEntity, type DistrictPolicyRecord } from '../policy/policyEntity';
import { termEntity, type TermRecord } from '../terms/termEntity';
import { idempotencyEntity } from './rollCallEntity';

/** Beyond this many schools and providers the guesses start again (a Lambda instance serves a bounded district). */
const MAX_GUESSES = 5_000;

/** What a roll call checks, read before its transaction. */
export interface SessionReads {
  activity?: ActivityRecord;
  /** What the submitter's idempotency key recorded, if it was used. */
  usedKey?: string;
  /** The activity's term: read with the rest when the guess was right, else on its own once the activity is known. */
  term?: TermRecord;
  /** The district policy as the calendar reads it (the default one before the first save). */
  policy: DistrictPolicyRecord;
  /** A TEACHER's own staff record (null: there is none). */
  staffMember?: StaffMemberRecord | null;
}

/**
 * The items a roll call reads whose keys are known from the input and the token — the activity, the used idempotency
 * key, the district policy, a teacher's staff record and the term — in one BatchGetItem (strongly consistent, as the
 * key's read must be) instead of a GetItem each. The term's id is only on the activity, so it is guessed: the term the
 * submitter's school (or provider) last took roll call in. A guess is only a key to read: the term is used only when
 * it is the activity's own (`termOf`), otherwise it is read by the activity's term id, one more call. Nothing read
 * here is kept between requests: every check runs on what DynamoDB returned for this submission.
 */
export function createRollCallReads(db: Db) {
  const entities = {
    activity: activityEntity(db),
    key: idempotencyEntity(db),
    policy: policyEntity(db),
    staff: staffEntity(db),
    term: termEntity(db),
  };
  const lastTermOf = new Map<string, string>();
  const guessScope = (viewer: Viewer | null) => viewer?.schoolId ?? viewer?.providerId;

  return {
    async read(viewer: Viewer | null, activityId: string, key: { scope: string; key: string } | undefined): Promise<SessionReads> {
      const scope = guessScope(viewer);
      const guess = scope ? lastTermOf.get(scope) : undefined;
      const staffId = viewer?.role === 'TEACHER' ? viewer.staffId : undefined;
      // Only what this submission needs is asked for: a key of nobody's, or a term never guessed, is not read.
      const optional = <T>(wanted: boolean, read: () => KeyRead<T>) => (wanted ? [read()] : []);
      const reads = [
        keyRead<ActivityRecord>(entities.activity, { id: activityId }),
        keyRead<DistrictPolicyRecord>(entities.policy, { id: DISTRICT_POLICY_ID }),
        ...optional(Boolean(key), () => keyRead<{ resultId: string }>(entities.key, key!)),
        ...optional(Boolean(staffId), () => keyRead<StaffMemberRecord>(entities.staff, { id: staffId! })),
        ...optional(Boolean(guess), () => keyRead<TermRecord>(entities.term, { id: guess! })),
      ];
      const found = await getEach(db, reads, { consistent: true });
      const take = <T>(wanted: boolean): T | undefined => (wanted ? (found.splice(0, 1)[0] as T | undefined) : undefined);
      const activity = take<ActivityRecord>(true);
      const policy = take<DistrictPolicyRecord>(true);
      const used = take<{ resultId: string }>(Boolean(key));
      const staffMember = take<StaffMemberRecord>(Boolean(staffId));
      const term = take<TermRecord>(Boolean(guess));
      if (activity && scope) {
        if (lastTermOf.size >= MAX_GUESSES) lastTermOf.clear();
        lastTermOf.set(scope, activity.termId);
      }
      return {
        activity,
        usedKey: used?.resultId,
        term: activity && term?.id === activity.termId ? term : undefined,
        policy: policy ?? unsavedDefaultPolicy(nowIso()),
        staffMember: staffId ? (staffMember ?? null) : undefined,
      };
    },
  };
}

export type RollCallReads = ReturnType<typeof createRollCallReads>;
