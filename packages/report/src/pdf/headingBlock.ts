import type { Content } from 'pdfmake/interfaces.js';
import type { AnnexField, AnnexHeading } from '../annex/types.ts';

/**
 * A field's printed text: its value, or the dotted placeholder to fill in by hand.
 *
 * @example
 * fieldText({ label: 'NOMOR', value: null, placeholder: '……………' }); // => '……………'
 */
export function fieldText(field: AnnexField): string {
  return field.value ?? field.placeholder;
}

/**
 * The annex heading as decrees print it, at the top right: `LAMPIRAN`, `KEPUTUSAN BUPATI …`,
 * `NOMOR : …`, `TANGGAL : …`, `TENTANG …`; then the centred title.
 *
 * @example
 * const block = headingBlock({
 *   annexLabel: 'LAMPIRAN', decreeOf: 'KEPUTUSAN BUPATI DEMAK',
 *   decreeNumber: { label: 'NOMOR', value: null, placeholder: '……' },
 *   decreeDate: { label: 'TANGGAL', value: '2 Januari 2026', placeholder: '……' },
 *   about: 'TENTANG …', title: 'DAFTAR LOKUS', district: { code: '33.21', name: 'Demak' },
 *   province: { code: '33', name: null }, year: 2026,
 * });
 * block.length; // => 2
 */
export function headingBlock(heading: AnnexHeading): Content[] {
  const row = (field: AnnexField): Content => ({
    columns: [
      { text: field.label, width: 55 },
      { text: ':', width: 8 },
      { text: fieldText(field), width: '*' },
    ],
    columnGap: 0,
  });
  return [
    {
      columns: [
        { width: '*', text: '' },
        {
          width: 250,
          stack: [
            { text: heading.annexLabel },
            { text: heading.decreeOf },
            row(heading.decreeNumber),
            row(heading.decreeDate),
            { text: heading.about },
          ],
          fontSize: 9.5,
        },
      ],
      margin: [0, 0, 0, 18],
    },
    { text: heading.title, style: 'title' },
  ];
}
