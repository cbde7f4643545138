import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import frontMatter from 'markdown-it-front-matter';
import { load as loadYaml, YAMLException } from 'js-yaml';
import type { ContentProblem } from '../shared/contentTypes';
import { isRecord } from '../shared/records';

/** A content file split into its YAML front matter (parsed) and its Markdown body. */
export interface FrontMatterFile {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
  /** 1-based line of a top-level front-matter key, or of the opening fence when it is absent. */
  lineOf(key: string): number;
}

/**
 * Reads front matter with markdown-it-front-matter (fence detection) and js-yaml (the YAML),
 * so a broken file is reported with the line the YAML parser points at.
 */
export function createFrontMatterReader(): (text: string, file: string) => FrontMatterFile | ContentProblem {
  let raw: string | undefined;
  const scanner = new MarkdownIt().use(frontMatter, (fm: string) => { raw = fm; });
  return (text, file) => {
    raw = undefined;
    return splitFile(scanner.parse(text.replace(/^\uFEFF/, ''), {}), raw, text, file);
  };
}

function splitFile(tokens: Token[], raw: string | undefined, text: string, file: string): FrontMatterFile | ContentProblem {
  const fence = tokens.find((t) => t.type === 'front_matter');
  if (raw === undefined || !fence?.map) {
    return { file, line: 1, message: 'missing YAML front matter: the file must start with a line "---", then the fields, then "---"' };
  }
  let data: unknown;
  try {
    data = loadYaml(raw);
  } catch (error) {
    const line = error instanceof YAMLException && error.mark ? error.mark.line + 2 : 1;
    const reason = error instanceof YAMLException ? error.reason : String(error);
    return { file, line, message: `front matter is not valid YAML: ${reason}` };
  }
  if (!isRecord(data)) {
    return { file, line: 2, message: 'front matter must be a set of "key: value" fields' };
  }
  const fmLines = raw.split('\n');
  const endLine = fence.map[1];
  const lines = text.split(/\r?\n/);
  return {
    data: data as Record<string, unknown>,
    body: lines.slice(endLine).join('\n').trim(),
    bodyLine: endLine + 1,
    lineOf(key: string) {
      const at = fmLines.findIndex((l) => l.startsWith(`${key}:`));
      return at < 0 ? 1 : at + 2;
    },
  };
}
