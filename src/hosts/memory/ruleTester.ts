import type { HyperFormula } from 'hyperformula';
import type { CellRef } from '../../core/a1';
import { shiftFormula } from '../../core/formula/shiftFormula';

/** Whether a rule's formula holds at a cell `rows` down and `cols` right of its top-left cell. */
export type RuleTest = (rows: number, cols: number) => boolean;

/** Makes the test of one formula rule written for the cell `at` of sheet `sheet`. */
export type RuleTester = (formula: string, sheet: number, at: CellRef) => RuleTest;

/**
 * Whether a rule's result formats the cell, as Excel decides: TRUE or a non-zero number does;
 * FALSE, zero, text, a blank, an array and an error (`#DIV/0!`, `#REF!`) do not.
 */
const formats = (v: unknown) => v === true || (typeof v === 'number' && v !== 0);

/**
 * The public way: the formula moved to each cell as text (`shiftFormula`), then evaluated by
 * `calculateFormula`. HyperFormula parses every moved formula anew (≈0.1 ms each), too slow for a
 * whole Gantt on each change, so it serves only where `parsedOnce` cannot. It evaluates at A1, so
 * `ROW()` and `COLUMN()` without a reference answer 1 there (a banding rule would be wrong).
 */
export function movedText(hf: HyperFormula): RuleTester {
  return (formula, sheet) => (rows, cols) => {
    try {
      return formats(hf.calculateFormula(shiftFormula(formula, rows, cols), sheet));
    } catch {
      return false; // a formula HyperFormula cannot parse: Excel would not have taken the rule
    }
  };
}

/** The parts of HyperFormula (3.x) `calculateFormula` itself uses, not in its public typings. */
interface EngineParts {
  _cellContentParser: { parse(text: string): { formula?: unknown } };
  _parser: {
    parse(text: string, at: unknown): { ast: unknown; errors: unknown[]; dependencies: unknown };
  };
  evaluator: { runAndForget(ast: unknown, at: unknown, dependencies: unknown): unknown };
  _exporter: { exportScalarOrRange(v: unknown): unknown };
}

function engineParts(hf: HyperFormula): EngineParts | null {
  const e = hf as unknown as Partial<EngineParts>;
  const ok =
    typeof e._cellContentParser?.parse === 'function' &&
    typeof e._parser?.parse === 'function' &&
    typeof e.evaluator?.runAndForget === 'function' &&
    typeof e._exporter?.exportScalarOrRange === 'function';
  return ok ? (e as EngineParts) : null;
}

/**
 * The fast way: the formula parsed once at its top-left cell, as Excel stores it, then evaluated
 * at each cell. HyperFormula keeps relative references as offsets from the formula's cell, so
 * evaluating at another cell moves them exactly as Excel moves a rule's references. This is
 * `calculateFormula` (which always evaluates at A1) with the cell as a parameter, through
 * HyperFormula's internals; where a version lacks them, `movedText` stands in.
 */
export function parsedOnce(hf: HyperFormula): RuleTester {
  const e = engineParts(hf);
  if (!e) return movedText(hf);
  return (formula, sheet, at) => {
    const content = e._cellContentParser.parse(formula);
    if (typeof content.formula !== 'string') return () => false;
    const top = { sheet, row: at.row, col: at.col };
    const { ast, errors, dependencies } = e._parser.parse(content.formula, top);
    if (errors.length > 0) return () => false;
    return (rows, cols) => {
      const cell = { sheet, row: at.row + rows, col: at.col + cols };
      try {
        return formats(
          e._exporter.exportScalarOrRange(e.evaluator.runAndForget(ast, cell, dependencies)),
        );
      } catch {
        return false; // as calculateFormula would have thrown: the rule does not format the cell
      }
    };
  };
}
