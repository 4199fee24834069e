import type { Attr, Document, Element } from '@xmldom/xmldom';

/** ECMA-376 Part 3, Markup Compatibility and Extensibility (MCE). */
export const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/**
 * What a consumer that understands only the transitional ECMA-376 schemas sees of a part, as
 * ECMA-376 Part 3 tells it to read markup it does not understand. Excel writes extensions
 * (`x14ac:dyDescent`, `xr:uid`, `mc:AlternateContent` around x14 form controls…) that the
 * transitional schemas do not declare; Part 3 is what makes them legal, so validation applies it
 * first. Edits `doc` in place.
 *
 * @param understood the namespaces the consumer understands: those the schemas declare.
 */
export function applyMarkupCompatibility(doc: Document, understood: ReadonlySet<string>): void {
  const root = doc.documentElement;
  if (root) processElement(root, new Set(), understood);
}

/** The namespaces an attribute lists by prefix (`mc:Ignorable="x14ac xr"`, `Requires="x14"`). */
function namespacesOf(el: Element, value: string | null): string[] {
  return (value ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((prefix) => el.lookupNamespaceURI(prefix) ?? `(unbound prefix ${prefix})`);
}

function processElement(el: Element, inherited: Set<string>, understood: ReadonlySet<string>) {
  // Part 3 §10.1.1: mc:Ignorable applies to the element that carries it and all it contains.
  const ignorable = new Set([
    ...inherited,
    ...namespacesOf(el, el.getAttributeNS(MC, 'Ignorable')),
  ]);
  for (const attr of Array.from(el.attributes)) {
    const ns = attr.namespaceURI;
    // §10.1.1: attributes of an ignorable namespace are ignored. The mc: attributes themselves
    // are instructions to the consumer (§10), consumed here, and no schema declares them.
    const drop = ns === MC || (ns !== null && ignorable.has(ns)) || droppedXmlSpace(el, attr);
    if (drop) el.removeAttributeNode(attr);
  }
  for (let child = el.firstChild; child;) {
    const next = child.nextSibling;
    if (child.nodeType === 1) processChild(child as Element, el, ignorable, understood);
    child = next;
  }
}

/**
 * xml:space is reserved by XML 1.0 (§2.10) for every element, and SpreadsheetML writes it on `t`
 * (ECMA-376 Part 1 §18.4.12) to keep leading and trailing spaces; but the transitional schema
 * types `t` as the simple type ST_Xstring, which cannot declare an attribute. So a valid
 * xml:space is dropped there (an invalid value is kept, for the schema to reject).
 */
function droppedXmlSpace(el: Element, attr: Attr): boolean {
  return (
    attr.namespaceURI === XML_NS &&
    attr.localName === 'space' &&
    el.localName === 't' &&
    (attr.value === 'preserve' || attr.value === 'default')
  );
}

function processChild(
  child: Element,
  parent: Element,
  ignorable: Set<string>,
  understood: ReadonlySet<string>,
): void {
  if (child.namespaceURI === MC && child.localName === 'AlternateContent') {
    // §10.2: an AlternateContent is replaced by the content of its first Choice whose Requires
    // namespaces the consumer understands, else by its Fallback, else by nothing.
    const chosen = chooseAlternative(child, understood);
    const replacement = chosen ? Array.from(chosen.childNodes) : [];
    for (const node of replacement) {
      parent.insertBefore(node, child);
      if (node.nodeType === 1) processChild(node as Element, parent, ignorable, understood);
    }
    parent.removeChild(child);
  } else if (child.namespaceURI !== null && ignorable.has(child.namespaceURI)) {
    // §10.1.1: an element of an ignorable namespace is ignored with all it contains (no part
    // the suite meets uses mc:ProcessContent, which would keep its children).
    parent.removeChild(child);
  } else processElement(child, ignorable, understood);
}

function chooseAlternative(ac: Element, understood: ReadonlySet<string>): Element | null {
  let fallback: Element | null = null;
  for (let n = ac.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    if (el.namespaceURI !== MC) continue;
    if (
      el.localName === 'Choice' &&
      namespacesOf(el, el.getAttribute('Requires')).every((ns) => understood.has(ns))
    )
      return el;
    if (el.localName === 'Fallback') fallback ??= el;
  }
  return fallback;
}
