import { readFileSync } from 'node:fs';

/** spdep `localmoran` moments under one randomisation (spdep scaling). */
export interface SpdepMoments {
  E: number[];
  V: number[];
  Z: number[];
  p: number[];
}

/** `localmoran` with conditional = TRUE and FALSE. */
export interface SpdepLocalMoments {
  Ii: number[];
  conditional: SpdepMoments;
  total: SpdepMoments;
}

/** `globalG.test` figures (p one-sided, "greater"). */
export interface SpdepGeneralG {
  G: number;
  EG: number;
  VG: number;
  z: number;
  pGreater: number;
}

/** Reference values written by test/golden/geo/make-spdep-inference.R (R spdep 1.2-7). */
export interface SpdepInferenceGolden {
  generator: string;
  lattice: {
    y: number[];
    g: number[];
    localQueenW: SpdepLocalMoments;
    localQueenB: SpdepLocalMoments;
    generalGQueenB: SpdepGeneralG;
    generalGQueenW: SpdepGeneralG;
  };
  demak: { localIdmQueenW: SpdepLocalMoments; generalGIdmQueenB: SpdepGeneralG };
}

export const spdepInference: SpdepInferenceGolden = JSON.parse(
  readFileSync(
    new URL('../../../../test/golden/geo/spdep-inference.json', import.meta.url),
    'utf8',
  ),
) as SpdepInferenceGolden;
