/**
 * Property tests run with a fixed seed, so a CI run is reproducible; set FC_SEED to explore other
 * seeds locally (`FC_SEED=$RANDOM pnpm test:unit`). A failure prints its seed and path to replay.
 */
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261123) });
