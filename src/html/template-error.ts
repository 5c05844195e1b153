/** The error of a template configuration that cannot work. */

/**
 * Thrown when templates are loaded: a locked partial overridden, a missing folder (or any folder,
 * in a browser), unescaped output of report data, a page that does not draw the report, a
 * template that does not compile (TEMPLATE_SYNTAX), or one that calls a partial or a helper that
 * does not exist (TEMPLATE_REFERENCE). `code` tells which; the message names the file.
 */
export class TemplateConfigError extends Error {
  override readonly name = 'TemplateConfigError';
  constructor(
    message: string,
    readonly code:
      | 'LOCKED_PARTIAL'
      | 'TEMPLATES_NOT_FOUND'
      | 'TEMPLATES_FOLDER_UNSUPPORTED'
      | 'UNESCAPED_OUTPUT'
      | 'REPORT_NOT_DRAWN'
      | 'TEMPLATE_SYNTAX'
      | 'TEMPLATE_REFERENCE',
  ) {
    super(message);
  }
}
