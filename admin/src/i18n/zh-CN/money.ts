/** 收费、课时补助与公示 (money, SPEC §3.8). */
export const billsZh = {
  name: '收费账单',
  fields: {
    month: '月份',
    schoolId: '学校',
    studentId: '学生',
    className: '班级',
    status: '状态',
    billedDays: '计费服务日',
    fullAmount: '应收（元）',
    discount: '困难减免（元）',
    refund: '退费（元）',
    netAmount: '实收（元）',
    paymentReference: '收费凭证',
    waivedReason: '免收原因',
  },
  generate: '生成账单',
  generated: '账单已生成（已有的不会重复生成）',
  pay: '收费登记',
  paid: '已登记收费',
  waive: '免收',
  waived: '已免收',
  reference: '收费凭证号（如收据号、交易单号）',
  reason: '免收原因',
  steps: '操作',
  empty: { title: '暂无账单', hint: '选择学校和月份后点击“生成账单”；免费政策下不产生账单。' },
};

export const moneyAppZh = {
  month: '月份',
  stipends: {
    menu: '课时补助',
    title: '课时补助表',
    rate: '补助标准：%{rate} 元/课时',
    total: '合计',
    total_value: '合计 %{total} 元',
    basis: '据实发放：按已点名的课次 × 课时 × 补助标准计算；未点名的课次不计补助；校外机构的课次计入机构对账单。',
    download: '导出 CSV',
    confirm: '确认并锁定',
    confirmed: '补助表已确认并锁定；之后的更正以调整行记录',
    adjustment: '调整',
    unavailable: '无法加载补助表，请稍后再试。',
    empty_title: '本月没有已点名的课次',
    empty_hint: '教师点名后，课次会计入补助表。',
    columns: { staffName: '姓名', sessions: '课次', hours: '课时', rate: '标准（元/课时）', amount: '金额（元）', reason: '说明' },
  },
  disclosures: {
    menu: '公示',
    title: '课后服务公示',
    basis: '公示内容发布后不再改变：服务时间与内容、收费标准与减免人次、参加人数、课时补助、校外机构协议与费用、经费。不含学生姓名、班级名单或电话。',
    publish: '发布公示',
    published: '公示已发布',
    unavailable: '无法加载公示，请稍后再试。',
    empty_title: '本学期尚未发布公示',
    empty_hint: '点击“发布公示”生成本学期的公示快照和公示码。',
    columns: { publishedAt: '发布时间', accessCode: '公示码', enrolledCount: '参加人数', discountsGranted: '减免人次', stipendPaid: '课时补助（元）', fundAllocated: '运转经费（元）', fundSpent: '已支出（元）' },
  },
};

export const moneyEnumsZh = {
  billStatus: { UNPAID: '待缴', PAID: '已缴', WAIVED: '免收' },
  stipendSheetStatus: { DRAFT: '草稿', CONFIRMED: '已确认' },
};
