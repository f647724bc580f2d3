import { markdownBlocks, plainTextBlocks, updatePlainTextBlocks, type Block } from './blocks';
import { markdownProse, blankOut } from './markdownProse';
import { parseDirective, buildSuppressor, PLAIN_DIRECTIVE_LINE, type Directive } from './directives';
import { ParagraphContext } from './paragraph';
import { LineIndex } from './lineIndex';
import { byPosition, type Finding, type Category, type Severity, type LocalizedText } from './findings';
import { RuleSet, fixesFor, localizeFix, type CompiledRule, type LocalizedFix } from './rules/compile';
import { DOCUMENT_RULES, type DocumentContext } from './rules/document';
import { parseIntentCard, type IntentCard, type CardProblem } from './intentCard';
import { countSpokenCharacters, draftStats, type DraftStats } from './stats';
import { defaultConfig, type ResolvedConfig } from './config';
import type { Segmenter } from './segmenter';
import type { RuleSpec } from './rules/types';

/** A match inside a block, independent of configuration, so it can be cached with the block. */
interface BlockMatch {
  rule: CompiledRule;
  start: number;
  end: number;
  message?: LocalizedText;
  fixes: LocalizedFix[];
}

interface BlockResult {
  matches: BlockMatch[];
  directives: Directive[];
  /** The block's prose with markup blanked out (same length as the block). */
  prose: string;
  spokenCharacters: number;
}

export interface CheckResult {
  findings: Finding[];
  stats: DraftStats;
  card?: IntentCard;
  cardProblems: CardProblem[];
}

export type DocumentKind = 'markdown' | 'plaintext';

export function documentKind(languageId: string): DocumentKind {
  return languageId === 'markdown' ? 'markdown' : 'plaintext';
}

const CLAUSE_START = /(^|[。！？；：，、\s])$/;

/**
 * The checker: splits a document into blocks, checks each block's paragraphs against the
 * rules (cached by block text), then applies directives, configuration and document rules.
 */
export class Checker {
  readonly ruleSet: RuleSet;
  /** Every rule this checker runs, built-in then the user's packs (paragraph and document rules). */
  readonly rules: RuleSpec[];
  private readonly documentRules: { rule: CompiledRule; run: (doc: DocumentContext, rule: CompiledRule) => BlockMatch[] }[];

  constructor(
    private readonly segmenter: Segmenter,
    builtInRules: RuleSpec[],
    readonly config: ResolvedConfig = defaultConfig(),
  ) {
    const all = [...builtInRules, ...config.extraRules];
    this.rules = all;
    this.ruleSet = new RuleSet(all.filter((r) => !r.match.document));
    this.documentRules = all
      .filter((r) => r.match.document)
      .map((spec) => {
        const run = DOCUMENT_RULES[spec.match.document!];
        if (!run) throw new Error(`rule ${spec.id}: unknown document rule "${spec.match.document}"`);
        return { rule: { spec, skipQuoted: false }, run: (doc, rule) => run(doc, rule).map((m) => ({ ...m, fixes: m.fixes ?? [] })) };
      });
  }

  /** Checks a whole document with no cache. */
  check(text: string, kind: DocumentKind): CheckResult {
    return this.session(kind).check(text);
  }

  /** A per-document session that re-checks only the blocks that changed since the last check. */
  session(kind: DocumentKind): DocumentSession {
    return new DocumentSession(this, kind);
  }

  /** @internal */
  checkBlock(block: Block, kind: DocumentKind): BlockResult {
    if (block.kind === 'frontmatter') return { matches: [], directives: [], prose: blankOut(block.text), spokenCharacters: 0 };
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

    const matches: BlockMatch[] = [];
    let lineStart = 0;
    while (lineStart < prose.length) {
      let lineEnd = prose.indexOf('\n', lineStart);
      lineEnd = lineEnd < 0 ? prose.length : lineEnd + 1;
      const line = prose.slice(lineStart, lineEnd);
      if (/[^\s]/.test(line)) {
        const ctx = new ParagraphContext(line, this.segmenter);
        for (const m of this.ruleSet.match(ctx)) {
          let end = m.end;
          const fixes = fixesFor(m, line.slice(m.start, m.end));
          // Deleting a clause opener also takes the comma after it.
          if (m.rule.spec.fix?.delete && !m.fixes && /^[，,]/.test(line.slice(end)) && CLAUSE_START.test(line.slice(0, m.start))) end++;
          matches.push({ rule: m.rule, start: lineStart + m.start, end: lineStart + end, message: m.message, fixes });
        }
      }
      lineStart = lineEnd;
    }
    return { matches, directives, prose, spokenCharacters: countSpokenCharacters(prose) };
  }

  /** @internal Applies configuration, directives and document rules to the blocks' matches. */
  assemble(text: string, kind: DocumentKind, blocks: Block[], results: BlockResult[]): CheckResult {
    // Line numbers are needed only for findings and directives: a clean draft never builds them.
    let index: LineIndex | undefined;
    const lines = () => (index ??= new LineIndex(text));
    const directives: Directive[] = [];
    const placed: BlockMatch[] = [];
    let spoken = 0;
    let card: IntentCard | undefined;
    let cardProblems: CardProblem[] = [];
    const proseParts: { start: number; text: string }[] = [];
    blocks.forEach((block, i) => {
      const r = results[i];
      spoken += r.spokenCharacters;
      for (const d of r.directives) directives.push({ ...d, offset: d.offset + block.start });
      for (const m of r.matches) placed.push({ ...m, start: m.start + block.start, end: m.end + block.start });
      if (block.kind === 'frontmatter' && kind === 'markdown' && i === 0) {
        ({ card, problems: cardProblems } = parseIntentCard(block.text, block.start));
      } else proseParts.push({ start: block.start, text: r.prose });
    });
    const stats = draftStats(spoken, this.config.speakingRate);
    const doc: DocumentContext = { text, kind, card, stats, prose: proseParts, config: this.config };
    for (const { rule, run } of this.documentRules) placed.push(...run(doc, rule));

    const suppressor = buildSuppressor(directives, (o) => lines().lineOf(o));
    const findings: Finding[] = [];
    const locale = this.config.locale;
    for (const m of placed) {
      const spec = m.rule.spec;
      const severity = this.levelOf(spec.id, spec.category, spec.severity);
      if (severity === 'off') continue;
      const matched = text.slice(m.start, m.end);
      if (this.config.allowWords.has(matched.trim())) continue;
      if (suppressor.suppressed(spec.id, spec.category, m.start)) continue;
      const { line, column } = lines().position(m.start);
      findings.push({
        ruleId: spec.id,
        category: spec.category,
        severity,
        message: (m.message ?? spec.message)[locale],
        offset: m.start,
        length: m.end - m.start,
        line,
        column,
        fixes: m.fixes.map((f) => localizeFix(f, locale)),
      });
    }
    findings.sort(byPosition);
    return { findings: dropDuplicates(findings), stats, card, cardProblems };
  }

  private levelOf(id: string, category: Category, fallback: Severity): Severity | 'off' {
    return this.config.ruleLevels.get(id) ?? this.config.categoryLevels.get(category) ?? fallback;
  }
}

/**
 * The same rule at the same place once only (several phrases of one rule can overlap); of two
 * matches starting together the longer wins, so 说句心里话 beats 心里话.
 */
function dropDuplicates(sorted: Finding[]): Finding[] {
  const out: Finding[] = [];
  const lastKeptByRule = new Map<string, number>();
  for (const f of sorted) {
    const k = lastKeptByRule.get(f.ruleId);
    const kept = k === undefined ? undefined : out[k];
    if (kept && f.offset < kept.offset + kept.length) {
      if (f.offset === kept.offset && f.length > kept.length) out[k!] = f;
      continue;
    }
    lastKeptByRule.set(f.ruleId, out.length);
    out.push(f);
  }
  return out;
}

/** Keeps the results of the last check by block text; an edit re-checks only changed blocks. */
export class DocumentSession {
  private cache = new Map<string, BlockResult>();
  private last: { text: string; blocks: Block[] } | undefined;

  constructor(
    private readonly checker: Checker,
    private readonly kind: DocumentKind,
  ) {}

  check(text: string): CheckResult {
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
    return this.checker.assemble(text, this.kind, blocks, results);
  }

  private blocksOf(text: string): Block[] {
    if (this.kind === 'markdown') return markdownBlocks(text);
    return this.last ? updatePlainTextBlocks(this.last.text, this.last.blocks, text) : plainTextBlocks(text);
  }
}
