import { formatIssue } from '../../../src/core/issues';
import { generateTimeline } from '../../../src/core/timeline/generateTimeline';
import { toSerial } from '../../../src/core/calendar/serial';
import { MemoryHost, type RawCell } from '../../../src/hosts/memory/MemoryHost';

/** 开团 on Wednesday 2026-11-11 at 10:00. */
const anchors = { 开团: toSerial({ year: 2026, month: 11, day: 11, hour: 10 }) };
const checks = (rows: RawCell[][]) => {
  const grid = MemoryHost.fromSheets({
    推进表: [['阶段', '事项', '开始时间', '完成时间'], ...rows],
  }).readGrid('推进表');
  return generateTimeline(grid, { anchors })!.issues.filter((i) => i.code.startsWith('CHECK_'));
};

describe('checkSchedule against the documents’ norms', () => {
  it.each<[string, RawCell[], string, string]>([
    [
      'preparation due after the start',
      ['活动前', '清点赠品', null, '开团后1天'],
      'CHECK_PREP_AFTER_START',
      '“清点赠品”属于“活动前”，却在活动开始（2026-11-11 10:00）之后才截止（2026-11-12）。',
    ],
    [
      'start after due',
      ['活动中', '复盘', '开团后3天', '开团后1天'],
      'CHECK_START_AFTER_DUE',
      '“复盘”的计划开始（2026-11-14）晚于计划截止（2026-11-12）。',
    ],
    [
      'preparation due on a Sunday',
      ['活动前', '确认物流', null, '开团前3天'],
      'CHECK_NON_WORKING_DAY',
      '“确认物流”截止于 2026-11-08（周日），那天不上班。',
    ],
    [
      'preparation due in 国庆',
      ['活动前', '确认供应商', null, '开团前41天'],
      'CHECK_NON_WORKING_DAY',
      '“确认供应商”截止于 2026-10-01（法定节假日），那天不上班。',
    ],
    [
      '聚图 less than 7 days before',
      ['活动前', '上传聚图', null, '开团前5天'],
      'CHECK_TOO_CLOSE',
      '“上传聚图”在 2026-11-06 截止，离活动开始只有 5.4 天；聚图和详情页建议至少提前 7 天上传。',
    ],
    [
      '预热 less than 3 days before',
      ['活动前', '预热页面上线', null, '开团前1天'],
      'CHECK_TOO_CLOSE',
      '预热和店内关联建议至少提前 3 天上线。',
    ],
    [
      'stock less than 3 days before',
      ['活动前', '备货入仓', null, '开团前2天'],
      'CHECK_TOO_CLOSE',
      '备货建议至少提前 3 天到位。',
    ],
  ])('warns about %s, on the planned-due cell', (_, row, code, words) => {
    const found = checks([row]);
    expect(found.map((i) => [i.code, i.severity, i.cell?.address])).toEqual([
      [code, 'warning', 'F2'],
    ]);
    expect(formatIssue(found[0]!, 'zh-CN')).toContain(words);
    expect(formatIssue(found[0]!, 'en-US')).not.toMatch(/\{\w+\}/);
  });

  it.each([
    ['开团前3天', '"确认物流" is due on 2026-11-08 (Sunday), a day off.'],
    ['开团前41天', '"确认物流" is due on 2026-10-01 (a public holiday), a day off.'],
  ])('says why %s is a day off in English when the plan is English', (due, words) => {
    const grid = MemoryHost.fromSheets({
      推进表: [
        ['阶段', '事项', '开始时间', '完成时间'],
        ['活动前', '确认物流', null, due],
      ],
    }).readGrid('推进表');
    const found = generateTimeline(grid, { anchors, locale: 'en-US' })!.issues.filter(
      (i) => i.code === 'CHECK_NON_WORKING_DAY',
    );
    expect(found.map((i) => formatIssue(i, 'en-US'))).toEqual([expect.stringContaining(words)]);
  });

  it('is quiet for a plan that meets the norms', () => {
    expect(
      checks([
        ['活动前', '上传聚图和详情页', null, '开团前7天'],
        ['活动前', '预热页面上线', null, '开团前5天'],
        ['活动前', '备货到位', null, '开团前5天'],
        ['活动中', '跟进流量', null, '开团后30分钟'],
        ['活动后', '发货', null, '开团后4天'], // a Sunday, but after the launch: shops ship at weekends
      ]),
    ).toEqual([]);
  });
});

describe('checkSchedule on a plan of typed dates only', () => {
  const typedChecks = (rows: RawCell[][]) => {
    const grid = MemoryHost.fromSheets({
      推进表: [['阶段', '事项', '开始时间', '完成时间'], ...rows],
    }).readGrid('推进表');
    return generateTimeline(grid)!.issues.filter((i) => i.code.startsWith('CHECK_'));
  };

  it('still flags a start after its due and a due on a day off', () => {
    const codes = typedChecks([
      ['活动前', '复盘', '2026/11/14', '2026/11/12'],
      ['活动前', '确认物流', null, '2026/11/08'],
    ]).map((i) => i.code);
    expect(codes).toEqual(['CHECK_START_AFTER_DUE', 'CHECK_NON_WORKING_DAY']);
  });

  it('leaves out the checks that need the activity’s start', () => {
    expect(typedChecks([['活动前', '上传聚图', null, '2026/11/10']])).toEqual([]);
  });
});
