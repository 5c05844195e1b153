/**
 * `word/document.xml`: the report's view drawn in order — title, preamble, the six sections with
 * their narrative or table, the closing agency and date, and for a draft its issues on a last page.
 */
import type { ReportView, SectionView } from '../render/view-model.js';
import type { DocxFonts } from './fonts.js';
import { R_NS, W_NS } from './namespaces.js';
import { sectionXml, type FurnitureIds } from './page.js';
import { blockXml, headingXml, issuesXml, signatureXml, titleXml } from './paragraphs.js';
import { tableXml } from './tables.js';
import { xmlPart } from './xml.js';

function sectionBody(section: SectionView, fonts: DocxFonts): string {
  const body = section.table ? tableXml(section.table, fonts) : (section.blocks ?? []).map(blockXml).join('');
  return headingXml(1, section.heading) + body;
}

/**
 * The main document part of a view.
 * @param ids the relationship ids of the footers (and a draft's headers)
 * @example documentXml(reportView(report), DEFAULT_FONTS, { oddFooter: 'rIdFooterOdd', evenFooter: 'rIdFooterEven' })
 */
export function documentXml(view: ReportView, fonts: DocxFonts, ids: FurnitureIds): string {
  const parts = [
    titleXml(view.titleLines),
    ...view.preamble.map(blockXml),
    ...view.sections.map((section) => sectionBody(section, fonts)),
    signatureXml(view.agency, view.date),
    view.draft ? issuesXml(view.issues) : '',
    sectionXml(ids),
  ];
  return xmlPart('w:document', { 'xmlns:w': W_NS, 'xmlns:r': R_NS }, `<w:body>${parts.join('')}</w:body>`);
}
