import type { Content } from 'pdfmake/interfaces.js';
import type { AnnexSignature } from '../annex/types.ts';
import { fieldText } from './headingBlock.ts';

/**
 * The signature block at the right: place and date (filled or dotted), the office
 * (`BUPATI DEMAK,`), room for the signature and the name line. Kept on one page.
 *
 * @example
 * const block = signatureBlock({
 *   place: { label: 'Ditetapkan di', value: 'Demak', placeholder: '……' },
 *   date: { label: 'pada tanggal', value: null, placeholder: '……' },
 *   office: 'BUPATI DEMAK',
 *   name: { label: 'Nama', value: null, placeholder: '……………' },
 * });
 * 'columns' in block; // => true
 */
export function signatureBlock(signature: AnnexSignature): Content {
  const line = (label: string, value: string) => ({
    columns: [
      { text: label, width: 75 },
      { text: `: ${value}`, width: '*' as const },
    ],
  });
  return {
    columns: [
      { width: '*', text: '' },
      {
        width: 230,
        stack: [
          line(signature.place.label, fieldText(signature.place)),
          line(signature.date.label, fieldText(signature.date)),
          { text: `${signature.office},`, bold: true, margin: [0, 10, 0, 0] },
          { text: fieldText(signature.name), bold: true, margin: [0, 62, 0, 0] },
        ],
      },
    ],
    unbreakable: true,
    margin: [0, 24, 0, 0],
  };
}
