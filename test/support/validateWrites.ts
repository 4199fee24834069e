/**
 * Every workbook the suite writes is checked against the ECMA-376 schemas and the rules of
 * ./ooxmlRules, without a test having to ask (a setupFilesAfterEnv file, see jest.config.js).
 *
 * The seam is the xlsx host's last step, `saveWorkbook(bytes, file)`: the CLI (through its
 * temporary file), writeXlsxFixture, makeHost's reopen and any test that saves a host all end
 * there. The product code is not changed: in tests only, the module is replaced by one that keeps
 * the bytes and then calls the real one, so a save still succeeds or fails as it would. After each
 * test file, the workbooks its tests saved are checked together (one run of xmllint: starting it
 * and compiling the schemas is most of the time a check takes), and the file fails, naming each
 * invalid workbook, the test that saved it and every problem. The workbooks the host opened are kept too, so that
 * what an input made by another program already broke is not laid on the writer (see
 * ./writtenWorkbooks). Files that reach LibreOffice are also checked there.
 */
import { XlsxHost } from '../../src/hosts/xlsx/XlsxHost';
import { checkSavedBooks, openedInputs } from './writtenWorkbooks';

type Save = (bytes: Uint8Array, file: string) => Promise<void>;
type Open = (file: string) => Promise<unknown>;

jest.mock('../../src/hosts/xlsx/saveWorkbook', () => {
  const actual = jest.requireActual<{ saveWorkbook: Save }>('../../src/hosts/xlsx/saveWorkbook');
  const books = jest.requireActual<typeof import('./writtenWorkbooks')>('./writtenWorkbooks');
  return {
    saveWorkbook: async (bytes: Uint8Array, file: string) => {
      books.recordSave(bytes, file);
      return actual.saveWorkbook(bytes, file);
    },
  };
});

jest.mock('../../src/hosts/xlsx/openWorkbook', () => {
  const actual = jest.requireActual<{ openWorkbook: Open }>('../../src/hosts/xlsx/openWorkbook');
  const books = jest.requireActual<typeof import('./writtenWorkbooks')>('./writtenWorkbooks');
  const fs = jest.requireActual<typeof import('node:fs')>('node:fs');
  return {
    ...actual,
    openWorkbook: async (file: string) => {
      const book = await actual.openWorkbook(file);
      books.openedInputs.push(new Uint8Array(await fs.promises.readFile(file)));
      return book;
    },
  };
});

const fromBytes = XlsxHost.fromBytes.bind(XlsxHost);
jest.spyOn(XlsxHost, 'fromBytes').mockImplementation((bytes, file) => {
  openedInputs.push(bytes);
  return fromBytes(bytes, file);
});

afterAll(checkSavedBooks, 300_000);
