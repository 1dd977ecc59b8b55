import { FUNDING_SOURCES } from '../read/fundingSources.ts';
import { AGENCY_COLUMNS, PLAN_COLUMNS } from '../read/planColumns.ts';
import { CATALOGUE_INDICATOR_IDS } from '../read/planIndicator.ts';

const VILLAGES_PATTERN =
  '^(?:(?:semua|seluruh) (?:desa )?lokus(?: di (?:kecamatan|kec\\.?) .+)?|(?:\\d{2}\\.?\\d{2}\\.?\\d{2}\\.?[12]\\d{3})(?:\\s*[;,]\\s*\\d{2}\\.?\\d{2}\\.?\\d{2}\\.?[12]\\d{3})*)$';

/**
 * JSON Schema (draft 2020-12) of an action plan written as JSON: an array of rows keyed by the
 * template's Indonesian headers, from `PLAN_COLUMNS`, `FUNDING_SOURCES` and the indicator
 * catalogue (the reader also accepts the usual other headers and spellings; the schema states
 * the canonical ones). Written to `data/templates/rencana-aksi.schema.json`.
 *
 * @example
 * planJsonSchema().items.required; // => ['OPD', 'Program', 'Indikator', 'Anggaran (Rp)', 'Sumber Dana', 'Desa/Kelurahan']
 */
export function planJsonSchema() {
  const describe = (key: string): string => PLAN_COLUMNS.find((c) => c.key === key)?.en ?? key;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://lokus.example/schema/rencana-aksi.schema.json',
    title: 'Rencana Aksi Tahunan (annual action plan) on the loci',
    type: 'array',
    items: {
      type: 'object',
      additionalProperties: false,
      required: PLAN_COLUMNS.filter((c) => c.required).map((c) => c.header),
      properties: {
        OPD: { type: 'string', minLength: 1, description: describe('agency') },
        Program: { type: 'string', minLength: 1, description: describe('programme') },
        Kegiatan: { type: 'string', description: describe('activity') },
        Indikator: { enum: [...CATALOGUE_INDICATOR_IDS], description: describe('indicator') },
        Target: { type: 'number', description: describe('target') },
        'Satuan Target': { type: 'string', description: describe('targetUnit') },
        'Anggaran (Rp)': { type: 'number', minimum: 0, description: describe('budget') },
        'Sumber Dana': { enum: FUNDING_SOURCES.map((s) => s.id), description: describe('source') },
        'Desa/Kelurahan': {
          type: 'string',
          pattern: VILLAGES_PATTERN,
          description: describe('villages'),
        },
      },
    },
  } as const;
}

/**
 * JSON Schema (draft 2020-12) of an agency list written as JSON, from `AGENCY_COLUMNS`. Written
 * to `data/templates/daftar-opd.schema.json`.
 *
 * @example
 * agencyJsonSchema().items.required; // => ['OPD', 'Mandat']
 */
export function agencyJsonSchema() {
  const describe = (key: string): string => AGENCY_COLUMNS.find((c) => c.key === key)?.en ?? key;
  const codes = {
    type: 'string',
    pattern: '^(\\d{2}\\.?\\d{2}\\.?\\d{2}\\.?[12]\\d{3}(\\s*;\\s*)?)*$',
  } as const;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://lokus.example/schema/daftar-opd.schema.json',
    title: 'Agencies (OPD) for the assignment to loci (Satu OPD Satu Desa Dampingan)',
    type: 'array',
    items: {
      type: 'object',
      additionalProperties: false,
      required: AGENCY_COLUMNS.filter((c) => c.required).map((c) => c.header),
      properties: {
        OPD: { type: 'string', minLength: 1, description: describe('agency') },
        Mandat: {
          type: 'string',
          pattern: `^(${CATALOGUE_INDICATOR_IDS.join('|')})(\\s*;\\s*(${CATALOGUE_INDICATOR_IDS.join('|')}))*$`,
          description: describe('mandate'),
        },
        'Min Desa': { type: 'integer', minimum: 0, default: 0, description: describe('min') },
        'Maks Desa': { type: 'integer', minimum: 0, default: 1, description: describe('max') },
        'Preferensi Kecamatan': { type: 'string', description: describe('preferKecamatan') },
        'Preferensi Desa': { ...codes, description: describe('preferVillages') },
        'Desa Dampingan Tetap': { ...codes, description: describe('pinned') },
      },
    },
  } as const;
}
