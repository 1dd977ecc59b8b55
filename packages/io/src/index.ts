// Diagnostics and shared types

// Text and numbers
export { type DecodeTextOptions, type DecodeTextResult, decodeText } from './decodeText.ts';
export { type DetectDecimalResult, detectDecimal } from './detectDecimal.ts';
// Boundaries
export { INDONESIA_EXTENT } from './indonesiaExtent.ts';
export { type ParseNumberOptions, parseNumber } from './parseNumber.ts';
// Village tables
export { MAX_CSV_ROWS, type ReadCsvOptions, type ReadCsvResult, readCsv } from './readCsv.ts';
export { type ReadGeoJsonOptions, readGeoJson } from './readGeoJson.ts';
// Scenarios
export { type ReadScenarioOptions, type ReadScenarioResult, readScenario } from './readScenario.ts';
export {
  type ReadShapefileZipOptions,
  readShapefileZip,
} from './readShapefileZip.ts';
export { type ReadTopoJsonOptions, readTopoJson } from './readTopoJson.ts';
export { type ReadXlsxOptions, type ReadXlsxResult, readXlsx } from './readXlsx.ts';
export { type RecordsFromRowsOptions, recordsFromRows } from './recordsFromRows.ts';
export { DELIMITERS, sniffDelimiter } from './sniffDelimiter.ts';
export type * from './types.ts';

// Writers
export { fixZipTimestamps } from './fixZipTimestamps.ts';
export { type WriteCsvOptions, writeCsv } from './writeCsv.ts';
export { type WriteGeoJsonOptions, writeGeoJson } from './writeGeoJson.ts';
export { type WriteXlsxOptions, writeXlsx, type XlsxSheet } from './writeXlsx.ts';
