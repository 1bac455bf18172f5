/** Term calendar, compliance rules and overview, inspections and their findings. */
export const termCalendarEn = {
  title: 'Term calendar (service days, holidays, make-up days)',
  previous: 'Previous month',
  next: 'Next month',
  service_days: '%{count} service days in this term',
  unavailable: 'The calendar could not be loaded. Please try again later.',
  hint: 'Green: service day; red: holiday; blue: make-up day (runs the timetable shown); grey: no service.',
  hint_edit:
    'Green: service day; red: holiday; blue: make-up day (runs the timetable shown); grey: no service. Click a date to make it a holiday or a make-up day.',
  holiday_short: 'Off',
  runs_short: 'runs %{weekday}',
  runs: 'Runs the timetable of',
  note: 'Note (e.g. National Day make-up)',
  saved: 'Calendar saved',
  kind: {
    SERVICE_DAY: 'Service day',
    MAKE_UP_DAY: 'Make-up day',
    EXCLUDED: 'Holiday (no service)',
    NO_SERVICE_WEEKDAY: 'No service',
    OUTSIDE_TERM: 'Outside the term',
  },
  change: {
    HOLIDAY: 'Make it a holiday (no after-school service)',
    MAKE_UP: 'Make it a make-up day',
    REGULAR: 'Back to a regular day',
  },
};

export const inspectionsEn = {
  name: 'Inspection |||| Inspections',
  title: 'Inspection %{date} · %{school}',
  fields: {
    id: 'Id',
    schoolId: 'School',
    date: 'Date',
    inspectors: 'Inspectors',
    inspector: 'Name',
    summary: 'Remarks',
    score: 'Score',
    status: 'Status',
    findings: 'Findings',
    item: 'Finding',
    severity: 'Severity',
    rectifyBy: 'Rectify by',
    rectification: 'Rectification',
    closedAt: 'Closed at',
    schoolYear: 'School year',
    termId: 'Term',
    openFindingCount: 'Open findings',
    overdueFindingCount: 'Overdue findings',
  },
  helper: {
    date: 'When the inspection took place, inside one of the school’s terms',
    findings: 'Give each finding a rectification deadline; leave empty when nothing was found',
  },
  no_findings: 'No findings',
  open_of: 'Open %{open} / %{total}',
  overdue_count: '%{count} overdue',
  overdue_filter: 'Overdue',
  overdue: 'Overdue',
  rectified: 'Rectified',
  open: 'Open',
  workflow: {
    rectify: 'Record rectification',
    rectify_title: 'Record the rectification',
    rectify_content: 'Say what the school did about this finding. It cannot be changed once saved.',
    rectified: 'Rectification recorded',
    close: 'Close',
    close_title: 'Close the inspection',
    close_content: 'Every finding is rectified. Close the inspection? No rectification can be recorded afterwards.',
    closed: 'Inspection closed',
  },
  empty: {
    title: 'No inspections yet',
    create_hint: 'Click “Create” to record an inspection and what it found.',
    read_hint: 'The district has not inspected this school yet.',
    no_match: 'No inspection matches.',
  },
};

export const supervisionEn = {
  overview: {
    menu: 'Compliance overview',
    title: 'District compliance overview',
    intro:
      'Every school × every rule: ✓ passed, a number counts findings; click a school for its report. Results come from per-school summaries; schools whose timetable changed are recomputed.',
    slot: 'Term',
    current_terms: 'Each school’s current term',
    only_problems: 'Only schools with findings',
    export: 'Export CSV',
    file: 'compliance-overview',
    summary:
      '%{smart_count} school, %{problems} with findings (%{recomputed} recomputed for this view). |||| %{smart_count} schools, %{problems} with findings (%{recomputed} recomputed for this view).',
    empty: 'No school runs after-school service in this term.',
    unavailable: 'The overview could not be loaded. Please try again later.',
    legend: '✓ passed · number = findings · — not applicable under the district policy · not checked = its records (classes, care logs) do not exist yet',
    columns: { code: 'School code', school: 'School', term: 'Term', result: 'Result', issues: 'Findings', rule: '%{rule} (%{seed})' },
    status: { PASSED: 'Passed', FAILED: 'Failed', NOT_APPLICABLE: '—', NOT_CHECKED: 'Not checked' },
  },
  complianceRules: {
    title: 'Rules and sources',
    rule: 'Rule',
    seed: 'Source',
    explanation: 'What it asks',
    result: 'Result',
    failed: '%{smart_count} finding |||| %{smart_count} findings',
    service_dates: 'Service days',
    calendar_note: 'From the term calendar: %{count} service days (holidays left out, make-up days counted for the weekday they run).',
    record_inspection: 'Record inspection',
  },
  overdue: {
    title: 'Overdue inspection findings',
    none: 'No finding is overdue.',
    item: '%{school} · due %{date} · %{days} days overdue',
    all: 'Show overdue inspections',
  },
};

export const supervisionEnumsEn = {
  inspectionStatus: { OPEN: 'Rectifying', CLOSED: 'Closed' },
  findingSeverity: { LOW: 'Minor', MEDIUM: 'Serious', HIGH: 'Severe' },
};
