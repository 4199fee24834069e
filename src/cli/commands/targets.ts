import { prepareTargets, type TargetChoices } from '../../app/targets';
import type { Locale } from '../../core/issues';
import type { Io } from '../report';
import { openFiles, writePrepared, type FileArgs } from '../write';

export type TargetsArgs = FileArgs & TargetChoices;

/** `tuijin targets`: the 目标 sheet of inputs, scenarios, split and inverse answers; always written. */
export async function targetsCommand(args: TargetsArgs, locale: Locale, io: Io): Promise<number> {
  const opened = await openFiles(args, io);
  const chosen = (['target', 'aov', 'conversion', 'margin', 'burstDay'] as const).flatMap((k) =>
    args[k] === undefined ? [] : [[k, args[k]]],
  );
  const prepared = await prepareTargets(opened.host, Object.fromEntries(chosen));
  return writePrepared(
    opened,
    prepared,
    args,
    (r) => ({
      sheet: r.plan.sheets[0]?.sheet,
      salesSheet: prepared.candidates[0] ?? null,
      inputs: Object.fromEntries(Object.entries(r.values.inputs).map(([k, v]) => [k, v.value])),
      scenario: r.values.scenario,
    }),
    locale,
    io,
  );
}
