/** Excel on the web refuses requests over 5 MB; we stay well under it. */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

/** The size a value adds to a request, as its UTF-8 JSON. */
export const jsonBytes = (v: unknown): number => new TextEncoder().encode(JSON.stringify(v)).length;
