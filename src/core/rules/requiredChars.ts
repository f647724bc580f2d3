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
 * Smallest first; of equal size, the set of longer grams: in a long paragraph 群众 is far rarer
 * than 群 (a set of single characters passes nearly every paragraph of a formal speech).
 */
export function bySelectivity(a: ReadonlySet<string> | readonly string[], b: ReadonlySet<string> | readonly string[]): number {
  return sizeOf(a) - sizeOf(b) || shortestGram(b) - shortestGram(a);
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

class Parser {
  pos = 0;
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
    while (this.peek() === '|') {
      this.pos++;
      alternatives.push(this.sequence());
    }
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
   * abc: every mandatory item must be hit, and so must each pair of mandatory literal characters
   * written side by side (ab, bc; a+b too: the last a is next to b) or repeated (a{2,}: aa).
   */
  private sequence(): Required {
    const all: Required = [];
    let previous: string | undefined;
    while (this.pos < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      const start = this.pos;
      const item = this.atom();
      // Not a group: a lookaround (?=a) holds one character too, but takes no room.
      const literal = this.src[start] !== '(' && item.length === 1 && item[0].size === 1 ? [...item[0]][0] : undefined;
      const min = this.quantifierMin();
      if (min === 0) {
        previous = undefined;
        continue;
      }
      for (const set of item) all.push(set);
      if (previous !== undefined && literal !== undefined) all.push(new Set([previous + literal]));
      // 。{3,}: the text holds 。。
      if (literal !== undefined && min >= 2) all.push(new Set([literal + literal]));
      previous = literal;
    }
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

  private atom(): Required {
    const c = this.src[this.pos++];
    if (c === '(') return this.group();
    if (c === '[') return this.characterClass();
    if (c === '\\') return this.escape(false);
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
    if (this.peek() === '?') {
      const rest = this.src.slice(this.pos, this.pos + 3);
      if (rest.startsWith('?:') || rest.startsWith('?=')) this.pos += 2;
      else if (rest.startsWith('?!')) {
        this.pos += 2;
        negative = true;
      } else if (rest === '?<=' || rest === '?<!') {
        this.pos += 3;
        negative = rest === '?<!';
      } else if (rest.startsWith('?<')) {
        const end = this.src.indexOf('>', this.pos);
        if (end < 0) throw new Error('bad group name');
        this.pos = end + 1;
      } else throw new Error('unknown group');
    }
    const inner = this.alternation();
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
