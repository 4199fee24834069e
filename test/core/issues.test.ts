import {
  MESSAGES,
  fillMessage,
  formatIssue,
  issue,
  localeFor,
  LOCALES,
} from '../../src/core/issues';

describe('issues', () => {
  it.each(Object.keys(MESSAGES) as (keyof typeof MESSAGES)[])(
    'has %s in both languages with the same parameters',
    (code) => {
      const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const zh = MESSAGES[code]['zh-CN'];
      const en = MESSAGES[code]['en-US'];
      expect(zh.length).toBeGreaterThan(0);
      expect(en.length).toBeGreaterThan(0);
      expect(/[\u4e00-\u9fff]/.test(zh)).toBe(true);
      expect(params(zh)).toEqual(params(en));
    },
  );

  it('names the sheet and cell before the message', () => {
    const i = issue(
      'SHEET_EMPTY',
      'error',
      { sheet: '推进表', address: 'D5' },
      { sheet: '推进表' },
    );
    expect(formatIssue(i, 'zh-CN')).toBe('推进表!D5: 工作表“推进表”是空的。');
    expect(formatIssue(i, 'en-US')).toBe('推进表!D5: Sheet "推进表" is empty.');
  });

  it.each([
    [0, 'Undone: 0 cells are back as before the last run.'],
    [1, 'Undone: 1 cell is back as before the last run.'],
    [2, 'Undone: 2 cells are back as before the last run.'],
  ])('puts the English words for %i cells in the right number', (cells, text) => {
    expect(fillMessage('RESTORED', 'en-US', { cells })).toBe(text);
  });

  it.each(Object.keys(MESSAGES) as (keyof typeof MESSAGES)[])(
    'makes each plural word of %s agree with a parameter the message has',
    (code) => {
      const en = MESSAGES[code]['en-US'];
      const plain = new Set([...en.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
      for (const m of en.matchAll(/\{(\w+):[^|{}]*\|[^{}]*\}/g)) expect(plain).toContain(m[1]);
    },
  );

  it('leaves a missing parameter visible rather than blank', () => {
    expect(fillMessage('FILE_NOT_FOUND', 'en-US', {})).toContain('{file}');
  });

  it.each([
    ['en-US', 'en-US'],
    ['en-GB', 'en-US'],
    ['en_US.UTF-8', 'en-US'],
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['fr-FR', 'zh-CN'],
    [undefined, 'zh-CN'],
  ])('uses %s display language as %s', (lang, locale) => {
    expect(localeFor(lang)).toBe(locale);
    expect(LOCALES).toContain(locale);
  });
});
