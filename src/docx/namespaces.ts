/** The XML namespaces and relationship types of a WordprocessingML package (ECMA-376). */

/** WordprocessingML main namespace (`w:`). */
export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/** Relationships inside a part (`r:id`). */
export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** VML (`v:`), for the draft watermark. */
export const V_NS = 'urn:schemas-microsoft-com:vml';
/** Office VML extensions (`o:`). */
export const O_NS = 'urn:schemas-microsoft-com:office:office';
/** A package's relationships part. */
export const PKG_RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
/** `[Content_Types].xml`. */
export const CONTENT_TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';

const OFFICE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Relationship types used by the package. */
export const REL = {
  officeDocument: `${OFFICE_REL}/officeDocument`,
  coreProperties: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  extendedProperties: `${OFFICE_REL}/extended-properties`,
  styles: `${OFFICE_REL}/styles`,
  settings: `${OFFICE_REL}/settings`,
  fontTable: `${OFFICE_REL}/fontTable`,
  header: `${OFFICE_REL}/header`,
  footer: `${OFFICE_REL}/footer`,
} as const;

/** Content types of the parts. */
export const CONTENT_TYPE = {
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
  xml: 'application/xml',
  document: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  styles: 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml',
  settings: 'application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml',
  fontTable: 'application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml',
  header: 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml',
  footer: 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
} as const;
