/** The error of a template configuration that cannot work. */

/**
 * Thrown when templates are loaded: a locked partial overridden, a missing folder (or any folder,
 * in a browser), unescaped
 * output of report data, or a page that does not draw the report. `code` tells which.
 */
export class TemplateConfigError extends Error {
  override readonly name = 'TemplateConfigError';
  constructor(
    message: string,
    readonly code: 'LOCKED_PARTIAL' | 'TEMPLATES_NOT_FOUND' | 'TEMPLATES_FOLDER_UNSUPPORTED' | 'UNESCAPED_OUTPUT' | 'REPORT_NOT_DRAWN',
  ) {
    super(message);
  }
}
