import { load } from '../config';

/**
 * The nested phase's one-field probes: each asks one field on top of its list at two sizes, so a growing call count
 * points at the resolver responsible; and their report below the results table.
 */

/** Activities asked for per school asked for, so both halves of the query grow together. */
export const ACTIVITIES_PER_SCHOOL = 5;

const activitiesOf = 'activities(first: $first, filter: { schoolId: $schoolId, termId: $termId })';

/** One field each (on top of its list), so a growing call count points at the resolver responsible. */
export const probes: { field: string; size: 'schools' | 'activities' | 'providers'; body: string; parent?: string }[] = [
  { field: 'Query.schools', size: 'schools', body: 'schools(first: $first) { nodes { id } }' },
  { field: 'School.terms', parent: 'Query.schools', size: 'schools', body: 'schools(first: $first) { nodes { terms(first: 5) { nodes { id } } } }' },
  { field: 'TermConnection.totalCount', parent: 'School.terms', size: 'schools', body: 'schools(first: $first) { nodes { terms(first: 5) { totalCount } } }' },
  { field: 'Term.school', parent: 'School.terms', size: 'schools', body: 'schools(first: $first) { nodes { terms(first: 5) { nodes { school { id } } } } }' },
  { field: 'Query.activities', size: 'activities', body: `${activitiesOf} { nodes { id } }` },
  { field: 'Activity.provider', parent: 'Query.activities', size: 'activities', body: `${activitiesOf} { nodes { provider { id name } } }` },
  { field: 'Activity.term + Activity.school', parent: 'Query.activities', size: 'activities', body: `${activitiesOf} { nodes { term { id } school { id } } }` },
  { field: 'Activity.contract', parent: 'Query.activities', size: 'activities', body: `${activitiesOf} { nodes { contract { id status } } }` },
  {
    field: 'Provider.standing',
    parent: 'Activity.provider',
    size: 'activities',
    body: `${activitiesOf} { nodes { provider { standing { averageScore evaluationCount } } } }`,
  },
  { field: 'Query.providers', size: 'providers', body: 'providers(first: $first) { nodes { id } }' },
  {
    field: 'Provider.contracts',
    parent: 'Query.providers',
    size: 'providers',
    body: 'providers(first: $first) { nodes { contracts(first: 5) { nodes { id } } } }',
  },
  { field: 'Provider.documents', parent: 'Query.providers', size: 'providers', body: 'providers(first: $first) { nodes { documents { id } } }' },
  {
    field: 'Provider.evaluations',
    parent: 'Query.providers',
    size: 'providers',
    body: 'providers(first: $first) { nodes { evaluations(first: 5) { totalCount nodes { id } } } }',
  },
  { field: 'Contract.activityIds', size: 'providers', body: 'contracts(first: $first) { nodes { activityIds } }' },
];

export interface ProbeResult {
  field: string;
  /** The probe this one extends: only growth beyond the parent's is this field's own. */
  parent?: string;
  calls: number[];
  shapes: Record<string, number>[];
  error?: string;
}

/**
 * Nested connections: a school's terms come with the school (its copies), other kept child ids are read in one
 * BatchGetItem per kind, or one Query per parent without them (see connectionLoaders.ts).
 */
export const connectionFields = new Set(['School.terms', 'TermConnection.totalCount', 'Provider.contracts', 'Provider.documents', 'Provider.evaluations']);

const growth = (r: ProbeResult | undefined) => (r && !r.error && r.calls.length === 2 ? r.calls[1] - r.calls[0] : 0);

/** Calls a probe adds between the two sizes beyond what its parent probe adds (a child inherits its parent's N+1). */
export const ownGrowth = (probe: ProbeResult, all: ProbeResult[]) => growth(probe) - growth(all.find((p) => p.field === probe.parent));

/** A page Query's Limit follows `first`; shapes are compared without its value. */
function normalised(shapes: Record<string, number>) {
  const out: Record<string, number> = {};
  for (const [shape, n] of Object.entries(shapes)) {
    const key = shape.replace(/ Limit \d+$/, ' Limit n');
    out[key] = (out[key] ?? 0) + n;
  }
  return out;
}

/** Commands per shape that the larger size adds. */
function addedShapes(p: ProbeResult | undefined): Record<string, number> {
  if (!p || p.error || p.shapes.length < 2) return {};
  const [before, after] = [normalised(p.shapes[0]), normalised(p.shapes[1])];
  return Object.fromEntries(Object.entries(after).map(([shape, n]) => [shape, n - (before[shape] ?? 0)]));
}

export function formatProbes(probes: ProbeResult[]): string {
  const width = Math.max(...probes.map((p) => p.field.length));
  const [small, large] = load.nestedSizes;
  const lines = [`DynamoDB calls per request, one field at a time (first: ${small} vs ${large}; activities ×${ACTIVITIES_PER_SCHOOL}):`];
  for (const p of probes) {
    if (p.error) {
      lines.push(`  ${p.field.padEnd(width)}  —  (${p.error.slice(0, 90)})`);
      continue;
    }
    const grows = ownGrowth(p, probes) > 0;
    const inherited = !grows && p.calls[1] > p.calls[0] ? `  (growth comes from ${p.parent})` : '';
    // Only what this field adds on top of its parent probe.
    const parent = addedShapes(probes.find((q) => q.field === p.parent));
    const own = Object.entries(addedShapes(p))
      .map(([shape, n]) => [shape, n - Math.max(0, parent[shape] ?? 0)] as const)
      .filter(([, n]) => n > 0);
    const extra = grows ? `  ← +${own.map(([shape, n]) => `${n}× ${shape}`).join(', +')}` : '';
    lines.push(`  ${p.field.padEnd(width)}  ${String(p.calls[0]).padStart(3)} → ${String(p.calls[1]).padEnd(3)} ${grows ? '✗' : '✓'}${extra}${inherited}`);
  }
  return lines.join('\n');
}
