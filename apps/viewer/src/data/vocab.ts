/**
 * The scenario vocabulary the panels offer, as `@lokus/core` states it once: method lists,
 * selection modes and defaults. The viewer re-types none of them.
 */
import { CLASSIFY_SCHEMES as ALL_SCHEMES, scenarioDefaults } from '@lokus/core';

export { AGGREGATE_METHODS, NORMALISE_METHODS, SELECT_MODES, WEIGHT_METHODS } from '@lokus/core';

/** Map classification schemes the panel offers: `manual` needs breaks the panel cannot edit. */
export const CLASSIFY_SCHEMES = ALL_SCHEMES.filter((s) => s !== 'manual');

/** Core's defaults, for controls whose scenario leaves a setting out. */
export const DEFAULTS = scenarioDefaults;
