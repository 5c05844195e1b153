/**
 * `<zfxxgk-report-form>`: the form as a custom element, so any host page (React, jQuery or none)
 * embeds it with one tag. Defined on request, not on import, so that importing `zfxxgk/form` in
 * Node (for `formPage()`) touches no DOM.
 */
import { mount, type FormOptions, type FormState, type ReportForm } from './form.js';

/** The element's name. */
export const FORM_TAG = 'zfxxgk-report-form';

/** The element's interface: the {@link ReportForm} methods, once connected. */
export interface ReportFormElement extends HTMLElement {
  /** The mounted form (undefined until the element is in a document). */
  readonly form: ReportForm | undefined;
  /** Options used when the element connects (set before adding it to the page). */
  options: FormOptions;
  /** A copy of the report as edited. */
  getReport(): Record<string, unknown> | undefined;
}

/**
 * Defines `<zfxxgk-report-form>` (once; later calls do nothing). The element mounts the form when
 * connected, autosaving under its `autosave-key` attribute (`off` for none), and fires
 * `zfxxgk-change` events with `{ report, issues, ok }` as `detail`.
 * @example defineReportForm(); document.body.append(document.createElement('zfxxgk-report-form'));
 */
export function defineReportForm(): void {
  if (customElements.get(FORM_TAG)) return;
  class Element extends HTMLElement implements ReportFormElement {
    form: ReportForm | undefined;
    options: FormOptions = {};

    connectedCallback(): void {
      if (this.form) return;
      const key = this.getAttribute('autosave-key');
      this.form = mount(this, {
        ...(key ? { autosave: key === 'off' ? false : key } : {}),
        ...this.options,
        onChange: (state: FormState) => {
          this.options.onChange?.(state);
          this.dispatchEvent(new CustomEvent('zfxxgk-change', { detail: state }));
        },
      });
    }

    getReport(): Record<string, unknown> | undefined {
      return this.form?.getReport();
    }
  }
  customElements.define(FORM_TAG, Element);
}
