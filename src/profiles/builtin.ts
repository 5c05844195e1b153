/** The profiles zfxxgk ships, by id (`--profile wuwei-2025`). */
import { HUAIHUA_2021 } from './huaihua-2021.js';
import type { Profile } from './types.js';
import { WUWEI_2025 } from './wuwei-2025.js';

/** The shipped profiles, by id. */
export const BUILTIN_PROFILES: Readonly<Record<string, Profile>> = {
  [WUWEI_2025.id]: WUWEI_2025,
  [HUAIHUA_2021.id]: HUAIHUA_2021,
};
