// The decree annex content (rendered by the PDF writer and the viewer's print view)
export type * from './annex/types.ts';
