import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtInRules, createChecker, fixText, safeFixEdits, type DocumentKind } from '../../src/core/node';
import { ROOT, segmenter } from './support/project';

// Fix-all and `speech-draft fix` apply only the fixes that cannot change what the speech says,
// judged on what the real checker (real jieba) reports before and after.
describe('safe fixes (fix-all, speech-draft fix)', function () {
  this.timeout(300_000);
  const { checker } = createChecker(undefined, segmenter());
  const fix = (text: string, kind: DocumentKind = 'plaintext') => fixText(checker, text, kind).text;

  it('a rumour stays a rumour: hedges and opinions are not deleted, and a sentence with an unsolvable error is left for the drafter', () => {
    const text = '听说下一步可能要调整分管,我个人觉得,他好像不太行.\n全市经济平稳增长,就业形势总体稳定.\n';
    const ids = checker.check(text, 'plaintext').findings.map((f) => f.ruleId);
    for (const id of ['personnel-rumour', 'hedged-requirement', 'personal-view', 'hedge-word', 'half-width-punctuation']) assert.ok(ids.includes(id), `${id} in [${ids}]`);
    assert.equal(fix(text), '听说下一步可能要调整分管,我个人觉得,他好像不太行.\n全市经济平稳增长，就业形势总体稳定。\n');
  });

  it('only the sentence with the unsolvable error is held back, not the rest of its paragraph', () => {
    assert.equal(fix('听说张局长要调走了,大家议论纷纷.全市经济平稳增长,就业形势总体稳定.'), '听说张局长要调走了,大家议论纷纷.全市经济平稳增长，就业形势总体稳定。');
    assert.equal(fix('据说张局长要调走了。全市经济平稳增长,就业稳定.'), '据说张局长要调走了。全市经济平稳增长，就业稳定。');
  });

  it('voice fixes stay quick fixes: 笔者 is not rewritten, the punctuation around it is', () => {
    assert.equal(fix('笔者认为,安全生产是发展的底线.'), '笔者认为，安全生产是发展的底线。');
    const findings = checker.check('笔者认为,这项工作很重要.', 'plaintext').findings;
    assert.deepEqual(findings.find((f) => f.ruleId === 'author-pronoun')!.fixes.map((x) => [x.replacement, x.safe]), [['我', false]]);
  });

  it('typos, doubled characters and numbers are fixed; the full-width indent is kept', () => {
    assert.equal(fix('　　我们要要再接再励，，把２０２２年的工作布署好。。'), '　　我们要再接再厉，把2022年的工作部署好。');
  });

  it('noise is removed even from a sentence that still needs rewriting', () => {
    const text = '听说张局长要调走了 $ x& M1 [& b! {# N 。';
    const after = fix(text);
    assert.ok(!/[$&{#]/.test(after), after);
    assert.ok(checker.check(after, 'plaintext').findings.some((f) => f.ruleId === 'personnel-rumour'));
  });

  it('a safe fix of a rule marked `fix.safe: false` (a guessed century) is left to the drafter', () => {
    assert.equal(fix('24年上半年，全市经济平稳增长。'), '24年上半年，全市经济平稳增长。');
  });

  /** Applies the safe fixes and checks the promises: nothing new flagged, nothing more to fix. */
  function assertSafe(text: string, kind: DocumentKind, where: string): number {
    const before = checker.check(text, kind).findings;
    const edits = safeFixEdits(text, before);
    if (edits.length === 0) return 0;
    const { text: after } = fixText(checker, text, kind);
    const found = checker.check(after, kind).findings;
    const count = (list: typeof found) => list.reduce((m, f) => m.set(f.ruleId, (m.get(f.ruleId) ?? 0) + 1), new Map<string, number>());
    const was = count(before);
    for (const [id, n] of count(found)) {
      assert.ok(n <= (was.get(id) ?? 0), `${where}: fixing created ${id} (${was.get(id) ?? 0} → ${n})`);
    }
    const again = safeFixEdits(after, found);
    assert.deepEqual(again.map((e) => [after.slice(e.start, e.end), e.newText]), [], `${where}: a second run still changes text`);
    return edits.length;
  }

  it('over every rule example: no new finding, and a second run changes nothing', () => {
    let applied = 0;
    for (const rule of builtInRules()) {
      const e = rule.examples;
      const texts = [...e.bad, ...e.good, ...(e.marks ?? []).map((m) => m[0]), ...(e.fixed ?? []).map((f) => f[0])];
      for (const text of texts) {
        const kind = text.startsWith('---\n') ? 'markdown' : 'plaintext';
        applied += assertSafe(text, kind, `${rule.id}: ${text}`);
      }
    }
    assert.ok(applied > 100, `only ${applied} fixes applied over the examples`);
  });

  const corpus = path.resolve(ROOT, '../shared/corpus');
  const seed = path.resolve(ROOT, '../shared/seed/office-work-guidance.raw.txt');
  const files = [
    path.join(corpus, 'gov-work-report-2021.txt'),
    ...(fs.existsSync(path.join(corpus, 'lexicon/formal')) ? fs.readdirSync(path.join(corpus, 'lexicon/formal')).map((f) => path.join(corpus, 'lexicon/formal', f)) : []),
    path.join(corpus, 'hotel-reviews-dev.tsv'),
    seed,
  ];
  for (const file of files) {
    for (const kind of ['plaintext', 'markdown'] as const) {
      it(`over ${path.basename(file)} as ${kind}: no new finding, and a second run changes nothing`, function () {
        if (!fs.existsSync(file)) return this.skip();
        const n = assertSafe(fs.readFileSync(file, 'utf8'), kind, `${path.basename(file)} (${kind})`);
        console.log(`      ${n} fixes`);
      });
    }
  }

  it('the raw forum copy comes out clean: no noise, every paragraph kept, marks left only in sentences held back for rewriting', function () {
    if (!fs.existsSync(seed)) return this.skip();
    const raw = fs.readFileSync(seed, 'utf8');
    const after = fix(raw);
    const left = checker.check(after, 'plaintext').findings;
    assert.deepEqual(left.filter((f) => f.category === 'noise').map((f) => f.text), []);
    const heldBack = left.filter((f) => f.severity === 'error' && f.fixes.length === 0);
    for (const f of left.filter((x) => x.fixes[0]?.safe)) {
      assert.ok(heldBack.some((h) => h.line === f.line), `${f.line}:${f.column} ${f.ruleId} “${f.text}” is left, yet its line holds no unsolvable error`);
    }
    for (const start of ['四是不要使自己介入领导的矛盾之中', '一切机关工作人员都是人民的勤务员']) assert.ok(after.includes(start), start);
    assert.equal(after.split('\n').length, raw.split('\n').length, 'no line is removed');
  });
});
