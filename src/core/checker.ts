import { markdownBlocks, plainTextBlocks, updatePlainTextBlocks, type Block } from './blocks';
import { markdownProse, blankOut } from './markdownProse';
import { parseDirective, buildSuppressor, PLAIN_DIRECTIVE_LINE, type Directive } from './directives';
import { ParagraphContext } from './paragraph';
import { LineIndex } from './lineIndex';
import type { DocumentKind, Finding, RuleSpec, Segmenter } from './model';
import { RuleSet } from './rules/ruleSet';
import { withFixes } from './rules/fixes';
import type { DocumentContext } from './rules/kinds';
import { parseIntentCard, type IntentCard, type CardProblem } from './intentCard';
import { countSpokenCharacters, draftStats, type DraftStats } from './stats';
import { defaultConfig, levelOf, type ResolvedConfig } from './config';
import { findingsOf, type PlacedMatch } from './pipeline';
import { outlineOf, type Outline } from './outline';
import { structureOf } from './structure/document';

/** What checking one block gives, independent of the rest of the document, so it can be cached. */
interface BlockResult {
  /** Relative to the block. */
  matches: PlacedMatch[];
  directives: Directive[];
  /** The block's prose with markup blanked out (same length as the block). */
  prose: string;
  spokenCharacters: number;
  /** What whole-document checks work out from this block alone, kept with it (see DocumentContext.prose). */
  memo: Map<object, unknown>;
}

export interface CheckResult {
  findings: Finding[];
  stats: DraftStats;
  /** The speech's parts with their speaking time (none when only part of the document was checked). */
  outline?: Outline;
  card?: IntentCard;
  cardProblems: CardProblem[];
}

export function documentKind(languageId: string): DocumentKind {
  return languageId === 'markdown' ? 'markdown' : 'plaintext';
}

/**
 * The checker: splits a document into blocks, checks each block's paragraphs against the
 * rules (cached by block text), then runs the whole-document rules and the finding pipeline.
 */
export class Checker {
  /** Every rule this checker knows, built-in then the user's packs (also those switched off). */
  readonly rules: RuleSpec[];
  /** The rules that are on: a rule switched off is never matched. */
  private readonly ruleSet: RuleSet;
  private readonly backstops: ReadonlySet<string>;

  constructor(
    private readonly segmenter: Segmenter,
    builtInRules: RuleSpec[],
    readonly config: ResolvedConfig = defaultConfig(),
  ) {
    this.rules = [...builtInRules, ...config.extraRules];
    this.ruleSet = new RuleSet(this.rules.filter((r) => levelOf(config, r) !== 'off'));
    this.backstops = new Set(this.rules.filter((r) => r.backstop).map((r) => r.id));
  }

  /**
   * Checks a document with no cache. `partial`: the text is only part of the document (the
   * visible part of a large one), so checks of the speech as a whole are left out.
   */
  check(text: string, kind: DocumentKind, partial = false): CheckResult {
    return this.session(kind).check(text, partial);
  }

  /** A per-document session that re-checks only the blocks that changed since the last check. */
  session(kind: DocumentKind): DocumentSession {
    return new DocumentSession(this, kind);
  }

  /** @internal */
  checkBlock(block: Block, kind: DocumentKind): BlockResult {
    if (block.kind === 'frontmatter') return { matches: [], directives: [], prose: blankOut(block.text), spokenCharacters: 0, memo: new Map() };
    const directives: Directive[] = [];
    let prose: string;
    if (kind === 'markdown') {
      const view = markdownProse(block.text);
      prose = view.text;
      for (const h of view.html) {
        const d = parseDirective(h.value, h.start);
        if (d) directives.push(d);
      }
    } else if (PLAIN_DIRECTIVE_LINE.test(block.text)) {
      // A line being typed ("// speech-draft-dis") is not a directive yet, but is not prose either.
      const directive = parseDirective(block.text, 0);
      if (directive) directives.push(directive);
      prose = blankOut(block.text);
    } else prose = block.text;

    const matches: PlacedMatch[] = [];
    let lineStart = 0;
    while (lineStart < prose.length) {
      let lineEnd = prose.indexOf('\n', lineStart);
      lineEnd = lineEnd < 0 ? prose.length : lineEnd + 1;
      const line = prose.slice(lineStart, lineEnd);
      if (/[^\s]/.test(line)) {
        const source = kind === 'markdown' ? block.text.slice(lineStart, lineEnd) : line;
        for (const m of this.ruleSet.matchParagraph(new ParagraphContext(line, this.segmenter, source))) {
          const fixed = withFixes(m, line);
          matches.push({ ...fixed, start: lineStart + fixed.start, end: lineStart + fixed.end });
        }
      }
      lineStart = lineEnd;
    }
    return { matches, directives, prose, spokenCharacters: countSpokenCharacters(prose), memo: new Map() };
  }

  /** @internal Places the blocks' matches in the document, adds the document rules' and runs the pipeline. */
  assemble(text: string, kind: DocumentKind, blocks: Block[], results: BlockResult[], partial: boolean): CheckResult {
    const directives: Directive[] = [];
    const placed: PlacedMatch[] = [];
    let spoken = 0;
    let card: IntentCard | undefined;
    let cardProblems: CardProblem[] = [];
    const proseParts: DocumentContext['prose'] = [];
    blocks.forEach((block, i) => {
      const r = results[i];
      spoken += r.spokenCharacters;
      for (const d of r.directives) directives.push({ ...d, offset: d.offset + block.start });
      for (const m of r.matches) placed.push({ ...m, start: m.start + block.start, end: m.end + block.start });
      if (block.kind === 'frontmatter' && kind === 'markdown' && i === 0) {
        ({ card, problems: cardProblems } = parseIntentCard(block.text, block.start));
      } else proseParts.push({ start: block.start, text: r.prose, memo: r.memo });
    });
    const stats = draftStats(spoken, this.config.speakingRate);
    let index: LineIndex | undefined;
    const lines = () => (index ??= new LineIndex(text));
    const doc: DocumentContext = { text, kind, card, stats, prose: proseParts, speakingRate: this.config.speakingRate, partial, lines };
    for (const m of this.ruleSet.matchDocument(doc)) placed.push({ ...m, fixes: m.fixes ?? [] });

    const suppressor = buildSuppressor(directives, (o) => lines().lineOf(o));
    const findings = findingsOf(placed, { text, config: this.config, suppressor, lines, backstops: this.backstops });
    const outline = partial ? undefined : outlineOf(structureOf(doc), this.config.speakingRate);
    return { findings, stats, outline, card, cardProblems };
  }
}

/** Keeps the results of the last check by block text; an edit re-checks only changed blocks. */
export class DocumentSession {
  private cache = new Map<string, BlockResult>();
  private last: { text: string; blocks: Block[] } | undefined;

  constructor(
    private readonly checker: Checker,
    private readonly kind: DocumentKind,
  ) {}

  check(text: string, partial = false): CheckResult {
    const blocks = this.blocksOf(text);
    const next = new Map<string, BlockResult>();
    const results = blocks.map((block) => {
      const key = block.kind === 'frontmatter' ? '\u0000fm' + block.text : block.text;
      let r = next.get(key) ?? this.cache.get(key);
      if (!r) r = this.checker.checkBlock(block, this.kind);
      next.set(key, r);
      return r;
    });
    this.cache = next;
    this.last = { text, blocks };
    return this.checker.assemble(text, this.kind, blocks, results, partial);
  }

  private blocksOf(text: string): Block[] {
    if (this.kind === 'markdown') return markdownBlocks(text);
    return this.last ? updatePlainTextBlocks(this.last.text, this.last.blocks, text) : plainTextBlocks(text);
  }
}
