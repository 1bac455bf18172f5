import type { Page, PageItem } from '../db/paging';
import type {
  AlertResolvers,
  CareLogResolvers,
  HandoverResolvers,
  LeaveRequestResolvers,
  MutationResolvers,
  NotificationResolvers,
  QueryResolvers,
  RollCallMarkResolvers,
  RollCallResolvers,
} from '../generated/resolvers';
import type { AlertRecord, NotificationRecord } from './alertEntity';

export type AlertPage = Page<AlertRecord>;
export type AlertPageItem = PageItem<AlertRecord>;
export type NotificationPage = Page<NotificationRecord>;
export type NotificationPageItem = PageItem<NotificationRecord>;

export const careQueries: Pick<
  QueryResolvers,
  'rollCall' | 'careSessions' | 'leaveRequests' | 'authorizedPickups' | 'handovers' | 'alerts' | 'notifications' | 'careLog'
> = {
  rollCall: (_parent, { activityId, date }, { viewer, services }) => services.rollCalls.ofSession(viewer, activityId, date),
  careSessions: (_parent, { date }, { viewer, services }) => services.rollCalls.sessions(viewer, date),
  leaveRequests: (_parent, { studentId }, { viewer, services }) => services.leaveRequests.ofStudent(viewer, studentId),
  authorizedPickups: (_parent, { studentId }, { viewer, services }) => services.pickups.pickupsOf(viewer, studentId),
  handovers: (_parent, { studentId }, { viewer, services }) => services.pickups.handoversOf(viewer, studentId),
  alerts: (_parent, { filter, first, after }, { viewer, services }) => services.alertService.list(viewer, filter, { first, after }),
  notifications: (_parent, { first, after }, { viewer, services }) => services.alertService.notificationsOf(viewer, { first, after }),
  careLog: (_parent, { schoolId, date }, { viewer, services }) => services.careLogs.ofDay(viewer, schoolId, date),
};

export const careMutations: Pick<
  MutationResolvers,
  | 'recordRollCall'
  | 'requestLeave'
  | 'acknowledgeLeave'
  | 'addAuthorizedPickup'
  | 'removeAuthorizedPickup'
  | 'rotatePickupCode'
  | 'recordHandover'
  | 'resolveAlert'
  | 'writeCareLog'
> = {
  recordRollCall: (_parent, { input }, { viewer, services }) => services.rollCalls.record(viewer, input),
  requestLeave: (_parent, { input }, { viewer, services }) => services.leaveRequests.request(viewer, input),
  acknowledgeLeave: (_parent, { id, expectedVersion }, { viewer, services }) => services.leaveRequests.acknowledge(viewer, id, expectedVersion),
  addAuthorizedPickup: (_parent, { input }, { viewer, services }) => services.pickups.add(viewer, input),
  removeAuthorizedPickup: (_parent, { id }, { viewer, services }) => services.pickups.remove(viewer, id),
  rotatePickupCode: (_parent, { id, expectedVersion }, { viewer, services }) => services.pickups.rotateCode(viewer, id, expectedVersion),
  recordHandover: (_parent, { input }, { viewer, services }) => services.pickups.record(viewer, input),
  resolveAlert: (_parent, { id, note, expectedVersion }, { viewer, services }) => services.alertService.resolve(viewer, id, note, expectedVersion),
  writeCareLog: (_parent, { input }, { viewer, services }) => services.careLogs.write(viewer, input),
};

export const rollCallFields: RollCallResolvers = {
  recorded: (rollCall) => (rollCall as { recorded?: boolean }).recorded ?? true,
  activity: async (rollCall, _args, { loaders }) => (await loaders.activity.load(rollCall.activityId)) ?? null,
};

export const rollCallMarkFields: RollCallMarkResolvers = {
  student: async (mark, _args, { loaders }) => (await loaders.student.load(mark.studentId)) ?? null,
};

export const leaveRequestFields: LeaveRequestResolvers = {
  acknowledgedAt: (leave) => leave.acknowledgedAt ?? null,
};

export const handoverFields: HandoverResolvers = {
  toGuardian: (handover) => handover.toGuardian ?? null,
  fromActivityId: (handover) => handover.fromActivityId ?? null,
  toActivityId: (handover) => handover.toActivityId ?? null,
};

export const alertFields: AlertResolvers = {
  studentId: (alert) => alert.studentId ?? null,
  activityId: (alert) => alert.activityId ?? null,
  resolvedAt: (alert) => alert.resolvedAt ?? null,
  note: (alert) => alert.note ?? null,
  params: (alert) =>
    alert.params
      ? {
          studentName: alert.params.studentName ?? null,
          className: alert.params.className ?? null,
          activityTitle: alert.params.activityTitle ?? null,
          activityStartTime: alert.params.activityStartTime ?? null,
          venue: alert.params.venue ?? null,
          pickupSlot: alert.params.pickupSlot ?? null,
          graceMinutes: alert.params.graceMinutes ?? null,
        }
      : null,
};

export const notificationFields: NotificationResolvers = {
  studentId: (notification) => notification.studentId ?? null,
  alertId: (notification) => notification.alertId ?? null,
  messageCode: (notification) => notification.messageCode ?? null,
  params: (notification) =>
    notification.messageCode
      ? {
          studentName: null,
          className: null,
          activityTitle: null,
          activityStartTime: null,
          venue: null,
          pickupSlot: null,
          graceMinutes: null,
          leaveFrom: null,
          leaveTo: null,
          leaveReason: null,
          releasedAt: null,
          pickupPersonName: null,
          pickupPersonRelation: null,
          ...notification.params,
        }
      : null,
};

export const careLogFields: CareLogResolvers = {
  dutyLeaderId: (log) => log.dutyLeaderId ?? null,
};
