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
  if (body.trim() === '') return syntaxError('文件为空');
  const json = syntax === 'json' || (syntax === 'auto' && /^\s*[[{]/.test(body));
  return json ? parseJson(body) : parseYamlText(body);
}

function parseJson(text: string): SourceResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const where = position ? ` ${lineColumn(text, Number(position[1]))}` : '';
    return syntaxError(`JSON 语法错误${where}：${message}`);
  }
}

function parseYamlText(text: string): SourceResult {
  try {
    return { ok: true, value: parseYaml(text, { maxAliasCount: 100, uniqueKeys: true }) as unknown };
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const pos = error.linePos?.[0];
      const where = pos ? ` 第 ${pos.line} 行第 ${pos.col} 列` : '';
      const reason = error.message.split('\n')[0] ?? error.message;
      return syntaxError(`YAML 语法错误${where}：${reason}`);
    }
    return syntaxError(`YAML 语法错误：${error instanceof Error ? error.message : String(error)}`);
  }
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `第 ${line} 行第 ${column} 列`;
}

function syntaxError(reason: string): SourceResult {
  return { ok: false, issue: { code: 'JSON_SYNTAX', path: [], actual: reason } };
}
