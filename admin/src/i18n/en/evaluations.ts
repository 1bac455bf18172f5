import type { evaluationsZh } from '../zh-CN/evaluations';

export const evaluationsEn: typeof evaluationsZh = {
  name: 'Evaluation |||| Evaluations',
  fields: {
    id: 'ID',
    version: 'Version',
    providerId: 'Provider',
    schoolId: 'School',
    kind: 'Kind',
    date: 'Date',
    evaluator: 'Evaluator',
    scores: 'Scores',
    criterion: 'Criterion',
    score: 'Score',
    total: 'Total',
    findings: 'Findings',
    supersedesId: 'Corrects',
    supersededById: 'Corrected by',
    totalBelow: 'Total below',
    createdAt: 'Recorded',
  },
  below_threshold: 'Below the exit threshold (%{threshold})',
  superseded: 'Corrected',
  correct: 'Correct',
  correction_notice: 'This is a correction: it replaces the chosen evaluation, which stays on record.',
  exit_reason: 'Evaluation total %{total} is below the exit threshold %{threshold}',
  helper: {
    supersedes: 'Only when correcting an earlier evaluation',
    total: 'Empty: the mean of the scores',
  },
  empty: {
    title: 'No evaluations yet',
    create_hint: 'Click “Create” to record a spot check, a phase assessment or another evaluation.',
    read_hint: 'No evaluation results yet.',
    no_match: 'No evaluation matches.',
  },
};
