/** The operators of an ElectroDB `where` callback that our filters use. */
interface WhereOps {
  eq(attribute: unknown, value: unknown): string;
  contains(attribute: unknown, value: unknown): string;
  begins(attribute: unknown, value: unknown): string;
}

/**
 * A `where` callback that requires every given (non-empty) value to equal its attribute — a FilterExpression
 * on a Query, for the filters that are not part of the index key.
 */
export const whereEquals =
  (values: Record<string, unknown>) =>
  (attr: Record<string, unknown>, op: WhereOps): string =>
    Object.entries(values)
      .filter(([, value]) => value !== undefined && value !== null && value !== '')
      .map(([name, value]) => op.eq(attr[name], value))
      .join(' AND ');
