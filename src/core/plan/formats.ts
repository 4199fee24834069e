/**
 * The number formats the add-in writes, named once. Money is in yuan with the sign a Chinese
 * reader expects (the ¥ quoted, so every engine reads it as a literal).
 */
export const MONEY = '"¥"#,##0.00';
/** A rate or share: 执行率, 占比, 转化率. */
export const PERCENT = '0.0%';
