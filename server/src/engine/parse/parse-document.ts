import type { FormatId, Syntax } from '../types';
import { parseYamlTree } from './yaml-tree';
import { parseJsonTree } from './json-tree';
import { detectSyntax } from './syntax';
import { parseFrontMatter, type FrontMatter } from './front-matter';
import { topLevelKeys, type ParsedTree } from './tree';
import { recogniseFormat } from '../formats/registry';

export interface DocumentInput {
  /** Path with `/` separators; relative to the workspace when known, else absolute. */
  path: string;
  text: string;
}

export interface ParsedDocument {
  path: string;
  text: string;
  syntax: Syntax;
  format: FormatId;
  tree: ParsedTree;
  /** YAML front matter of a Markdown file (dataset cards); the body stays plain text. */
  frontMatter?: FrontMatter;
}

const EMPTY_TREE: ParsedTree = { roots: [], problems: [] };

/**
 * The last parse of each recently seen path. An edit is parsed by the diagnostics and again by the
 * workspace index (and a fix re-parses the text it was offered on): all of them share one parse.
 * Parsed documents are read-only by convention, so sharing them is safe.
 */
const RECENT_LIMIT = 32;
const recent = new Map<string, ParsedDocument>();

export function parseDocument(input: DocumentInput): ParsedDocument {
  const cached = recent.get(input.path);
  if (cached && cached.text === input.text) return cached;
  const parsed = parseUncached(input);
  recent.delete(input.path);
  recent.set(input.path, parsed);
  if (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value!);
  return parsed;
}

function parseUncached(input: DocumentInput): ParsedDocument {
  const syntax = detectSyntax(input.path, input.text);
  const tree = parseTree(syntax, input.text);
  const fileName = input.path.split('/').pop()!.toLowerCase();
  const frontMatter = /\.(md|markdown)$/.test(fileName) ? parseFrontMatter(input.text) : undefined;
  const root = frontMatter ? frontMatter.tree.roots[0] : tree.roots[0];
  const format = recogniseFormat({ path: input.path, fileName, syntax, root, keys: topLevelKeys(root), text: input.text });
  return { path: input.path, text: input.text, syntax, format, tree, ...(frontMatter ? { frontMatter } : {}) };
}

function parseTree(syntax: Syntax, text: string): ParsedTree {
  switch (syntax) {
    case 'yaml':
      return parseYamlTree(text);
    case 'json':
      return parseJsonTree(text);
    case 'jsonl':
      return parseJsonLines(text);
    default:
      return EMPTY_TREE;
  }
}

/** Each non-blank line is one JSON record; offsets stay relative to the whole file. */
function parseJsonLines(text: string): ParsedTree {
  const roots: ParsedTree['roots'] = [];
  const problems: ParsedTree['problems'] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim()) {
      const parsed = parseJsonTree(line, lineStart);
      roots.push(...parsed.roots);
      problems.push(...parsed.problems);
    }
    lineStart = lineEnd + 1;
  }
  return { roots, problems };
}
