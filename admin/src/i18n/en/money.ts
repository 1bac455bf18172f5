/** Fees, stipends and disclosure (money, SPEC §3.8). */
export const billsEn = {
  name: 'Bills',
  fields: {
    month: 'Month',
    schoolId: 'School',
    studentId: 'Student',
    className: 'Class',
    status: 'Status',
    billedDays: 'Days billed',
    fullAmount: 'Fee (yuan)',
    discount: 'Hardship discount (yuan)',
    refund: 'Refund (yuan)',
    netAmount: 'Net (yuan)',
    paymentReference: 'Payment reference',
    waivedReason: 'Waiver reason',
  },
  generate: 'Generate bills',
  generated: 'Bills generated (existing ones are never made twice)',
  pay: 'Record payment',
  paid: 'Payment recorded',
  waive: 'Waive',
  waived: 'Bill waived',
  reference: 'Payment reference (receipt or transaction number)',
  reason: 'Reason for the waiver',
  steps: 'Actions',
  empty: { title: 'No bills', hint: 'Pick a school and month, then "Generate bills"; a free policy makes none.' },
};

export const moneyAppEn = {
  month: 'Month',
  stipends: {
    menu: 'Stipends',
    title: 'Stipend sheet',
    rate: 'Rate: %{rate} yuan per class hour',
    total: 'Total',
    total_value: 'Total %{total} yuan',
    basis:
      'Paid on what was held: sessions with a roll call × hours × rate; a session without a roll call pays nothing; provider sessions are on the provider statement.',
    download: 'Export CSV',
    confirm: 'Confirm and lock',
    confirmed: 'Stipend sheet confirmed and locked; later corrections are adjustment lines',
    adjustment: 'adjustment',
    unavailable: 'The stipend sheet could not be loaded; try again later.',
    empty_title: 'No session with a roll call this month',
    empty_hint: 'Sessions count once the teacher has taken the roll call.',
    columns: { staffName: 'Name', sessions: 'Sessions', hours: 'Hours', rate: 'Rate (yuan/hour)', amount: 'Amount (yuan)', reason: 'Note' },
  },
  disclosures: {
    menu: 'Disclosure',
    title: 'Public disclosure',
    basis:
      "A published disclosure never changes: service times and content, fee standard and discounts granted, enrolment, stipends, providers' contracts and amounts, funds. No child's name, class list or phone.",
    publish: 'Publish disclosure',
    published: 'Disclosure published',
    unavailable: 'The disclosures could not be loaded; try again later.',
    empty_title: 'Nothing published for this term yet',
    empty_hint: 'Click "Publish disclosure" to publish a snapshot of the term with a public code.',
    columns: {
      publishedAt: 'Published',
      accessCode: 'Public code',
      enrolledCount: 'Enrolled',
      discountsGranted: 'Discounts granted',
      stipendPaid: 'Stipends (yuan)',
      fundAllocated: 'Operating fund (yuan)',
      fundSpent: 'Spent (yuan)',
    },
  },
};

export const moneyEnumsEn = {
  billStatus: { UNPAID: 'Unpaid', PAID: 'Paid', WAIVED: 'Waived' },
  stipendSheetStatus: { DRAFT: 'Draft', CONFIRMED: 'Confirmed' },
};
