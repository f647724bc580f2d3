/**
 * What a text must hold for a regular expression (`u` flag, no `i`) to match anywhere in it,
 * read off the pattern's source: a list of sets of grams (a gram is one code unit, or two that
 * the pattern needs side by side), each of which the text must hit. A rule's regex then runs
 * only on paragraphs that hit them all: most paragraphs do not, and running dozens of regexes on
 * every paragraph would cost more than segmenting it. An empty list means nothing is known:
 * always run.
 */
export function requiredChars(source: string): string[][] {
  try {
    const parser = new Parser(source);
    const all = parser.alternation();
    if (parser.pos !== source.length) return [];
    return all.map((set) => [...set]);
  } catch {
    return [];
  }
}

/**
 * Sets of two-character grams first, then smallest first: in a long paragraph of a speech one of
 * 记的, 长的 … is far rarer than 的 alone, or 群众 than 群.
 */
export function bySelectivity(a: ReadonlySet<string> | readonly string[], b: ReadonlySet<string> | readonly string[]): number {
  return shortestGram(b) - shortestGram(a) || sizeOf(a) - sizeOf(b);
}

function sizeOf(set: ReadonlySet<string> | readonly string[]): number {
  return 'size' in set ? set.size : set.length;
}

function shortestGram(set: Iterable<string>): number {
  let shortest = Infinity;
  for (const gram of set) shortest = Math.min(shortest, gram.length);
  return shortest;
}

/** Gram sets that must all be hit; a set is hit by any one of its grams. */
type Required = Set<string>[];
const UNIONS_PER_ALTERNATION = 3;
const NOTHING: Required = [];

const CLASS_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S', 'p', 'P', 'b', 'B', 'k', 'c']);
const CONTROL_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };

/** The code units a match of an item can start and end with. */
interface Edges {
  first: Set<string>;
  last: Set<string>;
}

/** Pairs tracked where two items meet: more say too little to be worth a set. */
const MAX_PAIRS = 64;

function pairsOf(before: Set<string>, after: Set<string>): Set<string> | undefined {
  if (before.size * after.size > MAX_PAIRS) return undefined;
  const pairs = new Set<string>();
  for (const a of before) for (const b of after) pairs.add(a + b);
  return pairs;
}

function unionOf(sets: Set<string>[]): Set<string> {
  return sets.length === 1 ? sets[0] : new Set(sets.flatMap((set) => [...set]));
}

class Parser {
  pos = 0;
  /** Of the atom, sequence or alternation just read; undefined when unknown (or zero-width). */
  private edges: Edges | undefined;
  constructor(private readonly src: string) {}

  private peek(): string {
    return this.src[this.pos];
  }

  /**
   * a|b|c: a match satisfies one alternative, so taking any one set from each alternative and
   * uniting them gives a set the text must hit. Several such unions (each alternative's
   * smallest, second smallest… set) must all be hit. An unconstrained alternative spoils all.
   */
  alternation(): Required {
    const alternatives = [this.sequence()];
    const edges = [this.edges];
    while (this.peek() === '|') {
      this.pos++;
      alternatives.push(this.sequence());
      edges.push(this.edges);
    }
    this.edges = edges.every((e) => e !== undefined) ? { first: unionOf(edges.map((e) => e!.first)), last: unionOf(edges.map((e) => e!.last)) } : undefined;
    if (alternatives.length === 1) return alternatives[0];
    if (alternatives.some((a) => a.length === 0)) return NOTHING;
    const bySize = alternatives.map((a) => [...a].sort(bySelectivity));
    const unions: Required = [];
    for (let k = 0; k < UNIONS_PER_ALTERNATION; k++) {
      const union = new Set<string>();
      for (const sets of bySize) for (const ch of sets[Math.min(k, sets.length - 1)]) union.add(ch);
      unions.push(union);
    }
    return unions;
  }

  /**
   * abc: every mandatory item must be hit, and so must the pairs where one mandatory item meets
   * the next: ab, bc; a+b too (the last a is next to b); a{2,} holds aa; (?:书记|市长)的 holds
   * one of 记的, 长的 (when few pairs are possible).
   */
  private sequence(): Required {
    const all: Required = [];
    let previous: Set<string> | undefined;
    let first: Set<string> | undefined;
    let last: Set<string> | undefined;
    for (let index = 0; this.pos < this.src.length && this.peek() !== '|' && this.peek() !== ')'; index++) {
      const item = this.atom();
      const edges = this.edges;
      const min = this.quantifierMin();
      if (min === 0) {
        previous = last = undefined;
        continue;
      }
      for (const set of item) all.push(set);
      const joined = previous && edges && pairsOf(previous, edges.first);
      if (joined) all.push(joined);
      const repeated = edges && min >= 2 && pairsOf(edges.last, edges.first);
      if (repeated) all.push(repeated);
      if (index === 0) first = edges?.first;
      previous = last = edges?.last;
    }
    this.edges = first && last ? { first, last } : undefined;
    return all;
  }

  /** Reads a quantifier if there is one; the fewest repetitions it allows (1 without one). */
  private quantifierMin(): number {
    const c = this.peek();
    let min = 1;
    if (c === '?' || c === '*') {
      min = 0;
      this.pos++;
    } else if (c === '+') this.pos++;
    else if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(this.src.slice(this.pos));
      if (!m) throw new Error('bad quantifier');
      min = Number(m[1]);
      this.pos += m[0].length;
    } else return 1;
    if (this.peek() === '?') this.pos++; // lazy
    return min;
  }

  /** Sets `edges` too: a group's come from its alternatives, a character's or class's are itself. */
  private atom(): Required {
    const c = this.src[this.pos++];
    if (c === '(') return this.group();
    const required = c === '[' ? this.characterClass() : c === '\\' ? this.escape(false) : this.character(c);
    this.edges = required.length === 1 ? { first: required[0], last: required[0] } : undefined;
    return required;
  }

  private character(c: string): Required {
    if (c === '.' || c === '^' || c === '$') return NOTHING;
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?' || c === '{') throw new Error('unexpected');
    if (isSurrogate(c)) {
      this.pos++;
      return NOTHING;
    }
    return [new Set([c])];
  }

  private group(): Required {
    let negative = false;
    let lookaround = false;
    if (this.peek() === '?') {
      const rest = this.src.slice(this.pos, this.pos + 3);
      if (rest.startsWith('?:')) this.pos += 2;
      else if (rest.startsWith('?=') || rest.startsWith('?!')) {
        this.pos += 2;
        negative = rest.startsWith('?!');
        lookaround = true;
      } else if (rest === '?<=' || rest === '?<!') {
        this.pos += 3;
        negative = rest === '?<!';
        lookaround = true;
      } else if (rest.startsWith('?<')) {
        const end = this.src.indexOf('>', this.pos);
        if (end < 0) throw new Error('bad group name');
        this.pos = end + 1;
      } else throw new Error('unknown group');
    }
    const inner = this.alternation();
    // A lookaround takes no room: what is before it meets what is after it.
    if (lookaround) this.edges = undefined;
    if (this.src[this.pos++] !== ')') throw new Error('unclosed group');
    // A positive lookaround's text is in the paragraph too; a negative one's must be absent.
    return negative ? NOTHING : inner;
  }

  /** [abc] with plain members is a set; ranges, negation and class escapes are not tracked. */
  private characterClass(): Required {
    const set = new Set<string>();
    let known = this.peek() !== '^';
    while (this.pos < this.src.length && this.peek() !== ']') {
      const c = this.src[this.pos++];
      if (c === '\\') {
        const escaped = this.escape(true);
        if (escaped.length === 1) for (const x of escaped[0]) set.add(x);
        else known = false;
      } else if (c === '-' && set.size > 0 && this.peek() !== ']') known = false;
      else if (isSurrogate(c)) {
        this.pos++;
        known = false;
      } else set.add(c);
    }
    if (this.src[this.pos++] !== ']') throw new Error('unclosed class');
    return known && set.size > 0 ? [set] : NOTHING;
  }

  private escape(inClass: boolean): Required {
    const c = this.src[this.pos++];
    if (c === undefined) throw new Error('trailing backslash');
    if (c === 'u') return this.unicodeEscape();
    if (c === 'x') {
      const hex = /^[0-9a-fA-F]{2}/.exec(this.src.slice(this.pos));
      if (!hex) throw new Error('bad \\x');
      this.pos += 2;
      return [new Set([String.fromCharCode(parseInt(hex[0], 16))])];
    }
    if (c === 'p' && this.peek() === '{') {
      const end = this.src.indexOf('}', this.pos);
      if (end < 0) throw new Error('bad \\p');
      const chars = propertyChars(this.src.slice(this.pos + 1, end));
      this.pos = end + 1;
      return chars ? [chars] : NOTHING;
    }
    if (c === 'p' || c === 'P' || c === 'k') {
      if (this.peek() === '{' || this.peek() === '<') this.pos = this.src.indexOf(c === 'k' ? '>' : '}', this.pos) + 1;
      return NOTHING;
    }
    if (CLASS_ESCAPES.has(c)) {
      if (c === 'c') this.pos++;
      return NOTHING;
    }
    if (/[1-9]/.test(c) && !inClass) {
      while (/[0-9]/.test(this.peek() ?? '')) this.pos++;
      return NOTHING; // a back-reference may be empty
    }
    if (c in CONTROL_ESCAPES) return [new Set([CONTROL_ESCAPES[c]])];
    return [new Set([c])];
  }

  private unicodeEscape(): Required {
    const braced = /^\{([0-9a-fA-F]+)\}/.exec(this.src.slice(this.pos));
    const plain = /^[0-9a-fA-F]{4}/.exec(this.src.slice(this.pos));
    const code = braced ? parseInt(braced[1], 16) : plain ? parseInt(plain[0], 16) : NaN;
    if (Number.isNaN(code)) throw new Error('bad \\u');
    this.pos += braced ? braced[0].length : 4;
    // Astral characters and surrogates are not tracked (the index holds single code units).
    return code <= 0xffff && !isSurrogate(String.fromCharCode(code)) ? [new Set([String.fromCharCode(code)])] : NOTHING;
  }
}

/** Properties with more BMP members than this (e.g. Script=Han) say too little to be worth tracking. */
const MAX_PROPERTY_CHARS = 2048;
const propertyCache = new Map<string, Set<string> | undefined>();
let bmp: string | undefined;

/**
 * The code units a `\p{…}` escape can start with: its BMP members found by one regex pass over
 * every BMP character, plus every surrogate (astral members and lone surrogates are not enumerated).
 */
function propertyChars(name: string): Set<string> | undefined {
  if (propertyCache.has(name)) return propertyCache.get(name);
  let result: Set<string> | undefined;
  try {
    const property = new RegExp(`\\p{${name}}`, 'gu');
    bmp ??= Array.from({ length: 0x10000 - 0x800 }, (_, i) => String.fromCharCode(i < 0xd800 ? i : i + 0x800)).join('');
    result = new Set<string>();
    for (let m = property.exec(bmp); m && result; m = property.exec(bmp)) {
      result.add(m[0]);
      if (result.size > MAX_PROPERTY_CHARS) result = undefined;
    }
    if (result) for (let c = 0xd800; c <= 0xdfff; c++) result.add(String.fromCharCode(c));
  } catch {
    result = undefined;
  }
  propertyCache.set(name, result);
  return result;
}

function isSurrogate(c: string): boolean {
  const code = c.charCodeAt(0);
  return code >= 0xd800 && code <= 0xdfff;
}
