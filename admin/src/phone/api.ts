/**
 * The phone pages' only door to the API: the published typed client (@kehou/client) with the parents' and class
 * teachers' operations (graphql/client/src/operations/parent.graphql, teacher.graphql), as any outside app would
 * call them. Nothing else in phone/ builds a request.
 */
import {
  AddAuthorizedPickupDocument,
  AuthorizedPickupsDocument,
  CareSessionsDocument,
  LeaveRequestsDocument,
  NotificationsDocument,
  RecordRollCallDocument,
  ReleaseChildDocument,
  RemoveAuthorizedPickupDocument,
  RequestLeaveDocument,
  type CareSessionsQuery,
  type RecordRollCallInput,
  ApplyForServiceDocument,
  ChangePickupSlotDocument,
  ClassReviewQueueDocument,
  createClient,
  KehouError,
  LinkChildDocument,
  ParentActivitiesDocument,
  ParentHomeDocument,
  ParentTermsDocument,
  ReviewApplicationDocument,
  TeacherHomeDocument,
  ProviderHomeDocument,
  WithdrawApplicationDocument,
  type ApplyForServiceInput,
  type ClassReviewQueueQuery,
  type KehouClient,
  type OptOutReason,
  type ParentActivitiesQuery,
  type ParentHomeQuery,
  type ParentTermsQuery,
  type ReviewDecision,
  ChildBillsDocument,
  TeacherPickupBoardDocument,
  TeacherSchoolDocument,
  type TeacherPickupBoardQuery,
} from '@kehou/client';

export type PhoneClient = KehouClient;

/** What the pages tell a user about: the contract's codes, a network failure, or anything else. */
export type PhoneErrorCode = KehouError['code'] | 'UNKNOWN';

/** The code of whatever a request threw (the client's typed errors carry it; a server failure reads as UNKNOWN). */
export const phoneErrorCode = (error: unknown): PhoneErrorCode =>
  error instanceof KehouError && error.code !== 'INTERNAL_SERVER_ERROR' ? error.code : 'UNKNOWN';

/** A client for one endpoint; the token is asked for before every request (a new sign-in is used at once). */
export const createPhoneClient = (url: string, getToken: () => string | null, fetchImpl?: typeof fetch): PhoneClient =>
  createClient({ url, token: getToken, fetch: fetchImpl });

export type ParentHome = ParentHomeQuery;
export type ChildBill = Awaited<ReturnType<ReturnType<typeof parentApi>['bills']>>[number];
export type Child = NonNullable<ParentHomeQuery['viewer']>['children'][number];
export type ChildApplication = Child['applications'][number];
export type PickupSlot = NonNullable<Child['school']>['pickupSlots'][number];
export type TermOption = ParentTermsQuery['terms']['nodes'][number];
export type ActivityOption = ParentActivitiesQuery['activities']['nodes'][number];
export type ReviewItem = ClassReviewQueueQuery['enrolmentApplications']['nodes'][number];

/** The family's operations (家长端). */
export const parentApi = (client: PhoneClient) => ({
  home: () => client.request(ParentHomeDocument),
  terms: async (schoolId: string) => (await client.request(ParentTermsDocument, { schoolId })).terms.nodes,
  activities: async (schoolId: string, termId: string) => (await client.request(ParentActivitiesDocument, { schoolId, termId })).activities.nodes,
  linkChild: async (code: string) => (await client.request(LinkChildDocument, { code })).linkChild,
  apply: async (input: ApplyForServiceInput) => (await client.request(ApplyForServiceDocument, { input })).applyForService,
  changePickupSlot: async (id: string, pickupSlot: string, expectedVersion: number) =>
    (await client.request(ChangePickupSlotDocument, { id, pickupSlot, expectedVersion })).changePickupSlot,
  withdraw: async (id: string, reason: string | null, optOutReason: OptOutReason | null) =>
    (await client.request(WithdrawApplicationDocument, { id, reason, optOutReason })).withdrawApplication,
  bills: async (studentId: string) => (await client.request(ChildBillsDocument, { studentId })).bills.nodes,
});

/** The class teacher's operations (教师端): their classes' review queues. */
export const teacherApi = (client: PhoneClient) => ({
  me: () => client.request(TeacherHomeDocument),
  queue: async (classId: string) => (await client.request(ClassReviewQueueDocument, { classId })).enrolmentApplications.nodes,
  review: (item: Pick<ReviewItem, 'id' | 'version'>, decision: ReviewDecision, comment: string | null) =>
    client.request(ReviewApplicationDocument, { id: item.id, decision, comment, expectedVersion: item.version }),
});

/** A provider's on-site instructor (机构老师) on the teachers' page: its provider's name; the sessions are teacherCareApi's. */
export const providerApi = (client: PhoneClient) => ({
  provider: async (id: string) => (await client.request(ProviderHomeDocument, { id })).provider,
});

export type CareSession = CareSessionsQuery['careSessions'][number];

/** The teacher's daily care (今日点名, 放学交接). Roll calls go through the offline queue (rollCallQueue.ts). */
export const teacherCareApi = (client: PhoneClient) => ({
  sessions: async (date: string) => (await client.request(CareSessionsDocument, { date })).careSessions,
  recordRollCall: async (input: RecordRollCallInput) => (await client.request(RecordRollCallDocument, { input })).recordRollCall,
  release: async (studentId: string, pickupCode: string) => (await client.request(ReleaseChildDocument, { studentId, pickupCode })).recordHandover,
});

/** The family's daily care (请假, 接送人, 通知). */
export const parentCareApi = (client: PhoneClient) => ({
  leaves: async (studentId: string) => (await client.request(LeaveRequestsDocument, { studentId })).leaveRequests,
  requestLeave: async (studentId: string, from: string, to: string, reason: string) =>
    (await client.request(RequestLeaveDocument, { input: { studentId, from, to, reason } })).requestLeave,
  pickups: async (studentId: string) => (await client.request(AuthorizedPickupsDocument, { studentId })).authorizedPickups,
  addPickup: async (studentId: string, name: string, relation: string) =>
    (await client.request(AddAuthorizedPickupDocument, { input: { studentId, name, relation } })).addAuthorizedPickup,
  removePickup: (id: string) => client.request(RemoveAuthorizedPickupDocument, { id }),
  notifications: async () => (await client.request(NotificationsDocument)).notifications.nodes,
});

export type PickupSlotBoard = TeacherPickupBoardQuery['careBoard']['pickupSlots'][number];

/** The teacher's pickup list (放学名单): the today board of their school, scoped by the server to what they run. */
export const teacherPickupApi = (client: PhoneClient) => ({
  slots: async (date: string) => {
    const schoolId = (await client.request(TeacherSchoolDocument)).viewer?.schoolId;
    if (!schoolId) return [];
    return (await client.request(TeacherPickupBoardDocument, { schoolId, date })).careBoard.pickupSlots;
  },
});
