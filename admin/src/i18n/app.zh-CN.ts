import { peopleAppZh, peopleEnumsZh, peopleResourcesZh } from './zh-CN/people';
import { billsZh, moneyAppZh, moneyEnumsZh } from './zh-CN/money';
import { alertsZh, careAppZh, careEnumsZh, careLogsZh } from './zh-CN/care';
import { activitiesZh } from './zh-CN/activities';
import { contractsZh } from './zh-CN/contracts';
import { dashboardZh } from './zh-CN/dashboard';
import { csvZh } from './zh-CN/csv';
import { domainEnumsZh } from './zh-CN/enums';
import { evaluationsZh } from './zh-CN/evaluations';
import { exitsZh } from './zh-CN/exits';
import { complianceTextZh } from './zh-CN/complianceText';
import { pagesZh } from './zh-CN/pages';
import { rotaZh } from './zh-CN/rota';
import { providersZh } from './zh-CN/providers';
import { signInZh } from './zh-CN/signIn';
import { surveyEnumsZh, surveysZh } from './zh-CN/surveys';
import { errorsZh } from './zh-CN/errors';
import { inspectionsZh, supervisionEnumsZh, supervisionZh, termCalendarZh } from './zh-CN/supervision';

/**
 * The console's own messages in Simplified Chinese: resources, fields, enum values and app texts.
 * `app.en.ts` must have exactly the same keys (checked by `messages.test.ts`).
 */
export const appChineseMessages = {
  resources: {
    schools: {
      name: '学校',
      fields: {
        id: '编号',
        version: '版本',
        name: '学校名称',
        code: '学校代码',
        type: '学校类型',
        ownership: '办学性质',
        address: '地址',
        grades: '服务年级',
        studentCount: '在校学生数',
        principal: '校长（第一责任人）',
        leadershipGroup: '课后服务领导小组',
        leadershipRole: '职务',
        memberName: '姓名',
        memberTitle: '校内职务',
        pickupSlots: '放学时段',
        slotGrades: '适用年级',
        slotTimes: '放学时间',
        slotTime: '时间',
        terms: '学期',
        q: '搜索名称或代码',
        createdAt: '创建时间',
        updatedAt: '更新时间',
      },
      empty: {
        title: '还没有学校',
        create_hint: '点击“新建”添加本区的第一所学校，再为它建立学期。',
        wait_hint: '区教育局尚未为您的账号登记学校，请联系区教育局管理员。',
        no_match: '没有符合条件的学校。请修改搜索词或清除筛选。',
      },
      helper: {
        code: '本区内唯一，2–32 位字母、数字或短横线',
        code_locked: '学校代码只能由区教育局修改',
        pickup_slots: '按年段设置放学时间，例如 1–2 年级 16:00、17:00、17:30',
      },
      pickup_line: '%{grades}：%{times}',
      card: { students: '%{count} 名学生' },
      tabs: { overview: '基本信息', leadership: '领导小组与放学时段', terms: '学期' },
    },
    terms: {
      name: '学期',
      fields: {
        id: '编号',
        version: '版本',
        schoolId: '学校',
        schoolYear: '学年',
        semester: '学期',
        startDate: '开始日期',
        endDate: '结束日期',
        excludedDates: '不开展服务的日期（节假日）',
        excludedDate: '日期',
        makeUpDays: '调休补课日',
        calendar: '校历',
        serviceDayCount: '服务天数',
        createdAt: '创建时间',
        updatedAt: '更新时间',
      },
      empty: {
        title: '还没有学期',
        create_hint: '点击“新建”为学校建立学期（学年、学期、起止日期），之后才能排课和签订协议。',
        school_hint: '这所学校还没有学期。',
        no_match: '没有符合条件的学期。请更换学校或清除筛选。',
      },
      helper: {
        schoolYear: '格式为 2026-2027',
        excludedDates: '学期内不开展课后服务的日期，例如国庆假期',
      },
      copy: {
        button: '复制到所有学校',
        confirm_title: '复制学期到所有学校',
        confirm_content: '将为尚无此学期的每所学校创建相同学年、学期和日期的学期。确定继续吗？',
        done: '已为 %{smart_count} 所学校创建学期',
      },
      add_for_school: '为此学校新建学期',
      calendar: termCalendarZh,
    },
    districtPolicy: {
      name: '区级政策',
      fields: {
        version: '版本',
        serviceDays: '服务日',
        minDailyMinutes: '每日最少服务时长（分钟）',
        lateCareEndsNotBefore: '延时托管结束时间不早于',
        feeModel: '收费方式',
        monthlyFee: '月收费（元/生）',
        dailyFee: '日收费（元/生·服务日）',
        refundDeadlineDay: '全额退费截止日（每月第几日）',
        hardshipDiscountPercent: '困难家庭减免比例（%）',
        teacherRatePerHour: '教师课时补助（元/课时）',
        operatingFundPerStudentYear: '生均公用经费（元/生·学年）',
        outsideProvidersAllowed: '允许引进校外机构',
        minHomeworkGroupSize: '作业辅导组最少人数',
        evaluationExitThreshold: '评价退出分数线',
        satisfactionExitRate: '满意度退出线（0–1）',
        reentryAfterMonths: '退出后重新申请间隔（月）',
        studentDataRetentionMonths: '学生离校后数据保留期限（月）',
        careAgreement: '课后服务托管协议（家长申请时确认）',
        updatedAt: '最后修改',
        serviceEndsBy: '服务结束时间不晚于',
        summerServiceEndsBy: '夏季服务结束时间不晚于',
        summerFrom: '夏季作息开始（月-日）',
        summerTo: '夏季作息结束（月-日）',
        weightInspection: '学期得分权重：督查',
        weightCompliance: '学期得分权重：合规',
        weightSatisfaction: '学期得分权重：满意度',
        overdueFindingPenalty: '每个逾期问题扣分',
        schoolScoreWeights: '学期得分权重',
      },
      helper: {
        serviceEndsBy: '如篇五“下午3:30放学后至5:00”填 17:00；不限制则留空',
        summerServiceEndsBy: '如篇五“夏季可延长至5:30”填 17:30；需同时填写夏季起止日期',
        monthDay: '格式为 月-日，例如 05-01',
      },
    },
    activities: activitiesZh,
    providers: providersZh,
    contracts: contractsZh,
    evaluations: evaluationsZh,
    providerExits: exitsZh,
    surveys: surveysZh,
    ...peopleResourcesZh,
    inspections: inspectionsZh,
    bills: billsZh,
    alerts: alertsZh,
    careLogs: careLogsZh,
  },
  app: {
    // Punctuation between a label and its value, and around a note after a name: full-width in Chinese.
    format: { colon: '：', note: '%{text}（%{note}）' },
    money: moneyAppZh,
    care: careAppZh,
    people: peopleAppZh,
    rota: rotaZh,
    ...supervisionZh,
    complianceText: complianceTextZh,
    ...pagesZh,
    csv: csvZh,
    signIn: signInZh,
    title: '课后服务平台',
    menu: {
      policy: '区级政策',
      timetable: '排片表',
      compliance: '合规检查',
      groups: { daily: '日常', people: '师生与报名', money: '收费与公示', timetable: '排片与合规', providers: '校外机构', surveys: '问卷', settings: '设置' },
    },
    roles: {
      DISTRICT_ADMIN: '区教育局管理员',
      SCHOOL_ADMIN: '学校管理员',
      PROVIDER: '校外机构',
      TEACHER: '教师',
      PARENT: '家长',
    },
    auth: {
      local_intro: '本地演示环境：选择一个演示账号后点击“登录”。',
      choose_user: '演示账号',
      users_unavailable: '无法获取演示账号。请确认本地服务已启动（npm start）。',
      no_users: '本地服务没有提供演示账号。',
      unknown_user: '该演示账号不存在，请刷新页面后重新选择。',
    },
    errors: errorsZh,
    field_errors: {
      BAD_USER_INPUT: '取值无效',
      CONFLICT: '已被其他记录使用',
      INVALID_TRANSITION: '当前状态不允许',
      WORDING: '含有强制性措辞：%{phrases}',
      DOUBLE_BOOKED: {
        venue: '场地冲突：该时段已被“%{title}”占用',
        staffName: '负责人冲突：该时段已在负责“%{title}”',
      },
    },
    enums: {
      schoolType: { PRIMARY: '小学', JUNIOR: '初中', NINE_YEAR: '九年一贯制' },
      ownership: { PUBLIC: '公办', PRIVATE: '民办' },
      leadershipRole: { LEADER: '组长', DEPUTY: '副组长', MEMBER: '成员' },
      weekday: {
        MONDAY: '周一',
        TUESDAY: '周二',
        WEDNESDAY: '周三',
        THURSDAY: '周四',
        FRIDAY: '周五',
        SATURDAY: '周六',
        SUNDAY: '周日',
      },
      feeModel: { FREE: '免费（财政保障）', MONTHLY: '按月收费', PER_DAY: '按服务日收费' },
      semester: { 1: '第一学期（秋季）', 2: '第二学期（春季）' },
      grade: '%{grade} 年级',
      ...domainEnumsZh,
      ...moneyEnumsZh,
      ...careEnumsZh,
      ...peopleEnumsZh,
      ...surveyEnumsZh,
      ...supervisionEnumsZh,
    },
    validation: {
      schoolYear: '学年须为相邻两年，例如 2026-2027',
      endBeforeStart: '结束日期不能早于开始日期',
      code: '2–32 位字母、数字或短横线',
      time: '时间格式为 HH:mm，例如 17:30',
      monthDay: '格式为 月-日，例如 05-01',
    },
    policy: {
      title: '区级政策',
      intro: '全区课后服务的统一规则：“5+2”服务要求、收费、校外机构准入与退出。学校的排课合规检查和协议都按这里的规则执行。',
      read_only: '只有区教育局管理员可以修改区级政策。',
      sections: { service: '服务要求', fees: '收费与经费', providers: '校外机构准入与退出', families: '家长申请与学生信息', supervision: '服务时间与督导评估' },
      care_agreement_hint: '家长申请时看到并确认的协议文本；不得含有强制性措辞（如“必须参加”“不得退出”）',
      conflict_title: '区级政策已被他人修改',
      conflict_body: '您打开页面后，有人保存了新的区级政策，您的修改未保存。请重新加载最新内容，核对后再修改并保存。',
      reload: '重新加载最新内容',
      saved: '区级政策已保存',
      presets: {
        title: '按方案预设',
        applied: '已按“%{name}”填入表单，核对后点击保存生效',
        partTwo: { label: '篇二：免费，周一至周五，可引入校外资源', hint: '“5+2”每个上学日；家长免费；每课时 85 元；每生每年不低于 100 元' },
        partThree: { label: '篇三：校外培训机构不得进校', hint: '只改“允许校外机构”，其余不变' },
        partFive: { label: '篇五：每月 80 元，困难减半，周一至周四', hint: '服务至 17:00，夏季（5月1日至9月30日）可延长至 17:30' },
      },
    },
    dashboard: dashboardZh,
    none: '—',
    list_separator: '、',
  },
};
