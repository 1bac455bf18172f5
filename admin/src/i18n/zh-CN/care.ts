/** An alert's text from its kind and `params`: reads as the API's `message` (functions/src/care/alertService.ts, alertJob.ts). */
const alertMessagesZh = {
  ABSENT_WITHOUT_LEAVE: '%{studentName}（%{className}）未到「%{activityTitle}」%{activityStartTime}，且没有请假',
  ROLL_CALL_MISSING: '「%{activityTitle}」%{activityStartTime} 开始已过 %{graceMinutes} 分钟，仍未点名（%{venue}）',
  NOT_PICKED_UP: '%{studentName} 放学时段 %{pickupSlot} 已过 %{graceMinutes} 分钟，仍未接走',
  a_student: '学生',
};

/**
 * A notification's title and body from its `messageCode` and `params` (the console's bell and the phone pages): they
 * read as the API's `title` and `body` (alertService.ts, leaveService.ts, pickupService.ts).
 */
export const notificationTextZh = {
  titles: {
    ABSENT_WITHOUT_LEAVE: '未请假缺勤',
    NOT_PICKED_UP: '放学未接走',
    ROLL_CALL_MISSING: '未点名',
    LEAVE_REQUESTED: '请假',
    LEAVE_ACKNOWLEDGED: '请假已确认',
    RELEASED: '已接走',
  },
  bodies: {
    ...alertMessagesZh,
    LEAVE_REQUESTED: '%{studentName} %{leaveFrom} 请假：%{leaveReason}',
    LEAVE_REQUESTED_RANGE: '%{studentName} %{leaveFrom} 至 %{leaveTo} 请假：%{leaveReason}',
    LEAVE_ACKNOWLEDGED: '%{studentName} %{leaveFrom}–%{leaveTo} 的请假老师已确认',
    RELEASED: '%{studentName} 已于 %{releasedAt} 由 %{pickupPersonName}（%{pickupPersonRelation}）接走',
  },
};

/** 今日看护、预警与看护日志 (daily care, SPEC §3.7). */
export const alertsZh = {
  name: '预警',
  fields: {
    schoolId: '学校',
    kind: '类型',
    date: '日期',
    status: '状态',
    message: '内容',
    raisedAt: '产生时间',
    resolvedAt: '处理时间',
    note: '处理说明',
  },
  resolve: '处理',
  resolve_title: '处理预警',
  resolve_content: '写明已采取的措施（如已联系家长、孩子已被接走）。处理记录会写入审计日志。',
  resolved: '预警已处理',
  empty: { title: '暂无预警', hint: '点名缺勤、超时未接和未点名会在这里产生预警。' },
  /** An alert's text from its kind and `params`: reads as the API's `message` (functions/src/care/alertService.ts, alertJob.ts). */
  messages: alertMessagesZh,
  notifications: notificationTextZh,
};

export const careLogsZh = {
  name: '看护日志',
  fields: {
    schoolId: '学校',
    month: '月份',
    date: '日期',
    summary: '概况',
    incidents: '事项',
    incidentCount: '事项数',
    dutyLeaderId: '值班领导',
    updatedAt: '最后填写',
    at: '时间',
    kind: '类型',
    description: '经过',
    action: '处理措施',
  },
  no_incidents: '当日无特殊事项',
  empty: { title: '本月暂无看护日志', hint: '看护日志由当天的值班领导在教师端手机页面（/m/teacher）的“看护日志”中填写，这里只能查看。' },
};

export const careAppZh = {
  board: {
    menu: '今日看护',
    title: '今日看护看板',
    district_title: '全区今日看护',
    date: '日期',
    not_service_day: '该日不是服务日。',
    pick_school: '请选择学校，或查看全区汇总。',
    unavailable: '无法加载看板，请稍后再试。',
    sessions: '今日课程',
    alerts: '待处理预警',
    no_alerts: '没有待处理的预警',
    pickups: '放学交接',
    no_pickups: '今日没有需要放学交接的学生。',
    no_slot: '未登记放学时段',
    slot: '放学时段 %{time}',
    care_log: '看护日志',
    care_log_written: '已填写',
    care_log_missing: '未填写',
    print: '打印日报',
    back_to_district: '返回全区汇总',
    overdue: '超时未接',
    show_waiting: '只看待接学生',
    show_everyone: '显示全部学生',
    summary: {
      sessions: '课程',
      taken: '已点名',
      missing: '未点名',
      not_yet_due: '未到点名时间',
      open_alerts: '待处理预警',
      due: '应接',
      released: '已接走',
      waiting: '待接',
      on_leave: '请假',
      absent: '缺勤',
      present: '出勤',
      late: '迟到',
    },
    columns: {
      school: '学校',
      activity: '活动',
      time: '时间',
      venue: '地点',
      state: '点名',
      taken_at: '点名时间',
      marks: '出勤/缺勤/请假/迟到',
      student: '学生',
      class_name: '班级',
      pickup_state: '状态',
      released_to: '接走人',
      released_at: '接走时间',
    },
  },
  sheet: {
    title: '课后服务日报',
    heading: '%{school} · %{date} 课后服务日报',
    printed_at: '打印时间：%{at}',
    signature: '值班领导签字：',
    print: '打印',
  },
  bell: {
    label: '通知与预警',
    open_alerts: '待处理预警：%{count} 条',
    notifications: '最近通知',
    none: '暂无通知',
    all_alerts: '查看全部预警',
  },
};

export const careEnumsZh = {
  alertStatus: { OPEN: '待处理', RESOLVED: '已处理' },
  incidentKind: { INJURY: '受伤', ILLNESS: '生病', LATE_PICKUP: '接送延误', CONFLICT: '冲突', SAFETY: '安全隐患', OTHER: '其他' },
  rollCallState: { TAKEN: '已点名', MISSING: '未点名', NOT_YET_DUE: '未到时间' },
  pickupState: { WAITING: '待接', RELEASED: '已接走', LEAVE: '请假', ABSENT: '缺勤' },
};
