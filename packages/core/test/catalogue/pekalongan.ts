import type { ColumnInput } from '../../src/catalogue/columnRoles.ts';

/** A Pekalongan-style export: row numbers, a flag, decimal commas as text, a desil count. */
export const pekalongan: ColumnInput[] = [
  { name: 'No', values: [1, 2, 3, 4, 5] },
  {
    name: 'Kode Desa',
    values: ['33.26.01.2001', '3326012002', '33.26.01.2003', '33.26.02.2001', '33.26.02.2002'],
  },
  { name: 'Nama Desa', values: ['Kalijoyo', 'Legok Kalong', 'Kaliombo', 'Bojong', 'Sembung'] },
  {
    name: 'Kecamatan',
    values: ['Kandangserang', 'Kandangserang', 'Kandangserang', 'Bojong', 'Bojong'],
  },
  { name: 'IDM', values: ['0,6123', '0,7012', '', '0,5531', '0,8101'] },
  { name: 'Jumlah KK Desil 1', values: [120, 85, 240, null, 66] },
  { name: 'Jumlah KK', values: [900, 700, 1500, 800, 650] },
  { name: 'flag', values: [0, 0, 1, 0, 0] },
  { name: 'skor_tambahan', values: [3.1, 2.4, 8.8, 1.2, 5.5] },
  { name: 'Tahun', values: [2024, 2024, 2024, 2024, 2024] },
];
