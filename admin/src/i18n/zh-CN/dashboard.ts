/** 首页（dashboard）: who you are, and the figures that need attention, each linking to its list. */
export const dashboardZh = {
  welcome: '欢迎，%{name}',
  role: '当前身份：%{role}',
  school: '所属学校：%{school}',
  district_hint: '先在“区级政策”中设置全区规则，再登记学校并建立学期；在“校外机构”中审核准入，在“有序退出”中决定退出案件。',
  school_hint: '维护本校信息和学期，在“排片表”中安排一周的课后服务，用“合规检查”核对“5+2”要求，与已准入机构签订服务协议。',
  phone_hint: '教师和家长请使用手机端页面：教师 /m/teacher（本班申请审核），家长 /m/parent（绑定孩子、申请课后服务）。',
  open_phone: { TEACHER: '打开教师端（/m/teacher）', PARENT: '打开家长端（/m/parent）' },
  provider_hint: '在“校外机构”中查看和维护本机构的联系人、人员和资质，上传资质文件；在“服务协议”和“评价”中查看协议和评价结果。',
  unavailable: '无法加载概况数据，请稍后再试。',
  compliance: {
    title: '合规问题',
    none: '各校当前学期的排片均符合区级政策。',
    issues: '%{count} 个问题',
  },
  providers: {
    title: '校外机构',
    total: '共 %{count} 家',
  },
  contracts: {
    title: '30 天内到期的协议',
    link: '查看这些协议',
  },
  qualifications: {
    title: '30 天内到期的机构资质',
    link: '查看已准入机构',
  },
  evaluations: {
    title: '低于退出分数线的评价',
    none: '最近没有低于退出分数线的评价。',
    item: '%{total} 分 · %{school} · %{date}',
    all: '查看全部低分评价',
  },
  exits: {
    title: '进行中的退出案件',
    open: '待决定',
    approved: '过渡中',
  },
  satisfaction: {
    title: '各校满意度',
    none: '还没有全区满意度调查的结果。',
    rate: '满意度',
    responses: '%{count} 份答卷',
    results: '查看问卷结果',
    chart: '各校满意度柱状图',
  },
};
