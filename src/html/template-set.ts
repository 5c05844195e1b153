/** The shape of a set of templates, and how a caller may change the house style. */

/**
 * Partials that draw the report's sections and the national tables: fixed by the format, never
 * overridden (`section` too: a section of its own could leave its table out).
 */
export const LOCKED_PARTIALS: readonly string[] = ['report', 'section', 'table', 'cell'];

/** How a caller changes the house style without forking. */
export interface TemplateOverrides {
  /**
   * A folder laid out like the package's `templates/`: any of `document.hbs`, `fragment.hbs`,
   * `partials/*.hbs`, `styles/*.css`. What it holds replaces the package's file of that name.
   * Node only: the browser build has no file system (give `partials` and `css` there).
   */
  readonly templates?: string;
  /** Partials by name (`title`, `letterhead`, `footer`, `signature`, …), as template strings. */
  readonly partials?: Readonly<Record<string, string>>;
  /** CSS appended after the package's styles (custom properties such as `--zfxxgk-font-body`). */
  readonly css?: string;
}

/** The templates of one house style, as text. */
export interface TemplateSet {
  readonly document: string;
  readonly fragment: string;
  readonly partials: Readonly<Record<string, string>>;
  /** `report.css` (scoped) and `page.css` (@page rules), and extra CSS. */
  readonly styles: Readonly<Record<string, string>>;
}
