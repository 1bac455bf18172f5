import type { alertsZh, careAppZh, careEnumsZh, careLogsZh, notificationTextZh } from '../zh-CN/care';

const alertMessagesEn: typeof alertsZh.messages = {
  ABSENT_WITHOUT_LEAVE: '%{studentName} (%{className}) missed “%{activityTitle}” at %{activityStartTime} without leave',
  ROLL_CALL_MISSING: '“%{activityTitle}” started at %{activityStartTime}: no roll call after %{graceMinutes} minutes (%{venue})',
  NOT_PICKED_UP: '%{studentName} not picked up %{graceMinutes} minutes after the pickup slot %{pickupSlot}',
  a_student: 'A student',
};

export const notificationTextEn: typeof notificationTextZh = {
  titles: {
    ABSENT_WITHOUT_LEAVE: 'Absent without leave',
    NOT_PICKED_UP: 'Not picked up',
    ROLL_CALL_MISSING: 'Roll call missing',
    LEAVE_REQUESTED: 'Leave request',
    LEAVE_ACKNOWLEDGED: 'Leave acknowledged',
    RELEASED: 'Picked up',
  },
  bodies: {
    ...alertMessagesEn,
    LEAVE_REQUESTED: '%{studentName}: leave on %{leaveFrom}: %{leaveReason}',
    LEAVE_REQUESTED_RANGE: '%{studentName}: leave from %{leaveFrom} to %{leaveTo}: %{leaveReason}',
    LEAVE_ACKNOWLEDGED: 'The teacher acknowledged the leave of %{studentName}, %{leaveFrom}–%{leaveTo}',
    RELEASED: '%{studentName} was picked up at %{releasedAt} by %{pickupPersonName} (%{pickupPersonRelation})',
  },
};

export const alertsEn: typeof alertsZh = {
  name: 'Alerts',
  fields: {
    schoolId: 'School',
    kind: 'Kind',
    date: 'Date',
    status: 'Status',
    message: 'Message',
    raisedAt: 'Raised at',
    resolvedAt: 'Resolved at',
    note: 'Resolution note',
  },
  resolve: 'Resolve',
  resolve_title: 'Resolve the alert',
  resolve_content: 'Say what was done (e.g. the family was called, the child was picked up). The resolution is audited.',
  resolved: 'Alert resolved',
  empty: { title: 'No alerts', hint: 'Absences without leave, children not picked up and missing roll calls raise alerts here.' },
  messages: alertMessagesEn,
  notifications: notificationTextEn,
};

export const careLogsEn: typeof careLogsZh = {
  name: 'Care logs',
  fields: {
    schoolId: 'School',
    month: 'Month',
    date: 'Date',
    summary: 'Summary',
    incidents: 'Incidents',
    incidentCount: 'Incidents',
    dutyLeaderId: 'Duty leader',
    updatedAt: 'Last written',
    at: 'Time',
    kind: 'Kind',
    description: 'What happened',
    action: 'What was done',
  },
  no_incidents: 'No incidents that day',
  empty: {
    title: 'No care logs this month',
    hint: 'The day’s duty leader writes the care log on the teacher phone page (/m/teacher, “Care log”); it is read here.',
  },
};

export const careAppEn: typeof careAppZh = {
  board: {
    menu: 'Today',
    title: 'Today’s care board',
    district_title: 'Today across the district',
    date: 'Date',
    not_service_day: 'Not a service day.',
    pick_school: 'Pick a school, or look at the district summary.',
    unavailable: 'The board could not be loaded; please try again later.',
    sessions: 'Sessions today',
    alerts: 'Open alerts',
    no_alerts: 'No open alerts',
    pickups: 'Pickup',
    no_pickups: 'No children to hand over today.',
    no_slot: 'No pickup slot on file',
    slot: 'Pickup slot %{time}',
    care_log: 'Care log',
    care_log_written: 'Written',
    care_log_missing: 'Missing',
    print: 'Print daily sheet',
    back_to_district: 'Back to the district summary',
    overdue: 'Overdue',
    show_waiting: 'Waiting children only',
    show_everyone: 'Show every child',
    summary: {
      sessions: 'Sessions',
      taken: 'Roll call taken',
      missing: 'Roll call missing',
      not_yet_due: 'Not yet due',
      open_alerts: 'Open alerts',
      due: 'Due',
      released: 'Released',
      waiting: 'Waiting',
      on_leave: 'On leave',
      absent: 'Absent',
      present: 'Present',
      late: 'Late',
    },
    columns: {
      school: 'School',
      activity: 'Activity',
      time: 'Time',
      venue: 'Venue',
      state: 'Roll call',
      taken_at: 'Taken at',
      marks: 'Present/absent/leave/late',
      student: 'Student',
      class_name: 'Class',
      pickup_state: 'State',
      released_to: 'Released to',
      released_at: 'Released at',
    },
  },
  sheet: {
    title: 'Daily care sheet',
    heading: '%{school} · daily care sheet of %{date}',
    printed_at: 'Printed: %{at}',
    signature: 'Duty leader’s signature:',
    print: 'Print',
  },
  bell: {
    label: 'Notifications and alerts',
    open_alerts: 'Open alerts: %{count}',
    notifications: 'Latest notifications',
    none: 'No notifications',
    all_alerts: 'See all alerts',
  },
};

export const careEnumsEn: typeof careEnumsZh = {
  alertStatus: { OPEN: 'Open', RESOLVED: 'Resolved' },
  incidentKind: { INJURY: 'Injury', ILLNESS: 'Illness', LATE_PICKUP: 'Late pickup', CONFLICT: 'Conflict', SAFETY: 'Safety', OTHER: 'Other' },
  rollCallState: { TAKEN: 'Taken', MISSING: 'Missing', NOT_YET_DUE: 'Not yet due' },
  pickupState: { WAITING: 'Waiting', RELEASED: 'Released', LEAVE: 'On leave', ABSENT: 'Absent' },
};
