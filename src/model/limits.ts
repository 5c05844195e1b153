/**
 * Upper bound on one text field (a paragraph, a heading, the agency name), in UTF-16 code units.
 * The longest paragraphs of real reports run to a few thousand characters; anything near this
 * bound is pasted by mistake (a whole document in one field) and would print as hundreds of pages.
 */
export const MAX_TEXT_LENGTH = 20_000;
