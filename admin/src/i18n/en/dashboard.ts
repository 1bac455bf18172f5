import type { dashboardZh } from '../zh-CN/dashboard';

export const dashboardEn: typeof dashboardZh = {
  welcome: 'Welcome, %{name}',
  role: 'Signed in as: %{role}',
  school: 'School: %{school}',
  district_hint:
    'Set the district rules under “District policy” first, then register schools and their terms; review providers under “Providers” and decide exit cases under “Provider exits”.',
  school_hint:
    'Keep your school and its terms up to date, plan the week under “Timetable”, check the “5+2” rules under “Compliance”, and sign contracts with approved providers.',
  phone_hint: 'Teachers and parents use the phone pages: teachers /m/teacher (their class’s applications), parents /m/parent (link a child, apply).',
  open_phone: { TEACHER: 'Open the teacher page (/m/teacher)', PARENT: 'Open the parent page (/m/parent)' },
  provider_hint:
    'Under “Providers”, keep your contact details, staff and qualifications up to date and upload their documents; read your contracts and evaluation results under “Contracts” and “Evaluations”.',
  unavailable: 'The overview could not be loaded. Please try again later.',
  compliance: {
    title: 'Compliance problems',
    none: 'Every school’s current timetable meets the district policy.',
    issues: '%{count} issue(s)',
  },
  providers: {
    title: 'Providers',
    total: '%{count} in all',
  },
  contracts: {
    title: 'Contracts ending within 30 days',
    link: 'Show these contracts',
  },
  qualifications: {
    title: 'Provider qualifications expiring within 30 days',
    link: 'Show approved providers',
  },
  evaluations: {
    title: 'Evaluations below the exit threshold',
    none: 'No recent evaluation is below the exit threshold.',
    item: '%{total} points · %{school} · %{date}',
    all: 'Show all weak evaluations',
  },
  exits: {
    title: 'Exit cases in progress',
    open: 'Awaiting decision',
    approved: 'In transition',
  },
  satisfaction: {
    title: 'Satisfaction by school',
    none: 'No district satisfaction survey results yet.',
    rate: 'Satisfaction',
    responses: '%{count} answers',
    results: 'Open the survey results',
    chart: 'Bar chart of satisfaction by school',
  },
};
