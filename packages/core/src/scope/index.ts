export { inGroup } from './inGroup.ts';
export { mergeStages } from './mergeStages.ts';
export { type MergedUpstream, mergeUpstream } from './mergeUpstream.ts';
export { type GroupUpstream, runScoped, type ScopedSource } from './runScoped.ts';
export { scatter } from './scatter.ts';
export { scopeDiagnostics } from './scopeDiagnostics.ts';
export { type ScopeGroups, scopeGroups } from './scopeGroups.ts';
export { scopedSource } from './scopedSource.ts';
export { subTable } from './subTable.ts';
