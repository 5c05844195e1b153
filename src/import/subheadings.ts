/**
 * The paragraphs of a narrative section as blocks (SPEC A3): a paragraph opening with `（一）` is a
 * sub-heading — on its own line, or run into its paragraph (`（一）主动公开情况。一是…`). The number
 * is dropped (it is made again when rendering); the heading keeps its text as published, trailing
 * `。` included. Later plain paragraphs belong to the sub-heading above them.
 */
import type { Block } from '../model/types.js';
import { SUBHEADING_NUMBER as NUMBER } from '../util/ordinals.js';
import type { SourceParagraph } from './source.js';

/** Longest sub-heading taken from running text. */
const MAX_HEADING = 40;

interface Open {
  heading: string;
  paragraphs: string[];
  runIn: boolean;
}

/**
 * Turns a section's paragraphs into blocks.
 * @example toBlocks([{ kind: 'paragraph', text: '（一）主动公开情况。一是…', where: {} }])
 * // [{ heading: '主动公开情况。', paragraphs: ['一是…'], runIn: true }]
 */
export function toBlocks(paragraphs: readonly SourceParagraph[]): Block[] {
  const blocks: (string | Open)[] = [];
  let open: Open | undefined;
  for (const p of paragraphs) {
    const split = splitHeading(p);
    if (split) {
      open = { heading: split.heading, paragraphs: split.body ? [split.body] : [], runIn: split.body !== '' };
      blocks.push(open);
    } else if (open) open.paragraphs.push(p.text);
    else blocks.push(p.text);
  }
  return blocks.map((b) =>
    typeof b === 'string' ? b : { heading: b.heading, paragraphs: b.paragraphs, ...(b.runIn ? { runIn: true } : {}) },
  );
}

/** A numbered paragraph's heading and the text after it (empty for a heading on its own). */
function splitHeading(p: SourceParagraph): { heading: string; body: string } | undefined {
  const number = NUMBER.exec(p.text);
  if (!number) return undefined;
  const rest = p.text.slice(number[0].length);
  if (rest === '') return undefined;
  const lead = p.lead === undefined ? undefined : NUMBER.exec(p.lead) ? p.lead.replace(NUMBER, '') : undefined;
  if (lead && lead.length <= MAX_HEADING + 10 && rest.startsWith(lead)) {
    return { heading: lead, body: rest.slice(lead.length).trim() };
  }
  const stop = rest.search(/[。：:]/u);
  if (stop < 0 || stop === rest.length - 1) return rest.length <= MAX_HEADING ? { heading: rest, body: '' } : undefined;
  if (stop >= MAX_HEADING) return undefined;
  return { heading: rest.slice(0, stop + 1), body: rest.slice(stop + 1).trim() };
}
