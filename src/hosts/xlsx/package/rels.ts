import { posix } from 'node:path';
import type { ZipPackage } from './zipPackage';
import { RELS_NS, TYPES_NS, childrenNamed, createIn, parseXml, rootOf, type Element } from './xml';

export const REL_TYPE = {
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  sharedStrings:
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
} as const;
export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  sharedStrings: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
} as const;

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target part's name in the package (resolved, no leading slash). */
  readonly part: string;
}

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
const relsPartOf = (part: string) =>
  posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);

/** The relationships of a part, their targets resolved to part names. */
export function relationshipsOf(pkg: ZipPackage, part: string): Relationship[] {
  const rels = relsPartOf(part);
  if (!pkg.has(rels)) return [];
  return childrenNamed(rootOf(pkg.xml(rels)), 'Relationship')
    .filter((r) => r.getAttribute('TargetMode') !== 'External')
    .map((r) => ({
      id: r.getAttribute('Id') ?? '',
      type: r.getAttribute('Type') ?? '',
      part: resolveTarget(part, r.getAttribute('Target') ?? ''),
    }));
}

function resolveTarget(from: string, target: string): string {
  return target.startsWith('/')
    ? target.slice(1)
    : posix.normalize(posix.join(posix.dirname(from), target));
}

/** Adds a relationship from `part` to `target` and returns its new id (rId after the highest). */
export function addRelationship(
  pkg: ZipPackage,
  part: string,
  type: string,
  target: string,
): string {
  const rels = relsPartOf(part);
  if (!pkg.has(rels)) pkg.putXml(rels, parseXml(`<Relationships xmlns="${RELS_NS}"/>`, rels));
  const root = rootOf(pkg.xml(rels));
  const ids = childrenNamed(root, 'Relationship').map((r) => r.getAttribute('Id') ?? '');
  let n = ids.length + 1;
  while (ids.includes(`rId${n}`)) n++;
  const id = `rId${n}`;
  root.appendChild(
    createIn(root, 'Relationship', {
      Id: id,
      Type: type,
      Target: posix.relative(posix.dirname(part), target),
    }),
  );
  pkg.touch(rels);
  return id;
}

/** Removes the relationship `id` of `part`. */
export function removeRelationship(pkg: ZipPackage, part: string, id: string): void {
  const rels = relsPartOf(part);
  const root = rootOf(pkg.xml(rels));
  for (const r of childrenNamed(root, 'Relationship'))
    if (r.getAttribute('Id') === id) root.removeChild(r);
  pkg.touch(rels);
}

/** Declares (or forgets, with null) the content type of a part in `[Content_Types].xml`. */
export function setContentType(pkg: ZipPackage, part: string, type: string | null): void {
  const name = '[Content_Types].xml';
  const root = rootOf(pkg.xml(name));
  if (root.namespaceURI !== TYPES_NS) throw new Error(`${name} has no content-types root`);
  for (const o of childrenNamed(root, 'Override'))
    if (o.getAttribute('PartName') === `/${part}`) root.removeChild(o);
  if (type)
    root.appendChild(createIn(root, 'Override', { PartName: `/${part}`, ContentType: type }));
  pkg.touch(name);
}

export type { Element };
