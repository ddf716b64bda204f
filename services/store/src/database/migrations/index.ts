import { InitialSchema1732406400000 } from './1732406400000-initial-schema.js';

/** In order; every migration has a `down`. */
export const MIGRATIONS = [InitialSchema1732406400000];
