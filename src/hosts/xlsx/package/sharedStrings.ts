import { relationshipsOf, addRelationship, setContentType, CONTENT_TYPE, REL_TYPE } from './rels';
import { workbookPartName } from './workbookPart';
import type { ZipPackage } from './zipPackage';
import { SML, childNamed, childrenNamed, createIn, parseXml, rootOf, type Element } from './xml';

/**
 * The shared string table: read once, strings the writer needs appended at the end, so the
 * indexes every untouched cell holds stay valid. `count` (references, optional in the schema)
 * is dropped when strings are added, since the writer does not recount every sheet.
 */
export class SharedStrings {
  private readonly texts: string[];
  private readonly index = new Map<string, number>();
  private part: string | null;

  constructor(private readonly pkg: ZipPackage) {
    const book = workbookPartName(pkg);
    this.part =
      relationshipsOf(pkg, book).find((r) => r.type === REL_TYPE.sharedStrings)?.part ?? null;
    this.texts =
      this.part && pkg.has(this.part)
        ? childrenNamed(rootOf(pkg.xml(this.part)), 'si').map(stringItemText)
        : [];
    this.texts.forEach((t, i) => this.index.has(t) || this.index.set(t, i));
  }

  at(i: number): string {
    return this.texts[i] ?? '';
  }

  /** The index of a string, appended to the table when new. */
  indexOf(text: string): number {
    const known = this.index.get(text);
    if (known !== undefined) return known;
    const root = this.root();
    const si = createIn(root, 'si');
    const t = si.appendChild(createIn(root, 't')) as Element;
    if (text !== text.trim() || /\n/.test(text)) t.setAttribute('xml:space', 'preserve');
    t.appendChild(root.ownerDocument!.createTextNode(text));
    root.appendChild(si);
    root.removeAttribute('count');
    this.texts.push(text);
    this.index.set(text, this.texts.length - 1);
    root.setAttribute('uniqueCount', String(this.texts.length));
    this.pkg.touch(this.part!);
    return this.texts.length - 1;
  }

  private root(): Element {
    if (!this.part || !this.pkg.has(this.part)) {
      const book = workbookPartName(this.pkg);
      this.part = 'xl/sharedStrings.xml';
      this.pkg.putXml(this.part, parseXml(`<sst xmlns="${SML}" uniqueCount="0"/>`, this.part));
      setContentType(this.pkg, this.part, CONTENT_TYPE.sharedStrings);
      addRelationship(this.pkg, book, REL_TYPE.sharedStrings, this.part);
    }
    return rootOf(this.pkg.xml(this.part));
  }
}

/** The text of a string item: its `<t>`, or its rich-text runs joined; phonetic hints left out. */
export function stringItemText(si: Element): string {
  const plain = childNamed(si, 't');
  if (plain) return plain.textContent ?? '';
  return childrenNamed(si, 'r')
    .map((r) => childNamed(r, 't')?.textContent ?? '')
    .join('');
}
