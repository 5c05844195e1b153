/** The profiles zfxxgk ships, by id (`--profile wuwei-2025`). */
import { HUAIHUA_2021 } from './huaihua-2021.js';
import type { Profile } from './types.js';
import { WUWEI_2025 } from './wuwei-2025.js';

/** The shipped profiles, by id. */
// Keys written out, not `[WUWEI_2025.id]`: a bundler must keep a property read (it may run a
// getter), and with it both profiles, in every bundle of validate() (the browser core's budget).
// tests/profiles checks that each key is its profile's id.
export const BUILTIN_PROFILES: Readonly<Record<string, Profile>> = {
  'wuwei-2025': WUWEI_2025,
  'huaihua-2021': HUAIHUA_2021,
};
