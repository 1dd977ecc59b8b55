// Outlier test (COINr check_SkewKurt)
export { type CheckSkewKurtOptions, checkSkewKurt, type SkewKurtCheck } from './checkSkewKurt.ts';
// Outlier treatment (COINr Treat)
export { type TreatOutliersOptions, treatOutliers } from './treatOutliers.ts';
