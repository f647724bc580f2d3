/**
 * Numbers by a pair of UTF-16 code units (the first two characters of a word or gram), in typed
 * arrays. Looked up at nearly every character of every paragraph, so not a Map: its key
 * c0 * 0x10000 + c1 is past V8's small integers for CJK and would be hashed as a heap number.
 */
export class PairIndex {
  private keys = new Uint32Array(64);
  /** -1 where the slot is empty. */
  private values = new Int32Array(64).fill(-1);
  private size = 0;

  /** The value stored for the pair, or -1. */
  get(c0: number, c1: number): number {
    const key = ((c0 << 16) | c1) >>> 0;
    const mask = this.keys.length - 1;
    for (let i = slotOf(key, mask); ; i = (i + 1) & mask) {
      const value = this.values[i];
      if (value < 0 || this.keys[i] === key) return value;
    }
  }

  /** Stores a value (at least 0) for the pair, replacing any before. */
  set(c0: number, c1: number, value: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const key = ((c0 << 16) | c1) >>> 0;
    const mask = this.keys.length - 1;
    let i = slotOf(key, mask);
    while (this.values[i] >= 0 && this.keys[i] !== key) i = (i + 1) & mask;
    if (this.values[i] < 0) this.size++;
    this.keys[i] = key;
    this.values[i] = value;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2).fill(-1);
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (values[i] >= 0) this.set(keys[i] >>> 16, keys[i] & 0xffff, values[i]);
  }
}

/** Multiplicative hashing; the table stays at most half full, so probes are short. */
function slotOf(key: number, mask: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> 16) & mask;
}
