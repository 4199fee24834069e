import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { DOMParser, XMLSerializer, type Document } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';
import { applyMarkupCompatibility } from './markupCompatibility';
import { contentTypes, ruleProblems, type OoxmlProblem, type ParsedPackage } from './ooxmlRules';

export type { OoxmlProblem };

/**
 * Validates the parts of an .xlsx against the transitional ECMA-376 schemas vendored in
 * test/ooxml-xsd (with xmllint-wasm, in-process), and checks the rules no schema can say (see
 * ./ooxmlRules). Used on every workbook the suite writes (see ./validateWrites).
 */

// Beside this file in the repository; from build-bench/test/support when the bench runs it.
const XSD_DIR =
  [
    path.join(__dirname, '..', 'ooxml-xsd'),
    path.join(__dirname, '..', '..', '..', 'test', 'ooxml-xsd'),
  ].find((dir) => existsSync(dir)) ?? path.join(__dirname, '..', 'ooxml-xsd');
const MAIN_XSD = 'xlsx-parts.xsd';

const SML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.';
const DOC_TYPE = 'application/vnd.openxmlformats-officedocument.';

/** The root element a part of each content type has: [namespace, local name]. */
const ROOTS: Record<string, readonly [string, string]> = {
  [`${SHEET_TYPE}sheet.main+xml`]: [SML, 'workbook'],
  [`${SHEET_TYPE}template.main+xml`]: [SML, 'workbook'],
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml': [SML, 'workbook'],
  [`${SHEET_TYPE}worksheet+xml`]: [SML, 'worksheet'],
  [`${SHEET_TYPE}chartsheet+xml`]: [SML, 'chartsheet'],
  [`${SHEET_TYPE}dialogsheet+xml`]: [SML, 'dialogsheet'],
  [`${SHEET_TYPE}styles+xml`]: [SML, 'styleSheet'],
  [`${SHEET_TYPE}sharedStrings+xml`]: [SML, 'sst'],
  [`${SHEET_TYPE}comments+xml`]: [SML, 'comments'],
  [`${SHEET_TYPE}table+xml`]: [SML, 'table'],
  [`${SHEET_TYPE}calcChain+xml`]: [SML, 'calcChain'],
  [`${SHEET_TYPE}pivotTable+xml`]: [SML, 'pivotTableDefinition'],
  [`${SHEET_TYPE}pivotCacheDefinition+xml`]: [SML, 'pivotCacheDefinition'],
  [`${SHEET_TYPE}pivotCacheRecords+xml`]: [SML, 'pivotCacheRecords'],
  [`${SHEET_TYPE}externalLink+xml`]: [SML, 'externalLink'],
  [`${SHEET_TYPE}queryTable+xml`]: [SML, 'queryTable'],
  [`${SHEET_TYPE}connections+xml`]: [SML, 'connections'],
  [`${DOC_TYPE}theme+xml`]: ['http://schemas.openxmlformats.org/drawingml/2006/main', 'theme'],
  [`${DOC_TYPE}drawing+xml`]: [
    'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
    'wsDr',
  ],
  [`${DOC_TYPE}drawingml.chart+xml`]: [
    'http://schemas.openxmlformats.org/drawingml/2006/chart',
    'chartSpace',
  ],
  'application/vnd.openxmlformats-package.relationships+xml': [
    'http://schemas.openxmlformats.org/package/2006/relationships',
    'Relationships',
  ],
  'application/vnd.openxmlformats-package.core-properties+xml': [
    'http://schemas.openxmlformats.org/package/2006/metadata/core-properties',
    'coreProperties',
  ],
  [`${DOC_TYPE}extended-properties+xml`]: [
    'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties',
    'Properties',
  ],
  [`${DOC_TYPE}custom-properties+xml`]: [
    'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties',
    'Properties',
  ],
};

const CONTENT_TYPES_ROOT = [
  'http://schemas.openxmlformats.org/package/2006/content-types',
  'Types',
] as const;

/**
 * Why a part with no schema here is not validated; none of them is a part the writer produces
 * (it writes the workbook, its sheets, styles, shared strings, relationships and content types,
 * all validated), it copies them byte for byte from the file it opened.
 */
function whySkipped(type: string | undefined): string | null {
  if (type === undefined) return null;
  if (!/[+/]xml$/.test(type))
    return type === `${DOC_TYPE}vmlDrawing`
      ? 'VML, the legacy drawing of comments and form controls (ECMA-376 Part 4), which Excel itself writes as not always well-formed XML'
      : 'not XML';
  if (/^application\/vnd\.ms-/.test(type))
    return 'a Microsoft extension (MS-XLSX, MS-ODRAWXML), outside ECMA-376: no transitional schema describes it';
  if (type === 'application/xml' || type === 'text/xml')
    return 'custom XML data, whose schema is its author’s own';
  return null;
}

/**
 * A part as the schema sees it (its text, and the hash of the bytes it came from), one whose
 * bytes were already found valid, or why it is not validated.
 */
type Prepared =
  | { readonly part: string; readonly text: string; readonly raw: string }
  | { readonly part: string; readonly known: true }
  | { readonly part: string; readonly skipped: string }
  | { readonly part: string; readonly problem: string };

/** The schemas, read once per process; and the namespaces they declare. */
let schemas: { main: XMLFileInfo; preload: XMLFileInfo[]; understood: Set<string> } | null = null;

function loadSchemas(): NonNullable<typeof schemas> {
  if (schemas) return schemas;
  const files: XMLFileInfo[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }))
      if (e.isDirectory()) walk(path.join(dir, e.name));
      else if (e.name.endsWith('.xsd'))
        files.push({
          fileName: path.relative(XSD_DIR, path.join(dir, e.name)).split(path.sep).join('/'),
          contents: readFileSync(path.join(dir, e.name), 'utf8'),
        });
  };
  walk(XSD_DIR);
  const understood = new Set(
    files.flatMap((f) => /targetNamespace="([^"]+)"/.exec(f.contents as string)?.[1] ?? []),
  );
  schemas = {
    main: files.find((f) => f.fileName === MAIN_XSD)!,
    preload: files.filter((f) => f.fileName !== MAIN_XSD),
    understood,
  };
  return schemas;
}

/** Parses a part; a part that is not well-formed throws with the parser's message. */
function parse(text: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message);
    },
  }).parseFromString(text, 'application/xml');
}

/** Each part of a package, ready for the schema (markup compatibility applied) or set aside. */
function prepare(parts: Map<string, Uint8Array>, pkg: ParsedPackage): Prepared[] {
  const types = contentTypes(pkg);
  const { understood } = loadSchemas();
  return [...parts.keys()].map((part): Prepared => {
    const type = types.get(part);
    const root = part === '[Content_Types].xml' ? CONTENT_TYPES_ROOT : ROOTS[type ?? ''];
    if (!root) {
      const skipped = whySkipped(type);
      if (skipped) return { part, skipped };
      return type === undefined || type.startsWith('application/vnd.openxmlformats-')
        ? { part, problem: `no schema is mapped for its content type ${type}` }
        : { part, skipped: `content type ${type}, which ECMA-376 does not define` };
    }
    const bytes = parts.get(part) ?? new Uint8Array();
    const raw = createHash('sha256').update(bytes).digest('hex');
    if (validRaw.has(raw)) return { part, known: true };
    const doc = pkg.xml(part);
    if (!doc) return { part, problem: `is not well-formed XML: ${parseError(bytes)}` };
    const el = doc.documentElement;
    if (el?.namespaceURI !== root[0] || el.localName !== root[1])
      return { part, problem: `has root {${el?.namespaceURI}}${el?.localName}, not ${root[1]}` };
    // The rules have read the parsed parts already: the schema's view may now be made of them.
    applyMarkupCompatibility(doc, understood);
    return { part, text: new XMLSerializer().serializeToString(doc), raw };
  });
}

function parseError(bytes: Uint8Array): string {
  try {
    parse(strFromU8(bytes));
    return '(no message)';
  } catch (e) {
    return (e as Error).message;
  }
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The texts (by hash), and the bytes of parts (by hash), already found valid in this process: a
 * part is validated once, and parsed again only for the rules.
 */
const validTexts = new Set<string>();
const validRaw = new Set<string>();

/** Makes the schema's messages short: the SpreadsheetML namespace is the default one. */
const tidy = (message: string) =>
  message.replace(/\{http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main\}/g, '');

/**
 * Validates texts against the schemas in one run of xmllint (so the schemas are compiled once
 * for all of them). Returns each invalid text's messages, by hash.
 */
async function schemaErrors(texts: readonly string[]): Promise<Map<string, string[]>> {
  const todo = [...new Set(texts)].filter((t) => !validTexts.has(hash(t)));
  const errors = new Map<string, string[]>();
  if (todo.length === 0) return errors;
  const { main, preload } = loadSchemas();
  const result = await validateXML({
    xml: todo.map((contents, i) => ({ fileName: `part${i}.xml`, contents })),
    schema: main,
    preload,
    initialMemoryPages: 64 * 16,
    maxMemoryPages: 1024 * 16,
  });
  const failed = new Set<number>();
  for (const line of result.rawOutput.split('\n')) {
    const [, index, message = ''] = /^part(\d+)\.xml(?::\d+:)? (.*)$/.exec(line) ?? [];
    if (index === undefined || message === 'validates') continue;
    failed.add(Number(index));
    const key = hash(todo[Number(index)] ?? '');
    if (message !== 'fails to validate')
      errors.set(key, [...(errors.get(key) ?? []), tidy(message)]);
  }
  todo.forEach((text, i) => {
    if (!failed.has(i)) validTexts.add(hash(text));
    else if (!errors.has(hash(text))) errors.set(hash(text), ['fails to validate']);
  });
  return errors;
}

/** What checking a workbook found. */
export interface OoxmlReport {
  readonly problems: readonly OoxmlProblem[];
  /** The parts validated against a schema. */
  readonly validated: readonly string[];
  /** The parts not validated, each with why. */
  readonly skipped: readonly { readonly part: string; readonly reason: string }[];
}

/** The parts, each parsed when first asked for (null when not well-formed). */
function parsedPackage(parts: Map<string, Uint8Array>): ParsedPackage {
  const docs = new Map<string, Document | null>();
  return {
    names: [...parts.keys()],
    xml(part) {
      if (!docs.has(part)) {
        const bytes = parts.get(part);
        try {
          docs.set(part, bytes ? parse(strFromU8(bytes)) : null);
        } catch {
          docs.set(part, null);
        }
      }
      return docs.get(part) ?? null;
    },
  };
}

function unzip(bytes: Uint8Array): Map<string, Uint8Array> | null {
  try {
    return new Map(Object.entries(unzipSync(bytes)).filter(([name]) => !name.endsWith('/')));
  } catch {
    return null;
  }
}

/** One workbook's report, from its prepared parts, the schema's messages and the rules'. */
function reportOf(
  rules: readonly OoxmlProblem[],
  items: readonly Prepared[],
  errors: Map<string, string[]>,
): OoxmlReport {
  const problems: OoxmlProblem[] = [];
  const validated: string[] = [];
  const skipped: { part: string; reason: string }[] = [];
  for (const item of items) {
    if ('skipped' in item) skipped.push({ part: item.part, reason: item.skipped });
    else if ('problem' in item) problems.push({ part: item.part, message: item.problem });
    else if ('known' in item) validated.push(item.part);
    else {
      validated.push(item.part);
      const messages = errors.get(hash(item.text)) ?? [];
      for (const message of messages) problems.push({ part: item.part, message });
      if (messages.length === 0) validRaw.add(item.raw);
    }
  }
  return { problems: [...problems, ...rules], validated, skipped };
}

/**
 * Checks workbooks (the bytes of .xlsx files): every XML part against its schema, in one run of
 * xmllint for all of them, and the rules of ./ooxmlRules.
 */
export async function checkXlsxFiles(books: readonly Uint8Array[]): Promise<OoxmlReport[]> {
  const prepared = books.map((bytes) => {
    const parts = unzip(bytes);
    if (!parts) return null;
    const pkg = parsedPackage(parts);
    const rules = ruleProblems(pkg);
    return { rules, items: prepare(parts, pkg) };
  });
  const texts = prepared.flatMap(
    (p) => p?.items.flatMap((i) => ('text' in i ? [i.text] : [])) ?? [],
  );
  const errors = await schemaErrors(texts);
  return prepared.map((p) =>
    p
      ? reportOf(p.rules, p.items, errors)
      : {
          problems: [{ part: '(package)', message: 'is not a zip file' }],
          validated: [],
          skipped: [],
        },
  );
}

/** Checks one workbook. */
export async function checkXlsx(bytes: Uint8Array): Promise<OoxmlReport> {
  return (await checkXlsxFiles([bytes]))[0]!;
}

const SHOWN = 20;

/** The message of an invalid workbook: the file, then one line a problem. */
export function describeProblems(file: string, problems: readonly OoxmlProblem[]): string {
  const lines = problems.slice(0, SHOWN).map((p) => `  ${p.part}: ${p.message}`);
  if (problems.length > SHOWN) lines.push(`  … and ${problems.length - SHOWN} more`);
  return [`${file} is not a valid xlsx (ECMA-376 transitional):`, ...lines].join('\n');
}

/** A workbook that breaks a schema or a rule: the message names the file and every problem. */
export class OoxmlInvalidError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly OoxmlProblem[],
  ) {
    super(describeProblems(file, problems));
    this.name = 'OoxmlInvalidError';
  }
}

/** Fails with OoxmlInvalidError unless the workbook (a file, or its bytes) is valid. */
export async function expectValidXlsx(file: string | Uint8Array, name?: string): Promise<void> {
  const bytes = typeof file === 'string' ? new Uint8Array(await fs.readFile(file)) : file;
  const { problems } = await checkXlsx(bytes);
  if (problems.length > 0)
    throw new OoxmlInvalidError(name ?? (typeof file === 'string' ? file : '(workbook)'), problems);
}
