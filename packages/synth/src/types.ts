import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** Properties of every synthetic village polygon (the real boundary files use the same names). */
export interface SyntheticVillageProperties {
  /** Dotted Kemendagri-style code `PP.KK.CC.TDDD`. */
  readonly kode: string;
  /** The same code without dots. */
  readonly kode10: string;
  /** Village name (fictional). */
  readonly nama: string;
  /** Kecamatan code `PP.KK.CC`. */
  readonly kode_kec: string;
  /** Kecamatan name (fictional). */
  readonly nama_kec: string;
  /** Always `true`: the feature is fictional. */
  readonly synthetic: true;
}

/** Village polygons made by the generators, one feature per village in record order. */
export type SyntheticBoundaries = FeatureCollection<
  Polygon | MultiPolygon,
  SyntheticVillageProperties
>;
