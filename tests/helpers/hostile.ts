/** Hostile text in every narrative field and the agency name of a real report, for escaping tests. */
import { seedReport } from './reports.js';

/** Write-ups that would run, break markup or template syntax if a renderer failed to escape them. */
export const HOSTILE_HTML = [
  '<script>alert(1)</script>',
  '{{x}}',
  '"quoted" \'single\'',
  '</table><b>bold</b>',
  '<img src=x onerror=alert(1)>',
  '&amp; &lt;',
];

/** The seed report with `pieces` written into the agency, title and every narrative block. */
export function hostileReport(pieces: readonly string[] = HOSTILE_HTML): Record<string, any> {
  const r = seedReport();
  const evil = pieces.join(' ');
  r.agency = `工布江达县人民政府${evil}`;
  r.title = `标题${evil}`;
  r.preamble = [`开头${evil}`];
  r.overview = [
    `总体${evil}`,
    { heading: `小标题${evil}`, paragraphs: [`段落${evil}`], runIn: true },
    { heading: `另一${evil}`, paragraphs: [`段${evil}`] },
  ];
  r.problems = [`问题${evil}`];
  r.otherMatters = [`其他${evil}`];
  return r;
}
