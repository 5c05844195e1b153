/**
 * The browser build's stand-in for `yaml.ts`: it reads no YAML, so that the `yaml` library (95 kB
 * minified) stays out of the browser bundle. `parseSource` turns the answer into JSON_SYNTAX with
 * `problem: 'unsupported'`; a page that needs YAML parses it itself and passes the object.
 */
import type { YamlRead } from './yaml.js';

export type { YamlRead };

/**
 * Reads no YAML.
 * @example readYaml('format: "2021"') // { ok: false, unsupported: true }
 */
export function readYaml(_text: string): YamlRead {
  return { ok: false, unsupported: true };
}
