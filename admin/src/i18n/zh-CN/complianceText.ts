/**
 * 合规检查的说明与问题，按规则代码和参数在控制台组句（`app.complianceText`）。The Chinese sentences read exactly as the
 * API's own (`functions/src/compliance/rules/*.ts`; checked by complianceText.test.ts): `%{name}` is a parameter of
 * `ComplianceIssueParams` / `ComplianceExplanationParams`, or one the console composes (`day`, `activity`, `grades`).
 * A finding whose code the console does not know (a newer API) is shown in the API's words.
 */
export const complianceTextZh = {
  seeds: { 篇一: '篇一', 篇二: '篇二', 篇三: '篇三', 篇五: '篇五' },
  weekdays: { MONDAY: '周一', TUESDAY: '周二', WEDNESDAY: '周三', THURSDAY: '周四', FRIDAY: '周五', SATURDAY: '周六', SUNDAY: '周日' },
  /** Grade numbers as the sentences write them, 0–9, separated by `|`. */
  grade_numbers: '〇|一|二|三|四|五|六|七|八|九',
  grades: '%{list}年级',
  list_separator: '、',
  day_range: '%{from}至%{to}',
  activity: '%{day} %{time}「%{title}」',
  segments: { CLASS: '班级服务', GRADE: '年级服务', SCHOOL: '校级服务' },
  contract_statuses: { DRAFT: '草稿', SIGNED: '已签订', ACTIVE: '生效中' },
  issues: {
    DAY_NOT_COVERED: '%{day}没有课后服务：请为%{day}排片，至少 %{requiredMinutes} 分钟。',
    SHORT_DAY: '%{day}课后服务仅 %{actualMinutes} 分钟，少于 %{requiredMinutes} 分钟：请增加或延长服务活动。',
    NO_LATE_CARE: '%{day}没有延时托管：请安排校级延时托管，结束时间不早于 %{requiredTime}。',
    LATE_CARE_ENDS_EARLY: '%{day}延时托管 %{endsAt} 结束，早于 %{requiredTime}：请延长至 %{requiredTime} 或以后。',
    GRADE_NO_SERVICE: '%{grades}%{day}没有课后服务：请为%{grades}安排服务。',
    GRADE_NO_SERVICE_PICKUP: '%{grades}%{day}没有课后服务：请为%{grades}安排服务，直至最晚接送时间 %{requiredTime}。',
    GRADE_GAP: '%{grades}%{day} %{gapFrom}–%{gapTo} 没有安排服务（无人看护）：请补上这段时间的活动或托管。',
    GRADE_ENDS_BEFORE_PICKUP: '%{grades}%{day}的服务 %{endsAt} 结束，早于最晚接送时间 %{requiredTime}：请把服务延至 %{requiredTime}。',
    SEGMENT_MISSING: '%{day}缺少%{segments}：请按“班级服务+年级服务+校级服务”三段安排。',
    WEEKDAY_ALL_HOLIDAYS: '%{activity}不在校历的服务日：本学期的%{day}均为节假日。请删除或改到服务日。',
    NOT_A_SERVICE_DAY: '%{activity}不在校历的服务日：%{day}不是服务日（本区服务日为%{serviceDays}）。请删除或改到服务日。',
    SERVICE_ENDS_LATE: '%{activity} %{endsAt} 结束，晚于服务结束时间 %{requiredTime}：本学期有 %{dateCount} 个服务日超时（首个 %{date}）。请提前结束。',
    SMALL_HOMEWORK_GROUP: '%{activity}作业辅导仅 %{studentCount} 人，少于 %{requiredStudentCount} 人：请与其他班并班。',
    NO_PERSON_IN_CHARGE: '%{activity}没有负责人：请指定本校教师或校外机构。',
    NO_ACTIVE_CONTRACT: '%{activity}由校外机构承担但没有生效的服务协议：请签订并生效协议，或改由本校教师负责。',
    ACADEMIC_BY_TRAINING_INSTITUTION: '%{activity}是学科类活动，却由校外培训机构「%{providerName}」承担：请改由本校教师负责。',
    PROVIDER_ACTIVITY: '%{activity}由校外机构「%{providerName}」承担：本区不允许校外机构参与课后服务，请改由本校教职工负责。',
    PROVIDER_CONTRACT_OPEN: '与「%{providerName}」的服务协议仍为%{contractStatus}：本区不允许校外机构参与课后服务，请终止或删除该协议。',
    PROVIDER_STAFF_UNCERTIFIED: '%{activity}由「%{providerName}」承担，但该机构没有持有效证书的人员：请机构补充人员证书，或改由本校教师负责。',
    NO_CLASS_TEACHER: '%{className}没有安排教职工：请为该班指定一名在岗的本校教职工（班主任）。',
    CLASS_TEACHER_GONE: '%{className}的班主任%{staffName}已不在本校岗位：请为该班另行指定一名在岗教职工。',
    DAY_WITHOUT_CARE_LOG: '%{date}（%{dateDay}）没有课后看护日志：请值班领导补写当天的看护日志。',
    DAY_WITHOUT_CARE_LOG_LEADER: '%{date}（%{dateDay}）没有课后看护日志：请值班领导（%{staffName}）补写当天的看护日志。',
    OPERATING_FUND_LOW:
      '%{schoolYear} 学年运转经费 %{fundAmount} 元，低于 %{fundPerStudent} 元 × %{studentCount} 名学生 = %{requiredFundAmount} 元：请区教育局补足。',
  },
  explanations: {
    DAY_NOT_COVERED:
      '篇二「“5+2”模式，即学校每周5天都要开展课后服务」。本区服务日为%{serviceDays}：每个服务日都要排片（校历中的节假日不算，调休补课日按对应星期的课表算）。',
    SHORT_DAY: '篇二「每天课后服务时间不少于2小时」。本区要求每个服务日不少于 %{minDailyMinutes} 分钟（重叠的活动只算一次）。',
    NO_LATE_CARE:
      '篇二「“校级服务”：以延迟服务为主……以“学校”为单位落实看护工作」；篇二「对有特殊需要的学生，学校提供延时托管服务」。每个有服务的服务日都要安排延时托管。',
    LATE_CARE_ENDS_EARLY:
      '篇二「校级服务……一般不早于下午18:00」，「结束时间与当地时间正常下班时间相衔接」。本区要求延时托管不早于 %{lateCareEndsNotBefore} 结束。',
    GRADE_NOT_SERVED:
      '篇一「接孩子的时间，一、二年级分为3个时间点，分别是4点、5点、5点半，三至六年级分为2个时间点，分别是5点、5点半」；篇一总目标「晚走有管护」。学校的每个年级在每个服务日都要有服务，且不留空档，直到该年级最晚的接送时间（学校设置中的接送时间点）。',
    SEGMENT_MISSING:
      '篇二「课后服务根据人数变化和时间推移，一般分为三段即“班级服务+年级服务+校级服务”」。每个有服务的服务日都要有班级服务、年级服务和校级服务。',
    ACTIVITY_OUTSIDE_CALENDAR:
      '篇五「托管时间：星期一至星期四(法定节假日、寒暑假除外)」。服务按学期校历开展：本区服务日为%{serviceDays}，节假日（学期排除日期）不开展，调休补课日按所补星期的课表开展；不在服务日的活动不应排片。',
    SERVICE_ENDS_LATE: '篇五「下午3:30放学后至5:00(夏季可延长至5:30)」。本区规定服务在 %{serviceEndsBy} 前结束；按校历逐个服务日核对。',
    SERVICE_ENDS_LATE_SUMMER:
      '篇五「下午3:30放学后至5:00(夏季可延长至5:30)」。本区规定服务在 %{serviceEndsBy} 前结束，夏季（每年 %{summerFrom}–%{summerTo}）可延长至 %{summerServiceEndsBy}；按校历逐个服务日核对。',
    SERVICE_ENDS_LATE_NONE: '篇五「下午3:30放学后至5:00(夏季可延长至5:30)」。本区政策未规定服务结束时间，此规则不适用。',
    SMALL_HOMEWORK_GROUP:
      '篇二「平行开设的作业答疑原则上以“行政班”为单位，学生数不少于20人，答疑学生数少于20人时由学校统筹并班」。本区标准：不少于 %{minHomeworkGroupSize} 人。',
    NO_PERSON_IN_CHARGE:
      '篇二「建立包含“时间安排”“活动内容”“场地开放”“形式安排”“负责人员”等五要素的课后服务“排片表”」。每项活动都要有负责人：本校教师或校外机构。',
    NO_ACTIVE_CONTRACT:
      '篇二「引入校外资源时，要按照有关规定签订课后服务协议（合同），明确服务的具体方式、服务内容，安全措施、经费支出等事项」。校外机构承担的活动须有生效中的服务协议。',
    ACADEMIC_BY_TRAINING_INSTITUTION:
      '篇二「在特色学校中探索引进非学科类校外培训机构参与课后服务」；篇五「不得利用课后托管时间进行集体授课、补课」。校外培训机构只能承担非学科类活动，不得承担作业辅导、自习。',
    PROVIDER_BANNED:
      '篇三「校外培训机构一律不得进入校园参与或组织实施校内课后服务，坚决禁止学校借课后服务名义与校外培训机构联合办班」。本区政策不允许校外机构参与：已有的机构活动要改由本校教职工负责，机构协议要终止。',
    PROVIDER_STAFF_UNCERTIFIED:
      '篇二「引入的社会专业人员需要具备相应的资质或证明，如职业资格证书或专业技术（技能）证书」。承担活动的校外机构须有持有效证书的人员（以今天为准）。',
    CLASS_WITHOUT_STAFF:
      '篇三「人数较少的可以跨班级跨年级统筹组班，每个课后班应至少安排一名教职工负责管理服务」。每个班级都要有一名在岗的本校教职工（班主任）负责；仅检查尚未结束的学期。',
    DAY_WITHOUT_CARE_LOG:
      '篇五「要建立学生安全保障机制、家校联系制度、准入和退出机制、公示制度、课后看护日志等各项管理制度」。每个服务日都要有值班领导的看护日志；检查学期内今天以前的每个服务日。',
    OPERATING_FUND_LOW:
      '篇二「按每生每年不低于%{operatingFundPerStudentYear}元的标准安排课后服务运转经费」。区教育局为学校登记的学年运转经费不得低于 %{operatingFundPerStudentYear} 元 × 本学期参加课后服务的学生数。',
  },
};
