/**
 * Reading YAML report text with the `yaml` library: duplicate keys refused, aliases bounded, and
 * every tag that is not one of JSON's kinds of value reported as YAML_UNKNOWN_TAG with its path
 * (instead of the library's warning on stderr and a value silently read as text, a Set or a Date).
 *
 * Node builds only: the browser build of zfxxgk puts `yaml.browser.ts` in this file's place (see
 * scripts/browser-files.ts), so that the `yaml` library stays out of a browser bundle.
 */
import { createRequire } from 'node:module';
import type * as YamlLibrary from 'yaml';
import type { IssueDraft, PathKey } from '../issues/issue.js';

let library: typeof YamlLibrary | undefined;

/**
 * The `yaml` library, loaded on the first YAML text rather than with the SDK: most reports are
 * JSON, and loading `yaml` was a third of `zfxxgk validate`'s start-up (bench/cli-start.bench.ts).
 * `require`, not `import()`: validate() is synchronous.
 */
function yaml(): typeof YamlLibrary {
  library ??= createRequire(import.meta.url)('yaml') as typeof YamlLibrary;
  return library;
}

/** The tags whose values JSON can hold: what a report file may use. */
const JSON_TAGS = new Set(['map', 'seq', 'str', 'null', 'bool', 'int', 'float'].map((t) => `tag:yaml.org,2002:${t}`));

const MAX_TAG_PROBLEMS = 100;

/** A parsed YAML text: the value and the tags reported, or the syntax error. */
export type YamlRead =
  | { readonly ok: true; readonly value: unknown; readonly problems: readonly IssueDraft[] }
  | { readonly ok: false; readonly detail: string; readonly line?: number; readonly column?: number }
  /** This build reads no YAML (the browser build). */
  | { readonly ok: false; readonly unsupported: true };

/** The path of a node from the document's root, from `visit`'s list of ancestors. */
function pathOf(ancestors: readonly unknown[], node: unknown): PathKey[] {
  const path: PathKey[] = [];
  const chain = [...ancestors, node];
  for (let i = 1; i < chain.length; i++) {
    const parent = chain[i - 1];
    const child = chain[i];
    if (yaml().isSeq(parent)) path.push(parent.items.indexOf(child as never));
    else if (yaml().isMap(parent) && yaml().isPair(child))
      path.push(String(yaml().isScalar(child.key) ? child.key.value : child.key));
  }
  return path;
}

/**
 * Parses YAML text.
 * @example readYaml('a: !foo 1').ok // true, with a YAML_UNKNOWN_TAG problem at ['a']
 */
export function readYaml(text: string): YamlRead {
  const { isNode, LineCounter, parseDocument, visit } = yaml();
  const lines = new LineCounter();
  try {
    const doc = parseDocument(text, { uniqueKeys: true, logLevel: 'silent', lineCounter: lines });
    const error = doc.errors[0];
    if (error) throw error;
    const problems: IssueDraft[] = [];
    visit(doc, (_key, node, ancestors) => {
      if (!isNode(node) || !node.tag || JSON_TAGS.has(node.tag)) return undefined;
      // The first hundred are enough to act on (and finding each path costs a scan of its list).
      if (problems.length >= MAX_TAG_PROBLEMS) return visit.BREAK;
      const tag = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
      // The node's range starts at its value: the tag is written just before it.
      const start = node.range ? text.lastIndexOf(tag, node.range[0]) : -1;
      const pos = start >= 0 ? lines.linePos(start) : node.range ? lines.linePos(node.range[0]) : undefined;
      problems.push({
        code: 'YAML_UNKNOWN_TAG',
        path: pathOf(ancestors, node),
        actual: tag,
        params: pos ? { line: pos.line, column: pos.col } : {},
      });
      return undefined;
    });
    return { ok: true, value: doc.toJS({ maxAliasCount: 100 }) as unknown, problems };
  } catch (error) {
    if (error instanceof yaml().YAMLParseError) {
      const pos = error.linePos?.[0];
      return {
        ok: false,
        detail: error.message.split('\n')[0] ?? error.message,
        ...(pos ? { line: pos.line, column: pos.col } : {}),
      };
    }
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}
