/**
 * The coercive-wording rules and normaliser of the API, loaded on demand: the same module the server runs on
 * publishing (functions/src/surveys/coerciveWording.ts), so the builder flags exactly what publishing would refuse.
 * Its Traditional → Simplified tables (opencc-js, ≈ 25 KB gzip) arrive with the builder, not with the console.
 */
export type WordingRules = typeof import('../../../functions/src/surveys/coerciveWording');

let loading: Promise<WordingRules> | undefined;

export function loadWordingRules(): Promise<WordingRules> {
  loading ??= import('../../../functions/src/surveys/coerciveWording');
  return loading;
}
