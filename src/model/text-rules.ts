/**
 * What a text field of a report may hold, character by character. Report text is printed, put in
 * XML (Word), HTML and PDF, and read aloud by screen readers; characters that do not show, that
 * change the order others are shown in, or that no encoding can store have no place in it.
 * One linear pass over the text, no regular expression that could backtrack.
 */

/** The kinds of character a text field may not hold, each an issue code. */
export type TextFaultCode =
  | 'CONTROL_CHARACTER'
  | 'BIDI_CONTROL'
  | 'LONE_SURROGATE'
  | 'LINE_SEPARATOR'
  | 'REPLACEMENT_CHARACTER';

/** The first character of one kind a text may not hold. */
export interface TextFault {
  readonly code: TextFaultCode;
  /** The code point, as `U+202E`. */
  readonly codePoint: string;
  /** Where in the text, in UTF-16 code units (as JavaScript counts). */
  readonly offset: number;
}

/**
 * A quick test for any character {@link textFaults} may object to (surrogates included, paired
 * or not), so that clean text is passed in one native scan.
 */
const SUSPECT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\uD800-\uDFFF\uFFFD]/;

/** The kind of fault of one UTF-16 code unit that is not a surrogate, if any. */
function faultOf(unit: number): TextFaultCode | undefined {
  // C0 controls except tab and line feed; DEL and the C1 controls (U+0085 NEL, U+009B CSI…).
  if ((unit < 0x20 && unit !== 0x09 && unit !== 0x0a) || (unit >= 0x7f && unit <= 0x9f)) return 'CONTROL_CHARACTER';
  // Embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069): they reorder what is shown.
  if ((unit >= 0x202a && unit <= 0x202e) || (unit >= 0x2066 && unit <= 0x2069)) return 'BIDI_CONTROL';
  if (unit === 0x2028 || unit === 0x2029) return 'LINE_SEPARATOR';
  if (unit === 0xfffd) return 'REPLACEMENT_CHARACTER';
  return undefined;
}

const hex = (n: number) => `U+${n.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The characters a text field may not hold: the first of each kind, in the order found.
 * Tab and line feed are allowed; a surrogate is allowed only as half of a pair.
 * @example textFaults('a\u202Eb') // [{ code: 'BIDI_CONTROL', codePoint: 'U+202E', offset: 1 }]
 */
export function textFaults(text: string): TextFault[] {
  if (!SUSPECT.test(text)) return [];
  const found = new Map<TextFaultCode, TextFault>();
  const note = (code: TextFaultCode, unit: number, offset: number) => {
    if (!found.has(code)) found.set(code, { code, codePoint: hex(unit), offset });
  };
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else note('LONE_SURROGATE', unit, i);
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      note('LONE_SURROGATE', unit, i);
    } else {
      const code = faultOf(unit);
      if (code) note(code, unit, i);
    }
  }
  return [...found.values()];
}

/**
 * {@link SUSPECT} as a match of the whole text, faster on Chinese text: a run of CJK characters
 * (U+3000–U+9FFF, none suspect) is read by one range test a character, and only the other
 * characters go through the full class. Each other character is a step the engine may go back to,
 * so this form is kept to texts of at most {@link CLEAN_FORM_LENGTH} characters.
 */
const CLEAN = new RegExp(`^[\\u3000-\\u9fff]*(?:[^\\u3000-\\u9fff${SUSPECT.source.slice(1, -1)}][\\u3000-\\u9fff]*)*$`);
const CLEAN_FORM_LENGTH = 100_000;

/** Whether a text holds none of the characters {@link textFaults} reports. */
export function isCleanText(text: string): boolean {
  const clean = text.length <= CLEAN_FORM_LENGTH ? CLEAN.test(text) : !SUSPECT.test(text);
  return clean || textFaults(text).length === 0;
}

/**
 * Characters that take no room and show nothing: zero-width space and joiners, the word joiner and
 * invisible operators, the byte-order mark, the soft hyphen, the combining grapheme joiner, the
 * Mongolian vowel separator, the Hangul fillers, Khmer inherent vowels, the left-to-right and
 * right-to-left marks — and the controls above, which show nothing either.
 */
const INVISIBLE_CLASS =
  '\\s\\u0000-\\u001F\\u007F-\\u009F\\u00AD\\u034F\\u115F\\u1160\\u17B4\\u17B5\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u206F\\u3164\\uFEFF\\uFFA0';
const INVISIBLE = new RegExp(`^[${INVISIBLE_CLASS}]*$`);
/** A character that shows (neither white space nor one of the invisible ones). */
const VISIBLE = new RegExp(`[^${INVISIBLE_CLASS}]`);

/**
 * Whether a text shows nothing at all although it is not blank: a paragraph of zero-width spaces,
 * joiners or byte-order marks looks empty in print but passes a `trim()` test.
 * @example isInvisibleText('\u200B\u200B') === true
 * @example isInvisibleText('   ') === false // blank: TEXT_EMPTY, not this
 */
export function isInvisibleText(text: string): boolean {
  return text.trim() !== '' && INVISIBLE.test(text);
}

/**
 * Whether a text shows something: neither blank nor {@link isInvisibleText}. One search that
 * usually stops at the first character, for the checks that run on every text of every report.
 * @example hasVisibleText(' 甲') === true
 * @example hasVisibleText('\u200B ') === false
 */
export function hasVisibleText(text: string): boolean {
  // A CJK ideograph shows: most texts of a report begin with one, and need no search.
  const first = text.charCodeAt(0);
  return (first >= 0x4e00 && first <= 0x9fff) || VISIBLE.test(text);
}
