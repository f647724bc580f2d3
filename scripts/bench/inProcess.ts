import { createChecker, type DocumentKind } from '../../src/core/node';
import { medianMs, interleavedMedians, cpuMs } from './stats';

export interface InProcessFigures {
  initMs: number;
  /** CPU time, median. */
  bareCutMs: number;
  fullCheckMs: number;
  /** Wall time, median (inflated when the machine is busy). */
  bareCutWallMs: number;
  fullCheckWallMs: number;
  incrementalMs: number;
  draftFullCheckMs: number;
}

/** The lines the plain-text checker cuts, line ends included, as it passes them to jieba. */
function checkedLines(text: string): string[] {
  return (text.match(/[^\r\n]*(?:\r\n|\r|\n|$)/g) ?? []).filter((l) => /\S/.test(l));
}

/**
 * ratio: full check of the speech vs a bare cut of the same lines, in this process, medians of
 * CPU time after warm-up, run in turns so that both see the same machine load. incremental: a session re-check
 * of the draft after a one-character edit vs a full check of the same draft.
 */
export function measureInProcess(speech: string, draft: string, draftKind: DocumentKind, runs: number): InProcessFigures {
  const t0 = performance.now();
  const { checker, segmenter } = createChecker();
  checker.check('初始化。', 'plaintext');
  const initMs = performance.now() - t0;

  // The checker's own segmenter: the same module and dictionaries, without the checker.
  const lines = checkedLines(speech);
  const bareCut = () => {
    for (const line of lines) segmenter.cut(line);
  };
  const fullCheck = () => checker.check(speech, 'plaintext');
  const paired = interleavedMedians(bareCut, fullCheck, runs * 3);

  // CPU time: the smaller, machine-load-free denominator keeps incrementalRatio conservative.
  const draftFullCheckMs = medianMs(() => checker.check(draft, draftKind), runs, 5, cpuMs);
  const session = checker.session(draftKind);
  session.check(draft);
  const editAt = Math.floor(draft.length / 2);
  let version = 0;
  const incrementalMs = medianMs(() => {
    // A one-character edit in the middle of the draft, different each time so nothing is cached.
    version++;
    const ch = String.fromCharCode(0x4e00 + (version % 2000));
    session.check(draft.slice(0, editAt) + ch + draft.slice(editAt + 1));
  }, runs * 3);

  return { initMs, bareCutMs: paired.first, fullCheckMs: paired.second, bareCutWallMs: paired.firstWall, fullCheckWallMs: paired.secondWall, incrementalMs, draftFullCheckMs };
}
