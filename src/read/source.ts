/**
 * Reading report text: JSON, or YAML with the same shape. Never throws; a syntax error comes back
 * as a JSON_SYNTAX issue draft naming the line and column.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { IssueDraft } from '../issues/issue.js';

export type SourceSyntax = 'json' | 'yaml' | 'auto';

export type SourceResult = { ok: true; value: unknown } | { ok: false; issue: IssueDraft };

/**
 * Parses report text.
 * @param text the file's content (a leading byte-order mark is ignored)
 * @param syntax `auto` (default) reads text starting with `{` or `[` as JSON and anything else as YAML
 */
export function parseSource(text: string, syntax: SourceSyntax = 'auto'): SourceResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const json = syntax === 'json' || (syntax === 'auto' && /^\s*[[{]/.test(body));
  if (body.trim() === '') return { ok: false, issue: { code: 'JSON_SYNTAX', path: [], params: { syntax: json ? 'json' : 'yaml', problem: 'empty' } } };
  return json ? parseJson(body) : parseYamlText(body);
}

function parseJson(text: string): SourceResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    return syntaxError('json', message, position ? lineColumn(text, Number(position[1])) : undefined);
  }
}

function parseYamlText(text: string): SourceResult {
  try {
    return { ok: true, value: parseYaml(text, { maxAliasCount: 100, uniqueKeys: true }) as unknown };
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const pos = error.linePos?.[0];
      const reason = error.message.split('\n')[0] ?? error.message;
      return syntaxError('yaml', reason, pos ? { line: pos.line, column: pos.col } : undefined);
    }
    return syntaxError('yaml', error instanceof Error ? error.message : String(error));
  }
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** A JSON_SYNTAX draft: the parser's own message as `detail`, the place when it is known. */
function syntaxError(syntax: 'json' | 'yaml', detail: string, at?: { line: number; column: number }): SourceResult {
  return { ok: false, issue: { code: 'JSON_SYNTAX', path: [], params: { syntax, problem: 'syntax', ...at, detail } } };
}
