import { toSerial } from '../../src/core/calendar/serial';
import { errorCells } from '../../src/core/grid';
import { findTemplate, TEMPLATES } from '../../src/core/templates';
import { timelineFromTemplate } from '../../src/core/timeline/fromTemplate';
import { MemoryHost } from '../../src/hosts/memory/MemoryHost';

/** Milestone dates a week apart in campaign order, the last on 2026-11-11 at 10:00. */
const anchorsFor = (names: readonly string[]) => {
  const last = toSerial({ year: 2026, month: 11, day: 11, hour: 10 });
  return Object.fromEntries(names.map((n, i) => [n, last - 7 * (names.length - 1 - i)]));
};

describe.each(TEMPLATES)('templates: $id ($name)', (template) => {
  it('writes a 推进表 that generation reads fully: every task dated, no error value', async () => {
    const result = timelineFromTemplate(template, { anchors: anchorsFor(template.milestones) });
    expect(result.milestones.map((m) => m.name).sort()).toEqual([...template.milestones].sort());
    expect(result.dated).toBe(template.tasks.length);
    // Only days off may be flagged (they depend on the dates); the templates' lead times meet the norms.
    expect(
      result.issues.filter((i) => i.severity !== 'info' && i.code !== 'CHECK_NON_WORKING_DAY'),
    ).toEqual([]);
    const host = new MemoryHost();
    await host.apply(result.plan!);
    const grid = host.readGrid(template.sheet);
    expect(errorCells(grid)).toEqual([]);
    expect(grid.values[0]?.[0]).toBe(template.title);
    expect(host.extrasOf(template.sheet).merges.length).toBeGreaterThan(0);
  });

  it('is found by id and by name', () => {
    expect(findTemplate(template.id)).toBe(template);
    expect(findTemplate(template.name)).toBe(template);
  });
});
