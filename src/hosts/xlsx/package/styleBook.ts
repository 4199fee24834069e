import type { CellStyle } from '../../../core/plan';
import { BUILTIN_FORMATS, builtinId } from './builtinFormats';
import { colorAttrs, colorToken } from './colors';
import { completeFace } from './fontFace';
import { relationshipsOf, REL_TYPE } from './rels';
import { workbookPartName } from './workbookPart';
import type { ZipPackage } from './zipPackage';
import { childrenNamed, createIn, ensureChild, rootOf, type Element } from './xml';

/** CT_Stylesheet's sequence. */
const STYLESHEET_ORDER = [
  'numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs',
  'tableStyles', 'colors', 'extLst',
]; // prettier-ignore
const XF_ORDER = ['alignment', 'protection', 'extLst'];
const FIRST_CUSTOM_FORMAT = 164;

/** What the writer changes in a cell's look; everything else of the cell's style is kept. */
export interface LookChange {
  readonly numFmt?: string;
  /** `#RRGGBB`, or a file's colour reference (`theme:4:0.6`, `indexed:13`); null for no fill. */
  readonly fill?: string | null;
  /** As `fill`; null for the automatic colour. */
  readonly fontColor?: string | null;
  readonly bold?: boolean;
  /** null for Excel's General alignment. */
  readonly align?: 'left' | 'center' | 'right' | null;
  /** Back to no fill and the workbook's default font (the plan's clearFormats). */
  readonly plain?: boolean;
}

/**
 * The workbook's styles part, edited by appending: a cell whose look changes gets a new cell
 * format (`xf`) copied from its old one with just that change, so its borders, protection and
 * the team's other settings stay; fonts, fills and number formats are appended likewise. Equal
 * requests share one new `xf`.
 */
export class StyleBook {
  private readonly part: string;
  private readonly derived = new Map<string, number>();
  private readonly formats = new Map<number, string>();

  constructor(private readonly pkg: ZipPackage) {
    const rel = relationshipsOf(pkg, workbookPartName(pkg)).find((r) => r.type === REL_TYPE.styles);
    if (!rel || !pkg.has(rel.part)) throw new Error('the package has no styles part');
    this.part = rel.part;
  }

  private get root(): Element {
    return rootOf(this.pkg.xml(this.part));
  }

  private list(name: string): Element {
    return ensureChild(this.root, name, STYLESHEET_ORDER);
  }

  private xf(i: number): Element | undefined {
    return childrenNamed(this.list('cellXfs'), 'xf')[i];
  }

  /** The number format code of a cell format (cell formats never change once written). */
  numberFormat(xfIndex: number): string {
    let code = this.formats.get(xfIndex);
    if (code === undefined) {
      code = this.readNumberFormat(xfIndex);
      this.formats.set(xfIndex, code);
    }
    return code;
  }

  private readNumberFormat(xfIndex: number): string {
    const id = Number(this.xf(xfIndex)?.getAttribute('numFmtId') ?? 0);
    const custom = childrenNamed(this.list('numFmts'), 'numFmt').find(
      (f) => Number(f.getAttribute('numFmtId')) === id,
    );
    return custom?.getAttribute('formatCode') ?? BUILTIN_FORMATS[id] ?? 'General';
  }

  /** The cell format equal to `xfIndex` but for `change`, appended the first time it is asked. */
  derive(xfIndex: number, change: LookChange): number {
    const key = `${xfIndex}|${JSON.stringify(change)}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    const base = this.xf(xfIndex) ?? this.xf(0);
    const xf = (base ? base.cloneNode(true) : createIn(this.list('cellXfs'), 'xf')) as Element;
    this.applyChange(xf, change);
    const index = this.append('cellXfs', xf);
    this.derived.set(key, index);
    return index;
  }

  private applyChange(xf: Element, change: LookChange): void {
    if (change.numFmt !== undefined)
      set(xf, 'numFmtId', this.formatId(change.numFmt), 'applyNumberFormat');
    if (change.plain) {
      set(xf, 'fillId', 0, 'applyFill');
      set(xf, 'fontId', 0, 'applyFont');
    }
    if (change.fill === null) set(xf, 'fillId', 0, 'applyFill');
    else if (change.fill) set(xf, 'fillId', this.solidFill(change.fill), 'applyFill');
    if (change.fontColor !== undefined || change.bold !== undefined)
      set(xf, 'fontId', this.font(Number(xf.getAttribute('fontId') ?? 0), change), 'applyFont');
    if (change.align !== undefined) setAlign(xf, change.align);
  }

  /**
   * A number format's id: the file's own custom format of that code when it has one (a team's
   * `yyyy/m/d` stays its own, not built-in 14, which other locales show otherwise), else the
   * built-in one, else a new custom one.
   */
  private formatId(code: string): number {
    const own = childrenNamed(this.root, 'numFmts')[0];
    const same =
      own && childrenNamed(own, 'numFmt').find((f) => f.getAttribute('formatCode') === code);
    if (same) return Number(same.getAttribute('numFmtId'));
    const builtin = builtinId(code);
    if (builtin !== undefined) return builtin;
    const fmts = this.list('numFmts');
    const all = childrenNamed(fmts, 'numFmt');
    const ids = all.map((f) => Number(f.getAttribute('numFmtId')));
    const id = Math.max(FIRST_CUSTOM_FORMAT - 1, ...ids) + 1;
    this.append('numFmts', createIn(fmts, 'numFmt', { numFmtId: String(id), formatCode: code }));
    return id;
  }

  /** A cell format's fill as a look keeps it (see `LookChange.fill`); null for none. */
  fillOf(xfIndex: number): string | null {
    const fillId = Number(this.xf(xfIndex)?.getAttribute('fillId') ?? 0);
    const fill = childrenNamed(this.list('fills'), 'fill')[fillId];
    const pattern = fill && childrenNamed(fill, 'patternFill')[0];
    if (!pattern || pattern.getAttribute('patternType') !== 'solid') return null;
    return colorToken(childrenNamed(pattern, 'fgColor')[0]);
  }

  /** What of a cell format the add-in sets: fill, font colour, bold, horizontal alignment. */
  cellStyle(xfIndex: number): CellStyle {
    const xf = this.xf(xfIndex);
    const fonts = childrenNamed(this.list('fonts'), 'font');
    const font = fonts[Number(xf?.getAttribute('fontId') ?? 0)];
    const b = font && childrenNamed(font, 'b')[0];
    const align = (xf && childrenNamed(xf, 'alignment')[0])?.getAttribute('horizontal');
    return {
      fill: this.fillOf(xfIndex),
      fontColor: colorToken(font && childrenNamed(font, 'color')[0]),
      // <b/> is bold; <b val="0"/> is a font that says explicitly it is not.
      bold: !!b && !['0', 'false'].includes(b.getAttribute('val') ?? '1'),
      align: align === 'left' || align === 'center' || align === 'right' ? align : null,
    };
  }

  /** A conditional format's look: the fill and font colour of its differential format. */
  dxfLook(dxfId: number): { fill?: string; fontColor?: string } {
    const dxf = childrenNamed(this.list('dxfs'), 'dxf')[dxfId];
    const font = dxf && childrenNamed(dxf, 'font')[0];
    const pattern =
      dxf && childrenNamed(dxf, 'fill').flatMap((f) => childrenNamed(f, 'patternFill'))[0];
    // A differential fill is solid in its background colour (Excel's way); some writers use fg.
    const fill =
      pattern &&
      (colorToken(childrenNamed(pattern, 'bgColor')[0]) ??
        colorToken(childrenNamed(pattern, 'fgColor')[0]));
    const fontColor = colorToken(font && childrenNamed(font, 'color')[0]);
    return { ...(fill && { fill }), ...(fontColor && { fontColor }) };
  }

  private solidFill(token: string): number {
    const fills = this.list('fills');
    const fill = createIn(fills, 'fill');
    const pattern = fill.appendChild(createIn(fills, 'patternFill', { patternType: 'solid' }));
    pattern.appendChild(createIn(fills, 'fgColor', colorAttrs(token)));
    pattern.appendChild(createIn(fills, 'bgColor', { indexed: '64' }));
    return this.append('fills', fill);
  }

  /**
   * A copy of font `fontId` with the colour and weight changed, its typeface and size kept or,
   * when it has none, the workbook default's (see `completeFace`).
   */
  private font(fontId: number, change: LookChange): number {
    const fonts = this.list('fonts');
    const defaultFont = childrenNamed(fonts, 'font')[0];
    const base = childrenNamed(fonts, 'font')[fontId] ?? defaultFont;
    const font = (base ? base.cloneNode(true) : createIn(fonts, 'font')) as Element;
    if (change.bold !== undefined) {
      for (const b of childrenNamed(font, 'b')) font.removeChild(b);
      if (change.bold) font.insertBefore(createIn(fonts, 'b'), font.firstChild);
    }
    if (change.fontColor !== undefined) {
      for (const c of childrenNamed(font, 'color')) font.removeChild(c);
      const sz = childrenNamed(font, 'sz')[0];
      if (change.fontColor !== null)
        font.insertBefore(
          createIn(fonts, 'color', colorAttrs(change.fontColor)),
          sz?.nextSibling ?? null,
        );
    }
    completeFace(font, defaultFont);
    return this.append('fonts', font);
  }

  /**
   * A differential format for a conditional format: a fill and/or a font colour. Its font names
   * no typeface or size on purpose: a differential font overrides only what it lists, so the
   * cell's own (named) font stays, and Excel ignores a name or size in a conditional format.
   */
  dxf(look: { fill?: string; fontColor?: string }): number {
    const dxfs = this.list('dxfs');
    const dxf = createIn(dxfs, 'dxf');
    if (look.fontColor) {
      const font = dxf.appendChild(createIn(dxfs, 'font'));
      font.appendChild(createIn(dxfs, 'color', colorAttrs(look.fontColor)));
    }
    if (look.fill) {
      const pattern = dxf
        .appendChild(createIn(dxfs, 'fill'))
        .appendChild(createIn(dxfs, 'patternFill'));
      pattern.appendChild(createIn(dxfs, 'bgColor', colorAttrs(look.fill)));
    }
    return this.append('dxfs', dxf);
  }

  /** Appends `el` to a list, keeps its `count` true, and returns the new item's index. */
  private append(list: string, el: Element): number {
    const parent = this.list(list);
    parent.appendChild(el);
    const n = childrenNamed(parent, el.localName ?? '').length;
    parent.setAttribute('count', String(n));
    this.pkg.touch(this.part);
    return n - 1;
  }
}

/** Sets (or with null takes away) a cell format's horizontal alignment, its other settings kept. */
function setAlign(xf: Element, align: 'left' | 'center' | 'right' | null): void {
  const al = align ? ensureChild(xf, 'alignment', XF_ORDER) : childrenNamed(xf, 'alignment')[0];
  if (!al) return;
  if (align) al.setAttribute('horizontal', align);
  else al.removeAttribute('horizontal');
  // An empty <alignment> is General all round: drop it rather than leave an empty element.
  if (al.attributes.length === 0 && !al.firstChild) xf.removeChild(al);
  xf.setAttribute('applyAlignment', '1');
}

function set(xf: Element, attr: string, value: number, apply: string): void {
  xf.setAttribute(attr, String(value));
  xf.setAttribute(apply, '1');
}
