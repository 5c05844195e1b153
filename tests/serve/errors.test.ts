import { describe, expect, it } from 'vitest';
import { loadOptional } from '../../src/node/optional.js';
import { serviceErrorOf } from '../../src/serve/errors.js';
import { hasChinese } from './helpers.js';

describe('serviceErrorOf', () => {
  it('answers 501 NOT_INSTALLED, with the install command, when a feature’s package is missing on the server', async () => {
    // What loadOptional throws on a server without puppeteer-core (Node's own "not found" shape).
    const notFound = Object.assign(new Error("Cannot find package 'puppeteer-core' imported from /srv/x.js"), {
      code: 'ERR_MODULE_NOT_FOUND',
    });
    const missing = await loadOptional('puppeteer-core', () => Promise.reject(notFound)).catch((e: unknown) => e);
    const answer = serviceErrorOf(missing);
    expect(answer.status).toBe(501);
    const body = answer.body();
    expect(body.code).toBe('NOT_INSTALLED');
    expect(hasChinese(body.message)).toBe(true);
    expect(body.message).toContain('npm install "puppeteer-core@^');
    expect(body.messageEn).toContain('npm install "puppeteer-core@^');
  });
});
