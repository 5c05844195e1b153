/** The form's own storage: the draft autosaved in localStorage, and JSON files opened and saved. */

/** Reads the autosaved draft, or undefined when there is none (or storage is unavailable). */
export function loadDraft(key: string): unknown {
  try {
    const text = globalThis.localStorage?.getItem(key);
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the draft; returns false when storage is full or unavailable (the form says so). */
export function saveDraft(key: string, report: unknown): boolean {
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(report));
    return true;
  } catch {
    return false;
  }
}

/** The report as a JSON file, as `zfxxgk` writes them (two-space indent, final newline). */
export function reportJson(report: unknown): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Offers `body` as a download named `name`. */
export function download(name: string, body: Blob): void {
  const url = URL.createObjectURL(body);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name for the report: `机关-年度`, without characters file systems refuse. */
export function fileStem(report: Record<string, unknown>): string {
  const agency = typeof report['agency'] === 'string' && report['agency'].trim() ? report['agency'].trim() : '年度报告';
  const year = typeof report['year'] === 'number' ? `-${report['year']}` : '';
  return `${agency}${year}`.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_');
}

/** Reads a chosen file as JSON; the error names what was wrong (text for the status line). */
export async function readJsonFile(file: File): Promise<{ ok: true; value: unknown } | { ok: false; reason: string }> {
  try {
    return { ok: true, value: JSON.parse(await file.text()) as unknown };
  } catch (error) {
    return {
      ok: false,
      reason: `${file.name} 不是有效的 JSON 文件：${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
