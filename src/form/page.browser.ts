/** The browser build's `formPage()`: the page is made on a server, so here it only says so. */
import type { PageConfig } from './page-config.js';

/** What the page is for (see the Node build). */
export interface FormPageOptions extends PageConfig {
  readonly title?: string;
}

/**
 * Not available in a browser: mount the form with `mount()` or `<zfxxgk-report-form>` instead.
 * @throws Error always
 */
export function formPage(_options: FormPageOptions = {}): string {
  throw new Error(
    'zfxxgk: formPage() runs in Node (it reads the built page script); in a browser use mount() or <zfxxgk-report-form>',
  );
}
