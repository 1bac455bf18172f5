/** 教职工、班级、学生、课后服务申请（children and families), as `resources.*` and `app.people.*`. */
export const peopleResourcesZh = {
  staffMembers: {
    name: '教职工',
    fields: { id: '编号', schoolId: '学校', name: '姓名', phone: '电话', duties: '职责', duty: '职责', active: '在职', q: '搜索姓名', updatedAt: '更新时间' },
    empty: { title: '还没有教职工', hint: '点击“新建”登记本校教职工：班主任、任课/看护教师和值班领导。' },
  },
  schoolClasses: {
    name: '班级',
    fields: { id: '编号', schoolId: '学校', grade: '年级', name: '班级名称', classTeacherId: '班主任', studentCount: '在读人数', students: '学生名单', updatedAt: '更新时间' },
    empty: { title: '还没有班级', hint: '点击“新建”建立班级并指定班主任，再导入学生名单。' },
    approved_list: '公示名单',
  },
  students: {
    name: '学生',
    fields: {
      id: '编号', schoolId: '学校', classId: '班级', className: '班级', grade: '年级', name: '姓名', maskedName: '公示姓名', gender: '性别',
      leftBehind: '留守儿童', hardship: '家庭困难', status: '状态', leftOn: '离校日期', guardians: '监护人', guardianName: '姓名',
      relation: '关系', phone: '电话', linked: '已绑定', applications: '课后服务申请', activities: '参加的活动', q: '搜索姓名', updatedAt: '更新时间',
    },
    empty: { title: '还没有学生', hint: '在班级中新建学生，或用“导入”上传班级名单（班级、姓名、性别、监护人、电话、留守、困难）。' },
  },
  enrolmentApplications: {
    name: '课后服务申请',
    fields: {
      id: '编号', studentId: '学生', schoolId: '学校', classId: '班级', termId: '学期', days: '服务日', lateCare: '延时托管', pickupSlot: '放学时段',
      activityIds: '意向活动', status: '状态', priority: '优先级', consentAt: '同意时间', consentText: '托管协议', reason: '原因', classComment: '班主任意见',
      decisionComment: '学校意见', submittedVia: '提交方式', submittedAt: '提交时间', withdrawnFrom: '退出日期', optOutReason: '退出原因', updatedAt: '更新时间',
    },
    empty: { title: '没有申请', hint: '家长在手机端提交申请，学校也可代录纸质申请。请先选择学校和学期。' },
  },
};

export const peopleEnumsZh = {
  staffDuty: { CLASS_TEACHER: '班主任', TEACHER: '任课/看护教师', DUTY_LEADER: '值班领导', SCHOOL_ADMIN: '学校管理员' },
  gender: { FEMALE: '女', MALE: '男' },
  studentStatus: { ACTIVE: '在读', LEFT: '已离校' },
  applicationStatus: { SUBMITTED: '已提交', CLASS_APPROVED: '班主任已审核', APPROVED: '已通过', REJECTED: '未通过', WITHDRAWN: '已退出' },
  submissionChannel: { GUARDIAN: '家长提交', SCHOOL: '学校代录' },
  optOutReason: { OWN_PICKUP: '家长自行接送', OTHER_CARE: '其他看护安排', ACTIVITIES_NOT_SUITABLE: '活动不适合', COST: '费用', HEALTH: '健康原因', OTHER: '其他' },
};

export const peopleAppZh = {
  priority: { 0: '普通', 1: '优先', 2: '优先（留守且困难）' },
  code: {
    button: '发放绑定码',
    title: '家长绑定码',
    intro: '请把绑定码交给家长，家长在手机端“绑定孩子”中输入。绑定码只显示这一次，7 天内有效，只能使用一次；再次发放会使旧码失效。',
    expires: '有效期至 %{date}',
    close: '关闭',
  },
  queue: {
    pick: '请先选择学校和学期',
    approve_class: '班级审核通过',
    reject: '不通过',
    approve: '学校核准',
    withdraw: '退出',
    bulk_approve: '批量核准',
    bulk_done: '已核准 %{ok} 份，%{failed} 份未能核准',
    reason_title: '不通过的原因',
    reason_label: '原因（家长可见）',
    withdraw_title: '退出课后服务',
    withdraw_label: '原因（可不填）',
    done: { review: '已完成班级审核', decide: '已完成学校核准', withdraw: '已退出' },
  },
  roster: {
    title: '活动名单',
    count: '已安排 %{count} / %{capacity} 人',
    add: '加入名单',
    add_hint: '只能加入本学期已通过申请、所选服务日包含本活动当天的学生',
    remove: '移出',
    added: '已加入名单',
    removed: '已移出名单',
    empty: '名单中还没有学生',
  },
  approved: {
    title: '%{className} 课后服务名单（公示）',
    intro: '以下学生的课后服务申请已通过学校核准。为保护未成年人个人信息，姓名已部分隐去。',
    pickup: '放学时段',
    late_care: '延时托管',
    print: '打印',
    total: '共 %{count} 人',
  },
};
