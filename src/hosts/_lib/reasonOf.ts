/**
 * A short, untranslated reason for a failure, for the `{reason}` of a message: the error's code
 * where it has one (office-js errors carry `code`, such as "GeneralException"), else its message.
 * @example reasonOf(Object.assign(new Error('x'), { code: 'ItemNotFound' })) // 'ItemNotFound'
 */
export function reasonOf(e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  return code || (e instanceof Error ? e.message : String(e));
}
