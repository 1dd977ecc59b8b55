import { describe, expect, it } from 'vitest';
import { suggestColumnRoles } from '../../src/catalogue/suggestColumnRoles.ts';
import { pekalongan } from './pekalongan.ts';

const byColumn = (roles: ReturnType<typeof suggestColumnRoles>) =>
  Object.fromEntries(roles.map((r) => [r.column, r]));

describe('suggestColumnRoles', () => {
  it('suggestColumnRoles on a Pekalongan-like table: IDM higher-is-better, the desil count higher-is-worse, No and flag ignored', () => {
    const r = byColumn(suggestColumnRoles(Object.freeze(pekalongan)));
    expect(r.No!.role).toBe('ignore');
    expect(r.No!.identifierLike).toBe(true);
    expect(r.flag!.role).toBe('ignore');
    expect(r.flag!.identifierLike).toBe(true);
    expect(r.IDM!.role).toBe('indicator');
    expect(r.IDM!.indicator).toMatchObject({
      id: 'idm',
      column: 'IDM',
      direction: 'higher-is-better',
      kind: 'index',
      unit: 'indeks 0–1',
    });
    expect(r['Jumlah KK Desil 1']!.indicator).toMatchObject({
      id: 'desil1_kk',
      direction: 'higher-is-worse',
      kind: 'count',
      unit: 'KK',
    });
    expect(r['Jumlah KK Desil 1']!.indicator?.denominator).toBeUndefined();
  });

  it('suggestColumnRoles finds code, name, kecamatan and denominator columns by header', () => {
    const r = byColumn(suggestColumnRoles(pekalongan));
    expect(r['Kode Desa']!.role).toBe('code');
    expect(r['Nama Desa']!.role).toBe('name');
    expect(r.Kecamatan!.role).toBe('kecamatan-name');
    expect(r['Jumlah KK']!.role).toBe('denominator');
    expect(r['Jumlah KK']!.catalogueId).toBe('kk_total');
  });

  it('suggestColumnRoles leaves unknown numeric columns and years ignored, with a reason', () => {
    const r = byColumn(suggestColumnRoles(pekalongan));
    expect(r.skor_tambahan!.role).toBe('ignore');
    expect(r.skor_tambahan!.identifierLike).toBe(false);
    expect(r.skor_tambahan!.reason.id).toContain('tidak ada di katalog');
    expect(r.Tahun!.role).toBe('ignore');
    expect(r.Tahun!.identifierLike).toBe(true);
  });

  it('suggestColumnRoles never offers sequential, constant, year or code-valued columns as indicators, whatever their header', () => {
    const roles = suggestColumnRoles([
      { name: 'kode', values: ['33.26.01.2001', '33.26.01.2002', '33.26.01.2003'] },
      { name: 'IDM', values: [1, 2, 3] },
      { name: 'iks', values: [0.5, 0.5, 0.5] },
      { name: 'ike', values: [2023, 2024, 2024] },
      { name: 'ikl', values: ['3326012001', '3326012002', '3326012003'] },
    ]);
    expect(roles.map((r) => [r.role, r.identifierLike])).toEqual([
      ['code', false],
      ['ignore', true],
      ['ignore', true],
      ['ignore', true],
      ['ignore', true],
    ]);
  });

  it('suggestColumnRoles counts missing cells (empty, null, text in a numeric column) and previews values as text', () => {
    const r = byColumn(suggestColumnRoles(pekalongan, { preview: 3 }));
    expect(r.IDM!.missing).toBe(1);
    expect(r.IDM!.preview).toEqual(['0,6123', '0,7012', '0,5531']);
    expect(r['Jumlah KK Desil 1']!.missing).toBe(1);
    expect(suggestColumnRoles([{ name: 'IDM', values: [0.5, 'x', 0.7, 0.6] }])[0]!.missing).toBe(1);
  });

  it('suggestColumnRoles with rates turns a count into its rate when the denominator column is present', () => {
    const r = byColumn(suggestColumnRoles(pekalongan, { rates: true }));
    expect(r['Jumlah KK Desil 1']!.indicator).toMatchObject({
      id: 'desil1_pct',
      column: 'Jumlah KK Desil 1',
      kind: 'rate',
      unit: '%',
      denominator: 'Jumlah KK',
      per: 100,
    });
    // No population column: extreme poverty stays a count.
    const noPop = byColumn(
      suggestColumnRoles(
        [
          { name: 'kode', values: ['33.26.01.2001', '33.26.01.2002'] },
          { name: 'miskin ekstrem', values: [4, 9] },
        ],
        { rates: true },
      ),
    );
    expect(noPop['miskin ekstrem']!.indicator).toMatchObject({
      id: 'miskin_ekstrem_jiwa',
      kind: 'count',
    });
  });

  it('suggestColumnRoles takes only the first code column; a second one is ignored', () => {
    const roles = suggestColumnRoles([
      { name: 'kode', values: ['33.26.01.2001', '33.26.01.2002'] },
      { name: 'kode10', values: ['3326012001', '3326012002'] },
    ]);
    expect(roles.map((r) => r.role)).toEqual(['code', 'ignore']);
  });

  it('suggestColumnRoles finds the code column by its values when the header is unusual', () => {
    const roles = suggestColumnRoles([
      { name: 'Kode Kemendagri Baru', values: ['33.26.01.2001', '33.26.01.2002'] },
    ]);
    expect(roles[0]!.role).toBe('code');
  });

  it('suggestColumnRoles leaves IDM out when IKS, IKE and IKL are all there (IDM is their mean)', () => {
    const codes = ['33.26.01.2001', '33.26.01.2002', '33.26.01.2003'];
    const idm = (name: string, values: number[]) => ({ name, values });
    const all = suggestColumnRoles([
      { name: 'kode', values: codes },
      idm('idm', [0.61, 0.7, 0.55]),
      idm('iks', [0.6, 0.72, 0.5]),
      idm('ike', [0.58, 0.66, 0.52]),
      idm('ikl', [0.65, 0.72, 0.63]),
    ]);
    expect(all.map((r) => r.role)).toEqual([
      'code',
      'ignore',
      'indicator',
      'indicator',
      'indicator',
    ]);
    expect(all[1]!.catalogueId).toBe('idm');
    expect(all[1]!.reason.en).toContain('choose IDM or its three indices');
    // Ready to be switched on: the catalogue metadata stays on the ignored column.
    expect(all[1]!.indicator).toMatchObject({ id: 'idm', direction: 'higher-is-better' });
    const two = suggestColumnRoles([
      { name: 'kode', values: codes },
      idm('idm', [0.61, 0.7, 0.55]),
      idm('iks', [0.6, 0.72, 0.5]),
    ]);
    expect(two.map((r) => r.role)).toEqual(['code', 'indicator', 'indicator']);
  });
});
