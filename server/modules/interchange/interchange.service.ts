// What other modules use of interchange: a module defines its spec (`defineInterchange`) and
// registers it from its own plugin (`registerInterchange`); the engine runs imports
// (`runImport`) and exports (`exportRows`, `writeTable`; `sendTable` answers with a table as a
// file in the reader's language). The coalition-row helpers
// (`readRow`, `COALITION_COLUMNS` …) are for entities whose rows name an organisation, a
// line of effort and places. Nothing here names an entity.
export {
  type ExportColumn,
  type ExportFormat,
  type HeaderTranslations,
  type ExportLang,
  type FetchBatch,
  EXPORT_TYPES,
  afterKeyset,
  sizeCells,
  writeTable,
} from './interchange.export.ts';
export { COALITION_COLUMNS, COALITION_EXPORT_COLUMNS, type CoalitionField, type RowValues, loadReference, readRow } from './interchange.fields.ts';
export { type ImportOptions, type ImportReport, mayImportFor, runImport, TAKEN_ID } from './interchange.import.ts';
export { type Problem, type ProblemLog, type ProblemText, problem } from './interchange.problems.ts';
export { type TableFormat, formatOf, readTable } from './interchange.read.ts';
export { type InterchangeSpec, type RowReader, defineInterchange, interchangeSpec, interchangeSpecs } from './interchange.registry.ts';
export { exportLang, exportRows, importJobKind, readerLang, registerInterchange, sendTable } from './interchange.routes.ts';
export { type ColumnMap, type ColumnRule, cellText } from './interchange.tags.ts';
