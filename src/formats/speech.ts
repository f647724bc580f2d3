import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Nodes, PhrasingContent, RootContent } from 'mdast';

/**
 * A Markdown draft as a printed speech: title, an optional line under it (a date in brackets),
 * headings by level, paragraphs and tables. The intent card (front matter), code, HTML (our
 * disable directives) and images are not part of the speech.
 */
export type Inline = { text: string; bold?: boolean } | { lineBreak: true };

export type SpeechBlock =
  | { kind: 'title'; runs: Inline[] }
  /** A line right under the title wholly in brackets: （2024年12月1日）, （根据录音整理）. */
  | { kind: 'byline'; runs: Inline[] }
  /** 1 = 一、 level (黑体), 2 = （一） level (楷体), 3 and deeper = 1. level (仿宋 bold). */
  | { kind: 'heading'; level: number; runs: Inline[] }
  /** `flush`: a salutation (同志们：) starts at the margin, not indented. */
  | { kind: 'paragraph'; runs: Inline[]; flush?: boolean }
  | { kind: 'table'; rows: Inline[][][] };

export interface Speech {
  blocks: SpeechBlock[];
  /** The front matter (intent card) as written, never printed. */
  frontMatter?: string;
  /** Markdown that has no place in a printed speech and was left out. */
  skipped: { images: number; code: number };
}

/** `---` … `---` (or `...`) at the very start, as the checker reads the intent card. */
export function splitFrontMatter(markdown: string): { frontMatter?: string; body: string } {
  const text = markdown.replace(/^\uFEFF/, '');
  const first = /^---[ \t]*\r?\n/.exec(text);
  if (!first) return { body: text };
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
  const rest = text.slice(first[0].length);
  const m = close.exec(rest);
  if (!m) return { body: text };
  const end = first[0].length + m.index + m[0].length;
  // Keep the body's offsets meaningful to a reader: the card becomes blank lines.
  return { frontMatter: text.slice(0, end), body: text.slice(0, end).replace(/[^\n]/g, '') + text.slice(end) };
}

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f\u2018-\u201d\u2014\u2026]/;

/** Joins the lines of a Markdown paragraph: nothing between Chinese characters, a space between Latin words. */
function joinSoftBreaks(text: string): string {
  return text.replace(/[ \t]*\r?\n[ \t]*/g, (_, at: number, all: string) => {
    const before = all.charAt(at - 1);
    const after = all.charAt(at + _.length);
    return !before || !after || WIDE.test(before) || WIDE.test(after) ? '' : ' ';
  });
}

export function parseSpeech(markdown: string): Speech {
  const { frontMatter, body } = splitFrontMatter(markdown);
  const tree = fromMarkdown(body, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  const skipped = { images: 0, code: 0 };
  const blocks: SpeechBlock[] = [];

  const inline = (nodes: PhrasingContent[], bold = false): Inline[] => {
    const out: Inline[] = [];
    for (const n of nodes) {
      if (n.type === 'text') out.push({ text: joinSoftBreaks(n.value), ...(bold ? { bold } : {}) });
      else if (n.type === 'inlineCode') out.push({ text: n.value, ...(bold ? { bold } : {}) });
      else if (n.type === 'strong') out.push(...inline(n.children, true));
      else if (n.type === 'emphasis' || n.type === 'link' || n.type === 'linkReference' || n.type === 'delete') out.push(...inline(n.children as PhrasingContent[], bold));
      else if (n.type === 'break') out.push({ lineBreak: true });
      else if (n.type === 'image' || n.type === 'imageReference') skipped.images++;
    }
    return trimRuns(out);
  };

  const headings: { depth: number; runs: Inline[] }[] = [];
  const visit = (node: RootContent, prefix = ''): void => {
    switch (node.type) {
      case 'heading': {
        const runs = inline(node.children);
        const h = { depth: node.depth, runs };
        headings.push(h);
        blocks.push({ kind: 'heading', level: node.depth, runs });
        break;
      }
      case 'paragraph': {
        const runs = inline(node.children);
        if (prefix && runs.length) runs.unshift({ text: prefix });
        if (runs.length) blocks.push({ kind: 'paragraph', runs });
        break;
      }
      case 'blockquote':
        for (const c of node.children) visit(c);
        break;
      case 'list': {
        let n = node.start ?? 1;
        for (const item of node.children) {
          let first = true;
          for (const c of item.children) {
            const label = node.ordered && first ? `${n}.` : '';
            visit(c, label && c.type === 'paragraph' ? label + (startsWide(c) ? '' : ' ') : '');
            first = false;
          }
          n++;
        }
        break;
      }
      case 'table':
        blocks.push({ kind: 'table', rows: node.children.map((row) => row.children.map((cell) => inline(cell.children))) });
        break;
      case 'code':
        skipped.code++;
        break;
      default:
        // html (comments, our directives), thematicBreak, definitions: not printed.
        break;
    }
  };
  for (const node of tree.children) visit(node);

  // The title: a level-1 heading that opens the draft and is the only one of its level.
  const first = blocks[0];
  const hasTitle = first?.kind === 'heading' && first.level === 1 && headings.filter((h) => h.depth === 1).length === 1;
  if (hasTitle) blocks[0] = { kind: 'title', runs: first.runs };
  const rest = blocks.filter((b): b is Extract<SpeechBlock, { kind: 'heading' }> => b.kind === 'heading');
  const top = Math.min(...rest.map((h) => h.level));
  for (const h of rest) h.level = h.level - top + 1;

  // A bracketed line under the title is a byline; a short line ending in ： is a salutation.
  for (let i = hasTitle ? 1 : 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'paragraph') break;
    const text = plainText(b.runs);
    if (hasTitle && i <= 2 && /^[（(][^（）()]*[）)]$/.test(text)) blocks[i] = { kind: 'byline', runs: b.runs };
    else {
      if (/^[^，。！？；,.!?;：:]{1,30}[：:]$/.test(text)) b.flush = true;
      break;
    }
  }
  return { blocks: blocks.filter((b) => b.kind === 'table' || b.runs.length > 0), frontMatter, skipped };
}

function startsWide(p: Nodes): boolean {
  const find = (n: Nodes): string | undefined => ('value' in n && typeof n.value === 'string' ? n.value : 'children' in n ? n.children.map((c) => find(c as Nodes)).find((v) => v) : undefined);
  return WIDE.test((find(p) ?? '').charAt(0));
}

function trimRuns(runs: Inline[]): Inline[] {
  const out = runs.filter((r) => !('text' in r) || r.text.length > 0);
  while (out.length && 'lineBreak' in out[out.length - 1]) out.pop();
  while (out.length && 'lineBreak' in out[0]) out.shift();
  return out;
}

/** The runs' text with line breaks resolved as the .docx reader resolves them. */
export function plainText(runs: Inline[]): string {
  let out = '';
  runs.forEach((r, i) => {
    if ('text' in r) out += r.text;
    else {
      const before = out.replace(/\s+$/, '').slice(-1);
      const next = runs.slice(i + 1).find((x): x is { text: string } => 'text' in x && x.text.trim().length > 0);
      const after = next?.text.trimStart().charAt(0) ?? '';
      out += !before || !after || WIDE.test(before) || WIDE.test(after) ? '' : ' ';
    }
  });
  return out.replace(/\r\n?|\n/g, ' ');
}

/** The text a .docx made from this speech gives back: one line per paragraph and table cell. */
export function speechText(speech: Speech): string {
  const lines: string[] = [];
  for (const b of speech.blocks) {
    if (b.kind === 'table') {
      for (const row of b.rows) for (const cell of row) lines.push(plainText(cell));
    } else lines.push(plainText(b.runs));
  }
  return lines.filter((l) => l.trim()).join('\n');
}
