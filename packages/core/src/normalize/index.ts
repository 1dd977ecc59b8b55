// Constant indicators
export { isConstant } from './isConstant.ts';
// Direction-aware normalisation (higher = more need)
export { type NormaliseOptions, normalise } from './normalise.ts';
