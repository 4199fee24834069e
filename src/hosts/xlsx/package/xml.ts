import { DOMParser, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';

/** SpreadsheetML's main namespace, the one of every element the writer creates in a sheet. */
export const SML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
/** The namespace of `r:id` attributes, and the stem of the relationship types. */
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** The package's relationship parts (`_rels/*.rels`). */
export const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
/** `[Content_Types].xml`. */
export const TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';

export type { Document, Element };

/** Parses one part; a part that is not well-formed XML throws with the part's name. */
export function parseXml(text: string, part: string): Document {
  const fail = (msg: string) => {
    throw new Error(`${part}: ${msg}`);
  };
  return new DOMParser({
    onError: (level, msg) => level !== 'warning' && fail(msg),
  }).parseFromString(text, 'application/xml');
}

/** Serialises a part with the XML declaration Excel writes. */
export function serializeXml(doc: Document): string {
  const body = new XMLSerializer().serializeToString(doc);
  return body.startsWith('<?xml')
    ? body
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`;
}

/** The element children of `el` with a local name (any namespace prefix), in document order. */
export function childrenNamed(el: Element, name: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 1 && (n as Element).localName === name) out.push(n as Element);
  return out;
}

/** The first element child with a local name, or null. */
export const childNamed = (el: Element, name: string): Element | null =>
  childrenNamed(el, name)[0] ?? null;

/** All element children of `el`. */
export function elementChildren(el: Element): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

/** A new element in the namespace of `parent` (SpreadsheetML parts use a default namespace). */
export function createIn(
  parent: Element,
  name: string,
  attrs: Record<string, string> = {},
): Element {
  const doc = parent.ownerDocument;
  if (!doc) throw new Error(`<${parent.tagName}> is not in a document`);
  const ns = parent.namespaceURI;
  const prefix = parent.prefix ? `${parent.prefix}:` : '';
  const el = ns ? doc.createElementNS(ns, prefix + name) : doc.createElement(name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

/**
 * The child named `name` of `parent`, created in its place by the schema's sequence when missing:
 * Excel refuses a part whose children are out of order, so it goes before the first existing child
 * that comes later in `order` (unknown children, as extensions, count as later).
 */
export function ensureChild(parent: Element, name: string, order: readonly string[]): Element {
  const found = childNamed(parent, name);
  if (found) return found;
  const el = createIn(parent, name);
  insertInOrder(parent, el, order);
  return el;
}

/** Inserts `el` among `parent`'s children at its place in the schema's sequence `order`. */
export function insertInOrder(parent: Element, el: Element, order: readonly string[]): void {
  const rank = order.indexOf(el.localName ?? '');
  const later = elementChildren(parent).find((c) => {
    const r = order.indexOf(c.localName ?? '');
    return r < 0 ? c.localName !== el.localName : r > rank;
  });
  parent.insertBefore(el, later ?? null);
}

/** Removes every child named `name`. */
export function removeChildren(parent: Element, name: string): void {
  for (const c of childrenNamed(parent, name)) parent.removeChild(c);
}

/** The text of an element (all its text nodes). */
export const textOf = (el: Element | null): string => el?.textContent ?? '';

/** The root element of a parsed part. */
export function rootOf(doc: Document): Element {
  const root = doc.documentElement;
  if (!root) throw new Error('an XML part without a root element');
  return root;
}
