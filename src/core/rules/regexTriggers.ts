import { bySelectivity, requiredChars } from './requiredChars';
import { PairIndex } from './pairIndex';

/** Sets kept per regex: the most selective ones, which are also the cheapest to track. */
const SETS_PER_REGEX = 4;

/** Flag in `slotOf`; the rest of the entry is the slot (so at most 32767 slots). */
const STARTS_PAIR = 0x8000;
const SLOT = 0x7fff;

/**
 * Which of a rule set's regexes can match a paragraph: one pass over the paragraph's characters
 * records which required gram sets (see `requiredChars`) it hits; a regex can match only if all
 * of its sets are hit. A regex with no known sets is always a candidate.
 */
export class RegexTriggers {
  private readonly words: number;
  /**
   * Per character: its slot + 1 when some set holds it (0 otherwise), with STARTS_PAIR set when
   * it starts a two-character gram. One table, not two: it is read for every character of every
   * paragraph, and a second 64K table would mostly miss the cache.
   */
  private readonly slotOf = new Uint16Array(0x10000);
  /** 1 for a character that ends a two-character gram: only those pairs need a look-up. */
  private readonly endsPair = new Uint8Array(0x10000);
  /** Slot + 1 of each two-character gram. */
  private readonly pairSlotOf = new PairIndex();
  /** Per slot, `words` 32-bit masks of the sets the character hits. */
  private readonly masks: Uint32Array;
  /** Per regex, the ids of the sets it needs. */
  private readonly needs: number[][];
  /** Reused by every call: one paragraph is matched at a time. */
  private readonly hit: Uint32Array;
  private readonly result: Uint8Array;
  /** Per slot, the call that last counted it: a gram's sets are counted once per paragraph. */
  private readonly seenIn: Uint32Array;
  private call = 0;

  constructor(sources: string[]) {
    const setIds = new Map<string, { id: number; grams: string[] }>();
    const keyOf = (grams: string[]) => grams.join('\u0000');
    this.needs = sources.map((source) =>
      requiredChars(source)
        .sort(bySelectivity)
        .filter((grams, i, all) => all.findIndex((g) => keyOf(g) === keyOf(grams)) === i)
        // Only the sets kept get a slot: every character with one costs a look at each paragraph.
        .slice(0, SETS_PER_REGEX)
        .map((grams) => {
          let known = setIds.get(keyOf(grams));
          if (!known) setIds.set(keyOf(grams), (known = { id: setIds.size, grams }));
          return known.id;
        }),
    );
    this.words = Math.max(1, Math.ceil(setIds.size / 32));
    let slots = 0;
    const slotOfGram = (gram: string): number => {
      const first = gram.charCodeAt(0);
      if (gram.length === 1) {
        if ((this.slotOf[first] & SLOT) === 0) this.slotOf[first] |= ++slots;
        return this.slotOf[first] & SLOT;
      }
      let slot = this.pairSlotOf.get(first, gram.charCodeAt(1));
      if (slot < 0) this.pairSlotOf.set(first, gram.charCodeAt(1), (slot = ++slots));
      this.slotOf[first] |= STARTS_PAIR;
      this.endsPair[gram.charCodeAt(1)] = 1;
      return slot;
    };
    const memberships: [slot: number, id: number][] = [];
    for (const { id, grams } of setIds.values()) for (const gram of grams) memberships.push([slotOfGram(gram), id]);
    if (slots > SLOT) throw new Error(`regex triggers: ${slots} grams, at most ${SLOT}`);
    this.masks = new Uint32Array((slots + 1) * this.words);
    for (const [slot, id] of memberships) this.masks[slot * this.words + (id >> 5)] |= 1 << (id & 31);
    this.hit = new Uint32Array(this.words);
    this.seenIn = new Uint32Array(slots + 1);
    this.result = new Uint8Array(sources.length);
  }

  /** Element i is 1 when regex i may match somewhere in text (valid until the next call). */
  candidates(text: string): Uint8Array {
    const { slotOf, endsPair, pairSlotOf, masks, words, hit, seenIn } = this;
    hit.fill(0);
    if (++this.call > 0xfffffff0) {
      seenIn.fill(0);
      this.call = 1;
    }
    const call = this.call;
    const last = text.length - 1;
    for (let i = 0; i <= last; i++) {
      const c = text.charCodeAt(i);
      const entry = slotOf[c];
      if (entry === 0) continue;
      const slot = entry & SLOT;
      if (slot !== 0 && seenIn[slot] !== call) {
        seenIn[slot] = call;
        for (let w = 0, base = slot * words; w < words; w++) hit[w] |= masks[base + w];
      }
      if ((entry & STARTS_PAIR) === 0 || i === last) continue;
      const next = text.charCodeAt(i + 1);
      if (endsPair[next] === 0) continue;
      const pairSlot = pairSlotOf.get(c, next);
      if (pairSlot < 0 || seenIn[pairSlot] === call) continue;
      seenIn[pairSlot] = call;
      for (let w = 0, base = pairSlot * words; w < words; w++) hit[w] |= masks[base + w];
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
