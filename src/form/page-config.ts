/** What a served form page is told by its server, in a JSON script element of the page. */

/** The id of the `<script type="application/json">` holding the {@link PageConfig}. */
export const PAGE_CONFIG_ID = 'zfxxgk-form-config';

/** The page's configuration. */
export interface PageConfig {
  /**
   * Base address of the render service (`zfxxgk serve`): the page shows buttons that POST the report
   * to `<serviceUrl>/v1/render?format=pdf|docx|html` and download the answer.
   */
  readonly serviceUrl?: string;
  /**
   * `zfxxgk edit`: the report is read from and saved back to this address (relative to the page);
   * the page's `token` query parameter is sent along.
   */
  readonly fileUrl?: string;
  /** The file's name, shown in the toolbar. */
  readonly fileName?: string;
}
