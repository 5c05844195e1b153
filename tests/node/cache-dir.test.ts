import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheRoot } from '../../src/node/cache-dir.js';
import { defaultFontDir } from '../../src/pdf/fonts.js';

describe('cacheRoot', () => {
  it('is $XDG_CACHE_HOME/zfxxgk, else ~/.cache/zfxxgk, and the fonts live in it', () => {
    expect(cacheRoot({ XDG_CACHE_HOME: '/var/cache/me' })).toBe('/var/cache/me/zfxxgk');
    expect(cacheRoot({})).toBe(join(homedir(), '.cache', 'zfxxgk'));
    expect(defaultFontDir({ XDG_CACHE_HOME: '/var/cache/me' })).toBe('/var/cache/me/zfxxgk/fonts');
  });

  it('takes an empty XDG_CACHE_HOME as unset (not the working folder), as the XDG specification says', () => {
    expect(cacheRoot({ XDG_CACHE_HOME: '' })).toBe(join(homedir(), '.cache', 'zfxxgk'));
    expect(defaultFontDir({ XDG_CACHE_HOME: '' })).toBe(join(homedir(), '.cache', 'zfxxgk', 'fonts'));
  });
});
