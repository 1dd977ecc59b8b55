/** The viewer's controller under its former name, for modules that still import `App`. */
export type { Controller as App } from './controller.ts';
