import { createChecker, type DocumentKind } from '../../src/core/node';
import { medianMs } from './stats';

/** A pathological input of issue #12 at a given scale (1 = the size the issue reported). */
interface Pathological {
  name: string;
  kind: DocumentKind;
  make: (scale: number) => string;
}

const INPUTS: Pathological[] = [
  { name: '好 + "." × 250,000', kind: 'plaintext', make: (s) => '好' + '.'.repeat(250_000 * s) },
  { name: '"*笔" × 50,000 (Markdown)', kind: 'markdown', make: (s) => '*笔'.repeat(50_000 * s) },
  { name: '"[笔](" × 25,000 (Markdown)', kind: 'markdown', make: (s) => '[笔]('.repeat(25_000 * s) },
  { name: '"我认为𠮷" × 200,000 on one line', kind: 'plaintext', make: (s) => '我认为𠮷'.repeat(200_000 * s) },
  { name: '"好," × 150,000 on one line', kind: 'plaintext', make: (s) => '好,'.repeat(150_000 * s) },
  { name: '"> " × 10,000 + 笔者 (Markdown)', kind: 'markdown', make: (s) => '> '.repeat(10_000 * s) + '笔者' },
  { name: '"- " × 10,000 + 笔者 (Markdown)', kind: 'markdown', make: (s) => '- '.repeat(10_000 * s) + '笔者' },
  { name: '"![笔" × 133,000 (Markdown)', kind: 'markdown', make: (s) => '![笔'.repeat(133_000 * s) },
  { name: 'Markdown of 1,000,000 single-newline lines', kind: 'markdown', make: (s) => '好\n'.repeat(1_000_000 * s) },
];

const SCALES = [1, 2, 4];

/**
 * `npm run bench`'s scaling section: the full-check time of each pathological input at 1×, 2×
 * and 4× its size, and a keystroke's re-check in a draft written with single newlines at three
 * sizes. Linear time shows as times doubling; printed only, never asserted.
 */
export function measureScaling(log: (line: string) => void): void {
  const { checker } = createChecker();
  checker.check('预热。', 'plaintext');
  log('scaling (full check, ms at 1× / 2× / 4× the size issue #12 reported; linear doubles):');
  for (const input of INPUTS) {
    const times = SCALES.map((scale) => {
      const text = input.make(scale);
      const t0 = performance.now();
      checker.check(text, input.kind);
      return performance.now() - t0;
    });
    log(`  ${input.name.padEnd(46)} ${times.map((t) => t.toFixed(0).padStart(6)).join(' /')}`);
  }
  const paragraph = '各地区各部门要认真贯彻落实党中央决策部署，切实抓好安全生产各项工作。\n';
  const sizes = [69_000, 138_000, 276_000];
  const keystroke = sizes.map((chars) => {
    const draft = paragraph.repeat(Math.ceil(chars / paragraph.length));
    const session = checker.session('markdown');
    session.check(draft);
    const at = draft.length >> 1;
    let flip = false;
    return medianMs(() => {
      flip = !flip;
      session.check(draft.slice(0, at) + (flip ? '好' : '') + draft.slice(at));
    }, 15, 3);
  });
  log(`  keystroke re-check, Markdown with single newlines at ${sizes.map((s) => s.toLocaleString('en')).join(' / ')} chars: ${keystroke.map((t) => t.toFixed(2)).join(' / ')} ms`);
}
