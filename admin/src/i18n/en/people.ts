import type { peopleAppZh, peopleEnumsZh, peopleResourcesZh } from '../zh-CN/people';

export const peopleResourcesEn: typeof peopleResourcesZh = {
  staffMembers: {
    name: 'Staff member |||| Staff',
    fields: { id: 'ID', schoolId: 'School', name: 'Name', phone: 'Phone', duties: 'Duties', duty: 'Duty', active: 'Active', q: 'Search names', updatedAt: 'Updated' },
    empty: { title: 'No staff yet', hint: 'Press “Create” to register the school’s staff: class teachers, activity staff and duty leaders.' },
  },
  schoolClasses: {
    name: 'Class |||| Classes',
    fields: { id: 'ID', schoolId: 'School', grade: 'Grade', name: 'Class', classTeacherId: 'Class teacher', studentCount: 'Students', students: 'Class list', updatedAt: 'Updated' },
    empty: { title: 'No classes yet', hint: 'Press “Create” to add a class with its class teacher, then import the class list.' },
    approved_list: 'List for posting',
  },
  students: {
    name: 'Student |||| Students',
    fields: {
      id: 'ID', schoolId: 'School', classId: 'Class', className: 'Class', grade: 'Grade', name: 'Name', maskedName: 'Name for posting', gender: 'Gender',
      leftBehind: 'Left-behind child', hardship: 'Family in hardship', status: 'Status', leftOn: 'Left on', guardians: 'Guardians', guardianName: 'Name',
      relation: 'Relation', phone: 'Phone', linked: 'Linked', applications: 'Applications', activities: 'Activities', q: 'Search names', updatedAt: 'Updated',
    },
    empty: { title: 'No students yet', hint: 'Create students in a class, or “Import” a class list (class, name, gender, guardian, phone, left-behind, hardship).' },
  },
  enrolmentApplications: {
    name: 'Application |||| Applications',
    fields: {
      id: 'ID', studentId: 'Student', schoolId: 'School', classId: 'Class', termId: 'Term', days: 'Service days', lateCare: 'Late care', pickupSlot: 'Pickup time',
      activityIds: 'Wished activities', status: 'Status', priority: 'Priority', consentAt: 'Agreed at', consentText: 'Care agreement', reason: 'Reason', classComment: 'Class teacher’s comment',
      decisionComment: 'School’s comment', submittedVia: 'Entered by', submittedAt: 'Submitted', withdrawnFrom: 'Withdrawn from', optOutReason: 'Opt-out reason', updatedAt: 'Updated',
    },
    empty: { title: 'No applications', hint: 'Families apply on the phone pages; the school may also enter paper forms. Choose a school and term first.' },
  },
};

export const peopleEnumsEn: typeof peopleEnumsZh = {
  staffDuty: { CLASS_TEACHER: 'Class teacher', TEACHER: 'Teacher / carer', DUTY_LEADER: 'Duty leader', SCHOOL_ADMIN: 'School admin' },
  gender: { FEMALE: 'Female', MALE: 'Male' },
  studentStatus: { ACTIVE: 'At school', LEFT: 'Left' },
  applicationStatus: { SUBMITTED: 'Submitted', CLASS_APPROVED: 'Class approved', APPROVED: 'Approved', REJECTED: 'Not approved', WITHDRAWN: 'Withdrawn' },
  submissionChannel: { GUARDIAN: 'Guardian', SCHOOL: 'School (paper form)' },
  optOutReason: { OWN_PICKUP: 'Picks up themselves', OTHER_CARE: 'Other care', ACTIVITIES_NOT_SUITABLE: 'Activities not suitable', COST: 'Cost', HEALTH: 'Health', OTHER: 'Other' },
};

export const peopleAppEn: typeof peopleAppZh = {
  priority: { 0: 'Normal', 1: 'Priority', 2: 'Priority (left-behind and hardship)' },
  code: {
    button: 'Issue binding code',
    title: 'Guardian binding code',
    intro: 'Give this code to the family: they enter it under “Link a child” on the phone pages. It is shown only now, valid 7 days and works once; issuing another revokes it.',
    expires: 'Valid until %{date}',
    close: 'Close',
  },
  queue: {
    pick: 'Choose a school and term first',
    approve_class: 'Approve (class)',
    reject: 'Reject',
    approve: 'Approve (school)',
    withdraw: 'Withdraw',
    bulk_approve: 'Approve selected',
    bulk_done: '%{ok} approved, %{failed} could not be approved',
    reason_title: 'Reason for not approving',
    reason_label: 'Reason (the family reads it)',
    withdraw_title: 'Withdraw from after-school service',
    withdraw_label: 'Reason (optional)',
    done: { review: 'Class review done', decide: 'School decision done', withdraw: 'Withdrawn' },
  },
  roster: {
    title: 'Roster',
    count: '%{count} of %{capacity} places taken',
    add: 'Add to roster',
    add_hint: 'Only students APPROVED for this term who applied for this weekday',
    remove: 'Remove',
    added: 'Added to the roster',
    removed: 'Removed from the roster',
    empty: 'Nobody on the roster yet',
  },
  approved: {
    title: '%{className}: after-school service list (for posting)',
    intro: 'These students’ applications were approved by the school. Names are partly hidden to protect minors’ personal data.',
    pickup: 'Pickup time',
    late_care: 'Late care',
    print: 'Print',
    total: '%{count} students',
  },
};
