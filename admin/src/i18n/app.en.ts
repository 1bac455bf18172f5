import { peopleAppEn, peopleEnumsEn, peopleResourcesEn } from './en/people';
import { billsEn, moneyAppEn, moneyEnumsEn } from './en/money';
import { alertsEn, careAppEn, careEnumsEn, careLogsEn } from './en/care';
import type { appChineseMessages } from './app.zh-CN';
import { activitiesEn } from './en/activities';
import { contractsEn } from './en/contracts';
import { dashboardEn } from './en/dashboard';
import { csvEn } from './en/csv';
import { domainEnumsEn } from './en/enums';
import { evaluationsEn } from './en/evaluations';
import { exitsEn } from './en/exits';
import { complianceTextEn } from './en/complianceText';
import { pagesEn } from './en/pages';
import { rotaEn } from './en/rota';
import { providersEn } from './en/providers';
import { signInEn } from './en/signIn';
import { surveyEnumsEn, surveysEn } from './en/surveys';
import { errorsEn } from './en/errors';
import { inspectionsEn, supervisionEn, supervisionEnumsEn, termCalendarEn } from './en/supervision';

/** English twin of `app.zh-CN.ts`; the type makes a missing or extra key a compile error. */
export const appEnglishMessages: typeof appChineseMessages = {
  resources: {
    schools: {
      name: 'School |||| Schools',
      fields: {
        id: 'ID',
        version: 'Version',
        name: 'Name',
        code: 'School code',
        type: 'Type',
        ownership: 'Ownership',
        address: 'Address',
        grades: 'Grades served',
        studentCount: 'Enrolled students',
        principal: 'Principal (person responsible)',
        leadershipGroup: 'After-school leadership group',
        leadershipRole: 'Position',
        memberName: 'Name',
        memberTitle: 'Post at school',
        pickupSlots: 'Pickup slots',
        slotGrades: 'Grades',
        slotTimes: 'Pickup times',
        slotTime: 'Time',
        terms: 'Terms',
        q: 'Search name or code',
        createdAt: 'Created',
        updatedAt: 'Updated',
      },
      empty: {
        title: 'No schools yet',
        create_hint: 'Click “Create” to add the first school of the district, then give it a term.',
        wait_hint: 'The district office has not registered a school for your account yet. Please contact the district admin.',
        no_match: 'No school matches. Change the search or clear the filters.',
      },
      helper: {
        code: 'Unique in the district: 2–32 letters, digits or dashes',
        code_locked: 'Only the district office can change the school code',
        pickup_slots: 'Pickup times per grade band, e.g. grades 1–2 at 16:00, 17:00 and 17:30',
      },
      pickup_line: '%{grades}: %{times}',
      card: { students: '%{count} students' },
      tabs: { overview: 'Overview', leadership: 'Leadership and pickup', terms: 'Terms' },
    },
    terms: {
      name: 'Term |||| Terms',
      fields: {
        id: 'ID',
        version: 'Version',
        schoolId: 'School',
        schoolYear: 'School year',
        semester: 'Semester',
        startDate: 'Start date',
        endDate: 'End date',
        excludedDates: 'Dates without service (holidays)',
        excludedDate: 'Date',
        makeUpDays: 'Make-up days',
        calendar: 'Calendar',
        serviceDayCount: 'Service days',
        createdAt: 'Created',
        updatedAt: 'Updated',
      },
      empty: {
        title: 'No terms yet',
        create_hint: 'Click “Create” to give a school a term (school year, semester, dates); timetables and contracts need one.',
        school_hint: 'This school has no term yet.',
        no_match: 'No term matches. Choose another school or clear the filters.',
      },
      helper: {
        schoolYear: 'Formatted 2026-2027',
        excludedDates: 'Days inside the term without after-school service, e.g. the National Day holiday',
      },
      copy: {
        button: 'Copy to all schools',
        confirm_title: 'Copy term to all schools',
        confirm_content: 'Every school that lacks this term gets one with the same year, semester and dates. Continue?',
        done: 'Created the term for %{smart_count} school |||| Created the term for %{smart_count} schools',
      },
      add_for_school: 'New term for this school',
      calendar: termCalendarEn,
    },
    districtPolicy: {
      name: 'District policy',
      fields: {
        version: 'Version',
        serviceDays: 'Service days',
        minDailyMinutes: 'Minimum service per day (minutes)',
        lateCareEndsNotBefore: 'Late care ends no earlier than',
        feeModel: 'Fee model',
        monthlyFee: 'Monthly fee (yuan per student)',
        dailyFee: 'Daily fee (yuan per student and service day)',
        refundDeadlineDay: 'Full refund up to day of month',
        hardshipDiscountPercent: 'Hardship discount (%)',
        teacherRatePerHour: 'Teacher stipend (yuan per class hour)',
        operatingFundPerStudentYear: 'Operating fund (yuan per student and year)',
        outsideProvidersAllowed: 'Outside providers allowed',
        minHomeworkGroupSize: 'Minimum homework group size',
        evaluationExitThreshold: 'Evaluation exit threshold',
        satisfactionExitRate: 'Satisfaction exit rate (0–1)',
        reentryAfterMonths: 'Re-entry after exit (months)',
        studentDataRetentionMonths: 'Student data kept after leaving (months)',
        careAgreement: 'Care agreement (confirmed by families when applying)',
        updatedAt: 'Last changed',
        serviceEndsBy: 'Service ends no later than',
        summerServiceEndsBy: 'In summer, service ends no later than',
        summerFrom: 'Summer period from (MM-DD)',
        summerTo: 'Summer period to (MM-DD)',
        weightInspection: 'Term score weight: inspections',
        weightCompliance: 'Term score weight: compliance',
        weightSatisfaction: 'Term score weight: satisfaction',
        overdueFindingPenalty: 'Points off per overdue finding',
        schoolScoreWeights: 'School score weights',
      },
      helper: {
        serviceEndsBy: 'E.g. 17:00 as in seed part 五 (“after 3:30 until 5:00”); leave empty for no limit',
        summerServiceEndsBy: 'E.g. 17:30 (“in summer until 5:30”); needs the summer period too',
        monthDay: 'Month and day as MM-DD, e.g. 05-01',
      },
    },
    activities: activitiesEn,
    providers: providersEn,
    contracts: contractsEn,
    evaluations: evaluationsEn,
    providerExits: exitsEn,
    surveys: surveysEn,
    ...peopleResourcesEn,
    inspections: inspectionsEn,
    bills: billsEn,
    alerts: alertsEn,
    careLogs: careLogsEn,
  },
  app: {
    format: { colon: ': ', note: '%{text} (%{note})' },
    money: moneyAppEn,
    care: careAppEn,
    people: peopleAppEn,
    rota: rotaEn,
    ...supervisionEn,
    complianceText: complianceTextEn,
    ...pagesEn,
    csv: csvEn,
    signIn: signInEn,
    title: 'After-school Service Platform',
    menu: {
      policy: 'District policy',
      timetable: 'Timetable',
      compliance: 'Compliance',
      groups: {
        daily: 'Daily',
        people: 'Staff & students',
        money: 'Fees & disclosure',
        timetable: 'Timetable & compliance',
        providers: 'Outside providers',
        surveys: 'Surveys',
        settings: 'Settings',
      },
    },
    roles: {
      DISTRICT_ADMIN: 'District admin',
      SCHOOL_ADMIN: 'School admin',
      PROVIDER: 'Provider',
      TEACHER: 'Teacher',
      PARENT: 'Parent',
    },
    auth: {
      local_intro: 'Local demo: choose a demo user, then press “Sign in”.',
      choose_user: 'Demo users',
      users_unavailable: 'The demo users could not be loaded. Is the local server running (npm start)?',
      no_users: 'The local server offers no demo users.',
      unknown_user: 'This demo user does not exist. Reload the page and choose again.',
    },
    errors: errorsEn,
    field_errors: {
      BAD_USER_INPUT: 'Invalid value',
      CONFLICT: 'Already used by another record',
      INVALID_TRANSITION: 'Not allowed in the current state',
      WORDING: 'Pressures families: %{phrases}',
      DOUBLE_BOOKED: {
        venue: 'Venue taken: “%{title}” holds this slot',
        staffName: 'Person busy: already in charge of “%{title}” at this time',
      },
    },
    enums: {
      schoolType: { PRIMARY: 'Primary', JUNIOR: 'Junior secondary', NINE_YEAR: 'Nine-year' },
      ownership: { PUBLIC: 'Public', PRIVATE: 'Private' },
      leadershipRole: { LEADER: 'Leader', DEPUTY: 'Deputy leader', MEMBER: 'Member' },
      weekday: {
        MONDAY: 'Mon',
        TUESDAY: 'Tue',
        WEDNESDAY: 'Wed',
        THURSDAY: 'Thu',
        FRIDAY: 'Fri',
        SATURDAY: 'Sat',
        SUNDAY: 'Sun',
      },
      feeModel: { FREE: 'Free (publicly funded)', MONTHLY: 'Monthly fee', PER_DAY: 'Fee per service day' },
      semester: { 1: 'Semester 1 (autumn)', 2: 'Semester 2 (spring)' },
      grade: 'Grade %{grade}',
      ...domainEnumsEn,
      ...moneyEnumsEn,
      ...careEnumsEn,
      ...peopleEnumsEn,
      ...surveyEnumsEn,
      ...supervisionEnumsEn,
    },
    validation: {
      schoolYear: 'School year must be two consecutive years, e.g. 2026-2027',
      endBeforeStart: 'The end date must not be before the start date',
      code: '2–32 letters, digits or dashes',
      time: 'Time as HH:mm, e.g. 17:30',
      monthDay: 'Month and day as MM-DD, e.g. 05-01',
    },
    policy: {
      title: 'District policy',
      intro:
        'The district-wide rules for after-school services: the “5+2” requirements, fees, admission and exit of outside providers. School timetable checks and contracts follow them.',
      read_only: 'Only district admins can change the district policy.',
      sections: {
        service: 'Service requirements',
        fees: 'Fees and funding',
        providers: 'Outside providers',
        families: 'Family applications and student data',
        supervision: 'Service hours and supervision',
      },
      care_agreement_hint: 'The text families read and confirm when applying; no coercive wording (such as “must take part”, “may not leave”)',
      conflict_title: 'Someone else changed the district policy',
      conflict_body:
        'A newer policy was saved after you opened this page, so your changes were not saved. Reload the latest version, check it, then make and save your changes again.',
      reload: 'Reload latest version',
      saved: 'District policy saved',
      presets: {
        title: 'Presets from the seed plans',
        applied: 'The form is filled as “%{name}”: review it, then save',
        partTwo: {
          label: 'Part 2: free, Monday–Friday, outside providers allowed',
          hint: '“5+2” every school day; free for families; 85 yuan a class hour; at least 100 yuan per student a year',
        },
        partThree: { label: 'Part 3: no outside training institutions', hint: 'Changes “outside providers allowed” only' },
        partFive: {
          label: 'Part 5: 80 yuan a month, half for hardship, Monday–Thursday',
          hint: 'Service ends by 17:00, 17:30 in summer (1 May to 30 September)',
        },
      },
    },
    dashboard: dashboardEn,
    none: '—',
    list_separator: ', ',
  },
};
