/**
 * The longest texts Excel keeps in a data validation (MS-OI29500 2.1.613, Excel's notes on
 * ECMA-376 `dataValidation`): a longer prompt or error makes Excel repair the file, and the Data
 * Validation dialog refuses it.
 */
export const VALIDATION_LIMITS = { title: 32, prompt: 255, error: 224 } as const;
