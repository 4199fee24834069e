import { prepareTargets } from '../../../src/app/targets';
import { MemoryHost } from '../../../src/hosts/memory/MemoryHost';

describe('prepareTargets on a workbook with a sheet of the same name', () => {
  it.each(['目标', '爆发日'])(
    'leaves the team’s own %s sheet alone and says why',
    async (sheet) => {
      const host = MemoryHost.fromSheets({ [sheet]: [['本月目标'], ['GMV', 500000]] });
      const prepared = await prepareTargets(host, {});
      expect(prepared.result).toBeNull();
      expect(prepared.issues.map((i) => [i.code, i.severity, i.cell?.sheet])).toEqual([
        ['TARGETS_SHEET_TAKEN', 'error', sheet],
      ]);
    },
  );

  it('writes again over its own sheets and over an empty one', async () => {
    const host = MemoryHost.fromSheets({ 目标: [] });
    const first = await prepareTargets(host, {});
    await host.apply(first.result!.plan);
    const again = await prepareTargets(host, {});
    expect(again.result).not.toBeNull();
  });
});
