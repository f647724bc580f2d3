import { requiredChars } from './requiredChars';

/** Sets kept per regex: the smallest ones, which are the most selective and cheapest to track. */
const SETS_PER_REGEX = 4;

/**
 * Which of a rule set's regexes can match a paragraph: one pass over the paragraph's characters
 * records which required character sets (see `requiredChars`) it hits; a regex can match only
 * if all of its sets are hit. A regex with no known sets is always a candidate.
 */
export class RegexTriggers {
  private readonly words: number;
  /** Slot + 1 of a character that some set holds, 0 for the others. */
  private readonly slotOf = new Uint16Array(0x10000);
  /** Per slot, `words` 32-bit masks of the sets the character hits. */
  private readonly masks: Uint32Array;
  /** Per regex, the ids of the sets it needs. */
  private readonly needs: number[][];
  /** Reused by every call: one paragraph is matched at a time. */
  private readonly hit: Uint32Array;
  private readonly result: Uint8Array;
  /** Per slot, the call that last counted it: a character's sets are counted once per paragraph. */
  private readonly seenIn: Uint32Array;
  private call = 0;

  constructor(sources: string[]) {
    const setIds = new Map<string, number>();
    this.needs = sources.map((source) =>
      [...new Set(requiredChars(source))]
        .sort((a, b) => a.length - b.length)
        .slice(0, SETS_PER_REGEX)
        .map((chars) => {
          let id = setIds.get(chars);
          if (id === undefined) setIds.set(chars, (id = setIds.size));
          return id;
        }),
    );
    this.words = Math.max(1, Math.ceil(setIds.size / 32));
    let slots = 0;
    for (const chars of setIds.keys()) for (const ch of chars) if (!this.slotOf[ch.charCodeAt(0)]) this.slotOf[ch.charCodeAt(0)] = ++slots;
    this.masks = new Uint32Array((slots + 1) * this.words);
    for (const [chars, id] of setIds) for (const ch of chars) this.masks[this.slotOf[ch.charCodeAt(0)] * this.words + (id >> 5)] |= 1 << (id & 31);
    this.hit = new Uint32Array(this.words);
    this.seenIn = new Uint32Array(slots + 1);
    this.result = new Uint8Array(sources.length);
  }

  /** Element i is 1 when regex i may match somewhere in text (valid until the next call). */
  candidates(text: string): Uint8Array {
    const { slotOf, masks, words, hit, seenIn } = this;
    hit.fill(0);
    if (++this.call > 0xfffffff0) {
      seenIn.fill(0);
      this.call = 1;
    }
    const call = this.call;
    for (let i = 0; i < text.length; i++) {
      const slot = slotOf[text.charCodeAt(i)];
      if (slot === 0 || seenIn[slot] === call) continue;
      seenIn[slot] = call;
      for (let w = 0, base = slot * words; w < words; w++) hit[w] |= masks[base + w];
    }
    const out = this.result;
    for (let r = 0; r < this.needs.length; r++) {
      const needs = this.needs[r];
      let all = 1;
      for (let k = 0; k < needs.length && all; k++) if ((hit[needs[k] >> 5] & (1 << (needs[k] & 31))) === 0) all = 0;
      out[r] = all;
    }
    return out;
  }
}
