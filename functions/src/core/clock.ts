/** Current instant as the API stores it. One place, so tests and seeds can reason about timestamps. */
export const nowIso = (): string => new Date().toISOString();
