/**
 * The phone pages' only door to the API: plain `fetch` with a bearer token and the operations they use, typed by
 * hand from the schema. The typed client package (graphql/client) will replace this one module; nothing else in
 * phone/ builds a request.
 */
import type { ApplicationStatus, ReviewDecision, Weekday } from '../generated/graphql';

export type PhoneErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'INVALID_TRANSITION' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'RATE_LIMITED' | 'NETWORK' | 'UNKNOWN';

export class PhoneApiError extends Error {
  constructor(readonly code: PhoneErrorCode, message: string, readonly field?: string) {
    super(message);
    this.name = 'PhoneApiError';
  }
}

const codes = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'INVALID_TRANSITION', 'FORBIDDEN', 'UNAUTHENTICATED', 'RATE_LIMITED']);

export interface PhoneClient {
  request<Data>(query: string, variables?: Record<string, unknown>): Promise<Data>;
}

export function createPhoneClient(url: string, getToken: () => string | null, fetchImpl: typeof fetch = (...args) => fetch(...args)): PhoneClient {
  return {
    async request<Data>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
      const token = getToken();
      let response: Response;
      try {
        response = await fetchImpl(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query, variables }),
        });
      } catch (error) {
        throw new PhoneApiError('NETWORK', error instanceof Error ? error.message : String(error));
      }
      if (response.status === 401) throw new PhoneApiError('UNAUTHENTICATED', 'HTTP 401');
      const body = (await response.json().catch(() => ({}))) as { data?: Data; errors?: { message: string; extensions?: { code?: string; field?: string } }[] };
      const [error] = body.errors ?? [];
      if (error) {
        const code = error.extensions?.code && codes.has(error.extensions.code) ? (error.extensions.code as PhoneErrorCode) : 'UNKNOWN';
        throw new PhoneApiError(code, error.message, error.extensions?.field);
      }
      if (!response.ok || !body.data) throw new PhoneApiError('UNKNOWN', `HTTP ${response.status}`);
      return body.data;
    },
  };
}

export interface PickupSlot {
  grades: number[];
  times: string[];
}

export interface ChildApplication {
  id: string;
  version: number;
  termId: string;
  status: ApplicationStatus;
  days: Weekday[];
  lateCare: boolean;
  pickupSlot: string;
  reason: string | null;
  withdrawnFrom: string | null;
  submittedAt: string;
}

export interface Child {
  id: string;
  name: string;
  className: string | null;
  grade: number;
  schoolId: string;
  school: { id: string; name: string; pickupSlots: PickupSlot[] } | null;
  applications: ChildApplication[];
}

export interface ParentHome {
  viewer: { role: string; guardian: { id: string; name: string } | null; children: Child[] } | null;
  districtPolicy: { serviceDays: Weekday[]; careAgreement: string };
}

export interface TermOption {
  id: string;
  schoolYear: string;
  semester: number;
  startDate: string;
  endDate: string;
}

export interface ActivityOption {
  id: string;
  title: string;
  weekday: Weekday;
  startTime: string;
  endTime: string;
  grades: number[];
  category: string;
  status: string;
}

export interface ReviewItem {
  id: string;
  version: number;
  priority: number;
  submittedAt: string;
  days: Weekday[];
  lateCare: boolean;
  pickupSlot: string;
  student: { name: string; leftBehind: boolean | null; hardship: boolean | null } | null;
}

const APPLICATION = 'id version termId status days lateCare pickupSlot reason withdrawnFrom submittedAt';

/** The family's operations (家长端). */
export const parentApi = (client: PhoneClient) => ({
  home: () =>
    client.request<ParentHome>(`query PhoneParentHome {
      viewer { role guardian { id name } children { id name className grade schoolId school { id name pickupSlots { grades times } } applications { ${APPLICATION} } } }
      districtPolicy { serviceDays careAgreement }
    }`),
  terms: async (schoolId: string) =>
    (await client.request<{ terms: { nodes: TermOption[] } }>('query PhoneTerms($s: ID!) { terms(filter: { schoolId: $s }) { nodes { id schoolYear semester startDate endDate } } }', { s: schoolId })).terms.nodes,
  activities: async (schoolId: string, termId: string) =>
    (
      await client.request<{ activities: { nodes: ActivityOption[] } }>(
        'query PhoneActivities($s: ID!, $t: ID!) { activities(first: 100, filter: { schoolId: $s, termId: $t, status: ACTIVE }) { nodes { id title weekday startTime endTime grades category status } } }',
        { s: schoolId, t: termId },
      )
    ).activities.nodes,
  linkChild: async (code: string) => (await client.request<{ linkChild: { id: string; name: string } }>('mutation PhoneLink($c: String!) { linkChild(code: $c) { id name } }', { c: code })).linkChild,
  apply: async (input: { studentId: string; termId: string; days: Weekday[]; lateCare: boolean; pickupSlot: string; activityIds: string[]; consent: boolean }) =>
    (await client.request<{ applyForService: ChildApplication }>(`mutation PhoneApply($i: ApplyForServiceInput!) { applyForService(input: $i) { ${APPLICATION} } }`, { i: input })).applyForService,
  changePickupSlot: async (id: string, pickupSlot: string, expectedVersion: number) =>
    (await client.request<{ changePickupSlot: ChildApplication }>(`mutation PhonePickup($id: ID!, $p: LocalTime!, $v: Int!) { changePickupSlot(id: $id, pickupSlot: $p, expectedVersion: $v) { ${APPLICATION} } }`, { id, p: pickupSlot, v: expectedVersion }))
      .changePickupSlot,
  withdraw: async (id: string, reason: string | null, optOutReason: string | null) =>
    (await client.request<{ withdrawApplication: ChildApplication }>(`mutation PhoneWithdraw($id: ID!, $r: String, $o: OptOutReason) { withdrawApplication(id: $id, reason: $r, optOutReason: $o) { ${APPLICATION} } }`, { id, r: reason, o: optOutReason }))
      .withdrawApplication,
});

/** The class teacher's operations (教师端): their class's review queue. */
export const teacherApi = (client: PhoneClient) => ({
  me: () => client.request<{ viewer: { role: string; staff: { name: string } | null; classes: { id: string; name: string }[] } | null }>('query PhoneTeacher { viewer { role staff { name } classes { id name } } }'),
  queue: async (classId: string) =>
    (
      await client.request<{ enrolmentApplications: { nodes: ReviewItem[] } }>(
        'query PhoneQueue($c: ID!) { enrolmentApplications(first: 100, filter: { classId: $c, status: SUBMITTED }) { nodes { id version priority submittedAt days lateCare pickupSlot student { name leftBehind hardship } } } }',
        { c: classId },
      )
    ).enrolmentApplications.nodes,
  review: (item: Pick<ReviewItem, 'id' | 'version'>, decision: ReviewDecision, comment: string | null) =>
    client.request('mutation PhoneReview($id: ID!, $d: ReviewDecision!, $c: String, $v: Int) { reviewApplication(id: $id, decision: $d, comment: $c, expectedVersion: $v) { id status } }', {
      id: item.id,
      d: decision,
      c: comment,
      v: item.version,
    }),
});
