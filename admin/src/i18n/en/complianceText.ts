import type { complianceTextZh } from '../zh-CN/complianceText';

/** English twin of `zh-CN/complianceText.ts`: the compliance report's explanations and findings, from codes and parameters. */
export const complianceTextEn: typeof complianceTextZh = {
  seeds: { 篇一: 'Part 1', 篇二: 'Part 2', 篇三: 'Part 3', 篇五: 'Part 5' },
  weekdays: {
    MONDAY: 'Monday',
    TUESDAY: 'Tuesday',
    WEDNESDAY: 'Wednesday',
    THURSDAY: 'Thursday',
    FRIDAY: 'Friday',
    SATURDAY: 'Saturday',
    SUNDAY: 'Sunday',
  },
  grade_numbers: '0|1|2|3|4|5|6|7|8|9',
  grades: 'grade %{list} |||| grades %{list}',
  list_separator: ', ',
  day_range: '%{from} to %{to}',
  activity: '%{day} %{time} “%{title}”',
  segments: { CLASS: 'class service', GRADE: 'grade service', SCHOOL: 'school service' },
  contract_statuses: { DRAFT: 'a draft', SIGNED: 'signed', ACTIVE: 'active' },
  issues: {
    DAY_NOT_COVERED: '%{day} has no after-school service: schedule activities on %{day}, at least %{requiredMinutes} minutes.',
    SHORT_DAY: '%{day} has only %{actualMinutes} minutes of after-school service, less than %{requiredMinutes}: add or extend activities.',
    NO_LATE_CARE: '%{day} has no late care: schedule school-level late care ending no earlier than %{requiredTime}.',
    LATE_CARE_ENDS_EARLY: 'Late care on %{day} ends at %{endsAt}, earlier than %{requiredTime}: extend it to %{requiredTime} or later.',
    GRADE_NO_SERVICE: 'No after-school service for %{grades} on %{day}: schedule service for %{grades}.',
    GRADE_NO_SERVICE_PICKUP: 'No after-school service for %{grades} on %{day}: schedule service for %{grades} until the last pickup time, %{requiredTime}.',
    GRADE_GAP: 'No service for %{grades} on %{day} from %{gapFrom} to %{gapTo} (nobody in charge): fill this time with an activity or care.',
    GRADE_ENDS_BEFORE_PICKUP: 'Service for %{grades} on %{day} ends at %{endsAt}, before the last pickup time %{requiredTime}: extend it to %{requiredTime}.',
    SEGMENT_MISSING: '%{day} lacks %{segments}: arrange the three segments “class service + grade service + school service”.',
    WEEKDAY_ALL_HOLIDAYS:
      '%{activity} is not on a service day of the term calendar: every %{day} of this term is a holiday. Delete it or move it to a service day.',
    NOT_A_SERVICE_DAY:
      '%{activity} is not on a service day of the term calendar: %{day} is not a service day (the district’s service days: %{serviceDays}). Delete it or move it to a service day.',
    SERVICE_ENDS_LATE:
      '%{activity} ends at %{endsAt}, later than the end of service %{requiredTime}: it runs late on %{dateCount} service day this term (%{date}). End it earlier. |||| %{activity} ends at %{endsAt}, later than the end of service %{requiredTime}: it runs late on %{dateCount} service days this term (first on %{date}). End it earlier.',
    SMALL_HOMEWORK_GROUP: '%{activity}: homework help has only %{studentCount} students, fewer than %{requiredStudentCount}: merge it with another group.',
    NO_PERSON_IN_CHARGE: '%{activity} has no person in charge: name a teacher of the school or an outside provider.',
    NO_ACTIVE_CONTRACT:
      '%{activity} is run by an outside provider without an active service contract: sign and activate one, or give it to a teacher of the school.',
    ACADEMIC_BY_TRAINING_INSTITUTION:
      '%{activity} is an academic activity but is run by the training institution “%{providerName}”: give it to a teacher of the school.',
    PROVIDER_ACTIVITY:
      '%{activity} is run by the outside provider “%{providerName}”: the district allows no outside providers in after-school services; give it to the school’s staff.',
    PROVIDER_CONTRACT_OPEN:
      'The service contract with “%{providerName}” is still %{contractStatus}: the district allows no outside providers in after-school services; terminate or delete the contract.',
    PROVIDER_STAFF_UNCERTIFIED:
      '%{activity} is run by “%{providerName}”, but none of its staff holds a valid certificate: the provider must add staff certificates, or give it to a teacher of the school.',
    NO_CLASS_TEACHER: '%{className} has no staff member in charge: name a staff member of the school on duty (class teacher) for the class.',
    CLASS_TEACHER_GONE: 'The class teacher of %{className}, %{staffName}, is no longer on duty at the school: name another staff member on duty for the class.',
    DAY_WITHOUT_CARE_LOG: '%{date} (%{dateDay}) has no care log: the duty leader should write the day’s care log.',
    DAY_WITHOUT_CARE_LOG_LEADER: '%{date} (%{dateDay}) has no care log: the duty leader (%{staffName}) should write the day’s care log.',
    OPERATING_FUND_LOW:
      'The operating fund of school year %{schoolYear} is %{fundAmount} yuan, less than %{fundPerStudent} yuan × %{studentCount} students = %{requiredFundAmount} yuan: the district education bureau should make up the difference.',
  },
  explanations: {
    DAY_NOT_COVERED:
      'Part 2: “the 5+2 model: schools offer after-school service 5 days a week”. The district’s service days are %{serviceDays}: every service day needs a timetable (holidays of the term calendar excluded; a make-up day follows the timetable of the weekday it replaces).',
    SHORT_DAY:
      'Part 2: “at least 2 hours of after-school service a day”. The district requires at least %{minDailyMinutes} minutes each service day (overlapping activities count once).',
    NO_LATE_CARE:
      'Part 2: “school-level service: mainly late care … care organised by the school”; “the school offers late care to students who need it”. Every service day with service needs late care.',
    LATE_CARE_ENDS_EARLY:
      'Part 2: “school-level service … generally not earlier than 18:00”, “the end time matches the usual end of the working day”. The district requires late care to end no earlier than %{lateCareEndsNotBefore}.',
    GRADE_NOT_SERVED:
      'Part 1: “pickup times: grades 1–2 at 3 times, 4:00, 5:00 and 5:30; grades 3–6 at 2 times, 5:00 and 5:30”; goal of part 1: “care for those who leave late”. Every grade of the school is served on every service day, without a gap, until its last pickup time (the pickup slots in the school settings).',
    SEGMENT_MISSING:
      'Part 2: “by the number of students and the time of day, after-school service generally has three segments: class service + grade service + school service”. Every service day with service needs class, grade and school service.',
    ACTIVITY_OUTSIDE_CALENDAR:
      'Part 5: “care hours: Monday to Thursday (public holidays and school holidays excepted)”. Service follows the term calendar: the district’s service days are %{serviceDays}; there is no service on holidays (the term’s excluded dates), and a make-up day runs the timetable of the weekday it replaces; activities on other days should not be scheduled.',
    SERVICE_ENDS_LATE:
      'Part 5: “from 3:30 pm after classes until 5:00 (in summer until 5:30)”. The district requires service to end by %{serviceEndsBy}; checked on every service day of the term calendar.',
    SERVICE_ENDS_LATE_SUMMER:
      'Part 5: “from 3:30 pm after classes until 5:00 (in summer until 5:30)”. The district requires service to end by %{serviceEndsBy}, in summer (%{summerFrom}–%{summerTo} each year) by %{summerServiceEndsBy}; checked on every service day of the term calendar.',
    SERVICE_ENDS_LATE_NONE:
      'Part 5: “from 3:30 pm after classes until 5:00 (in summer until 5:30)”. The district policy sets no end of service: this rule does not apply.',
    SMALL_HOMEWORK_GROUP:
      'Part 2: “homework help runs by class, with at least 20 students; with fewer than 20 the school merges groups”. District standard: at least %{minHomeworkGroupSize} students.',
    NO_PERSON_IN_CHARGE:
      'Part 2: “a timetable with five elements: time, content, venue, format and the person in charge”. Every activity needs a person in charge: a teacher of the school or an outside provider.',
    NO_ACTIVE_CONTRACT:
      'Part 2: “when bringing in outside resources, sign an after-school service agreement (contract) stating the service method, content, safety measures and costs”. Activities run by outside providers need an active service contract.',
    ACADEMIC_BY_TRAINING_INSTITUTION:
      'Part 2: “schools may bring in non-academic training institutions”; part 5: “no group teaching or extra lessons during after-school care”. Training institutions may only run non-academic activities, not homework help or self-study.',
    PROVIDER_BANNED:
      'Part 3: “training institutions must never enter campuses to take part in or run after-school services; schools must not run classes with them in the name of after-school service”. The district allows no outside providers: their activities go to the school’s staff and their contracts are terminated.',
    PROVIDER_STAFF_UNCERTIFIED:
      'Part 2: “outside professionals need the matching qualification or proof, such as a vocational qualification or professional (skill) certificate”. An outside provider running activities needs staff with a valid certificate (as of today).',
    CLASS_WITHOUT_STAFF:
      'Part 3: “small groups may be formed across classes and grades; every after-school class has at least one staff member in charge”. Every class has a staff member of the school on duty (class teacher) in charge; checked only for terms that have not ended.',
    DAY_WITHOUT_CARE_LOG:
      'Part 5: “set up student safety, home–school contact, entry and exit, disclosure and after-school care log rules”. Every service day needs the duty leader’s care log; every service day of the term before today is checked.',
    OPERATING_FUND_LOW:
      'Part 2: “an operating fund for after-school service of at least %{operatingFundPerStudentYear} yuan per student per year”. The operating fund the district records for the school’s year must be at least %{operatingFundPerStudentYear} yuan × the students taking part this term.',
  },
};
