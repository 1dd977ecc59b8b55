// Box plot: Tukey's fences on type 7 quartiles
export { type BoxPlotOptions, boxPlot } from './boxPlot.ts';
// Dispatcher over every scheme (ClassifySpec)
export { classify } from './classify.ts';
// Equal interval
export { equalInterval } from './equalInterval.ts';
// Fisher–Jenks natural breaks (exact, Ckmeans)
export { fisherJenks } from './fisherJenks.ts';
// Head/tail breaks for heavy tails
export { type HeadTailOptions, headTail } from './headTail.ts';
// Fixed bounds: IDM status (Permendesa 2/2016)
export { idmStatus } from './idmStatus.ts';
// Fixed bounds: user-defined breaks
export { manualBreaks } from './manualBreaks.ts';
// Quantiles (R type 7)
export { quantile } from './quantile.ts';
export { type QuantileOptions, quantileBreaks } from './quantileBreaks.ts';
// Mean ± multiples of the standard deviation
export { type StdMeanOptions, stdMean } from './stdMean.ts';
