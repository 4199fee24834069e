import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { parseXml, serializeXml, type Document } from './xml';

/**
 * An OOXML package: its parts by name, in the order the file had them. Parts are kept as the bytes
 * read; only those parsed and then marked changed are written anew, so every other part (charts,
 * drawings, images, pivot caches, comments, VBA, custom XML, extensions) leaves as it came.
 */
export class ZipPackage {
  private readonly parts = new Map<string, Uint8Array>();
  private readonly docs = new Map<string, Document>();
  private readonly changed = new Set<string>();

  static read(bytes: Uint8Array): ZipPackage {
    const pkg = new ZipPackage();
    for (const [name, data] of Object.entries(unzipSync(bytes)))
      if (!name.endsWith('/')) pkg.parts.set(name, data);
    return pkg;
  }

  has(part: string): boolean {
    return this.parts.has(part);
  }

  names(): string[] {
    return [...this.parts.keys()];
  }

  /** A part's bytes as last written. */
  bytes(part: string): Uint8Array | undefined {
    this.flush(part);
    return this.parts.get(part);
  }

  /** A part parsed as XML (parsed once; edits to the returned document are kept with `touch`). */
  xml(part: string): Document {
    let doc = this.docs.get(part);
    if (!doc) {
      const data = this.parts.get(part);
      if (!data) throw new Error(`the package has no part ${part}`);
      doc = parseXml(strFromU8(data), part);
      this.docs.set(part, doc);
    }
    return doc;
  }

  /** Whether a part was edited since it was read or last written. */
  isChanged(part: string): boolean {
    return this.changed.has(part);
  }

  /** Marks a parsed part as edited, so it is serialised when the package is written. */
  touch(part: string): void {
    this.changed.add(part);
  }

  /** Adds or replaces a part with an XML document. */
  putXml(part: string, doc: Document): void {
    if (!this.parts.has(part)) this.parts.set(part, new Uint8Array());
    this.docs.set(part, doc);
    this.changed.add(part);
  }

  remove(part: string): void {
    this.parts.delete(part);
    this.docs.delete(part);
    this.changed.delete(part);
  }

  /** The package as zip bytes: `[Content_Types].xml` first, as readers expect. */
  write(): Uint8Array {
    for (const part of [...this.changed]) this.flush(part);
    const files: Zippable = {};
    const names = this.names().sort((a, b) => rank(a) - rank(b));
    for (const name of names) files[name] = [this.parts.get(name)!, { level: 6 }];
    return zipSync(files);
  }

  private flush(part: string): void {
    if (!this.changed.has(part)) return;
    this.parts.set(part, strToU8(serializeXml(this.docs.get(part)!)));
    this.changed.delete(part);
  }
}

const rank = (name: string) => (name === '[Content_Types].xml' ? 0 : 1);
