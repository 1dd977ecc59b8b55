export { canonicalJson } from './canonicalJson.ts';
export { Hasher, hashString } from './hash.ts';
export { tableHash } from './tableHash.ts';
