import * as assert from 'node:assert/strict';
import { createChecker, type DocumentKind, type Finding } from '../../src/core/node';
import { applyEdits, mergeFixes } from '../../src/core/node';
import { segmenter } from './support/project';

// The speech as a whole, through the real checker: each finding names its other place (in the
// message and as a related place), renumbering fixes never make a new finding, and what a real
// text does legitimately (nested runs, quotations over paragraphs, text pasted with its captions)
// is left alone. Single-rule cases live in the pack's examples.
describe('structure rules: the speech as a whole', () => {
  const { checker } = createChecker(undefined, segmenter());
  const STRUCTURE = new Set(['heading-level-skipped', 'marker-style-mixed', 'heading-final-period', 'sequence-numbering', 'ordinal-order', 'announced-count', 'unpaired-mark', 'repeated-opening']);
  const found = (text: string, kind: DocumentKind = 'plaintext'): Finding[] => checker.check(text, kind).findings.filter((f) => STRUCTURE.has(f.ruleId));
  /** [rule, text at the finding, texts at its related places] for each structure finding. */
  const places = (text: string, kind: DocumentKind = 'plaintext') => found(text, kind).map((f) => [f.ruleId, f.text, f.related.map((r) => text.slice(r.start, r.end))]);

  const DRAFT = [
    '# 在全市安全生产工作会议上的讲话', '',
    '同志们：', '',
    '下面，我讲三点意见。', '',
    '## 一、提高认识', '',
    '要认真学习《安全生产法，深刻领会精神实质。', '',
    '1. 安全是发展的前提。', '',
    '## 二、压实责任', '',
    '一是明确责任主体，二是细化责任清单，四是严格考核问责。', '',
    '## 三、排查隐患', '',
    '## 四、应急管理', '',
  ].join('\n');

  it('a skipped level, a broken 一是/二是 run, three points announced and four given, an unclosed 《: each at both places', () => {
    assert.deepEqual(places(DRAFT, 'markdown'), [
      ['announced-count', '三点意见', ['四、']],
      ['unpaired-mark', '《', ['。']],
      ['heading-level-skipped', '1.', ['一、']],
      ['sequence-numbering', '四是', ['二是']],
    ]);
    const [count, mark, skipped, gap] = found(DRAFT, 'markdown');
    assert.match(count.message, /这里说“三点意见”，下文讲了四点（第 7 行起，第四点在第 19 行）/);
    assert.deepEqual(count.related.map((r) => [r.line, r.column]), [[19, 4]]);
    assert.match(mark.message, /本段到第 9 行结束仍未闭合/);
    assert.match(skipped.message, /直接排在第 7 行的“一、”之下，中间缺“（一）”一级/);
    assert.match(gap.message, /第 15 行是“二是”，此处跳到“四是”；按顺序应为“三是”/);
  });

  it('the same draft in plain text: numbered paragraphs are its structure', () => {
    const plain = DRAFT.replace(/^#+ /gm, '');
    assert.deepEqual(places(plain).map(([rule]) => rule), ['announced-count', 'unpaired-mark', 'heading-level-skipped', 'sequence-numbering']);
  });

  it('fixing every renumbering finding leaves the numbering in order and makes no new finding', () => {
    const text = '一、甲\n二、乙\n四、丙\n五、丁\n五、戊\n（一）子\n（三）丑\n要抓好：一是稳，二是进，二是好，三是实。\n';
    const before = found(text);
    // Each item is numbered by its place: the second 五、 is the fifth item and stays.
    assert.deepEqual(before.map((f) => [f.text, f.fixes[0]?.replacement]), [['四、', '三、'], ['五、', '四、'], ['（三）', '（二）'], ['二是', '三是'], ['三是', '四是']]);
    const fixed = applyEdits(text, mergeFixes(before));
    assert.equal(fixed, '一、甲\n二、乙\n三、丙\n四、丁\n五、戊\n（一）子\n（二）丑\n要抓好：一是稳，二是进，三是好，四是实。\n');
    assert.deepEqual(found(fixed), []);
    // One fix at a time never makes a new finding either: the others stay where and as they were.
    const key = (f: Finding) => `${f.start} ${f.text} → ${f.fixes[0]?.replacement}`;
    assert.deepEqual(found(applyEdits(text, mergeFixes(before).slice(0, 1))).map(key), before.slice(1).map(key));
  });

  it('a run inside a run (一是…：一是…二是…；二是…) and a run started again at 一 are in order', () => {
    assert.deepEqual(found('主要有两条：一是稳增长，具体包括：一是扩投资，二是促消费；二是防风险。\n'), []);
    assert.deepEqual(found('今年要做到：一是稳，二是进。明年要做到：一是好，二是快，三是实。\n'), []);
  });

  it('numbers written where no item is read (a caption glued to them) are not a gap; 二、三产业 does not hide one', () => {
    assert.deepEqual(found('一是学习实践。\n二是思想洗礼。\n新华社记者 鞠鹏/摄三是担当作为。\n四是解决问题。\n'), []);
    assert.deepEqual(found('一、总体要求\n二、发展二、三产业\n四、保障措施\n').map((f) => f.text), ['四、']);
  });

  it('numbering starts afresh at a salutation, a title line and an unnumbered heading', () => {
    assert.deepEqual(found('各位代表：\n一、回顾\n二、任务\n三、建设\n上海市政府工作报告\n各位代表：\n一、回顾\n二、任务\n'), []);
    assert.deepEqual(found('一、总体要求\n十、民生实事\n附件2 名词解释\n1.两重：重大战略。\n2.两新：设备更新。\n').map((f) => f.ruleId), ['sequence-numbering']);
    assert.deepEqual(found('# 讲话\n\n## 一、要求\n\n### 附件\n\n1. 两重\n2. 两新\n', 'markdown'), []);
  });

  it('"8.6个专项" and "1、2号线" open a paragraph as numbers unless they continue the numbering', () => {
    assert.deepEqual(found('（一）科技\n1.两重：重大战略。\n2.两新：设备更新。\n3.6个重大科技专项：突破技术。\n4.科创通：服务模式。\n'), []);
    assert.deepEqual(found('1.5万人参加了培训。\n1、2号线建成通车。\n'), []);
    assert.equal(found('一、总体要求\n三、保障措施\n').length, 1, 'fixture: a gap is seen');
    assert.deepEqual(found('一、总体要求\n一、二季度经济运行平稳。\n三、保障措施\n').map((f) => f.text), ['三、'], '一、二季度 is a period, not a second 一、');
    assert.deepEqual(found('一、总体要求\n（一）目标\n2．“两新”：设备更新。\n3．10种有色金属：铜、铅。\n').map((f) => f.text), ['2．']);
  });

  it('Markdown: an ordered list is renumbered by its number; a marker that would start a list is not restyled', () => {
    const list = '# 讲话\n\n## 一、要求\n\n### （一）目标\n\n1. 稳增长\n2. 促改革\n4. 防风险\n';
    assert.deepEqual(found(list, 'markdown').map((f) => [f.text, f.fixes[0].replacement]), [['4.', '3.']]);
    const mixed = '（一）目标\n\n1.稳增长\n\n2.促改革\n\n3、 防风险\n';
    assert.deepEqual(found(mixed, 'markdown').map((f) => [f.ruleId, f.text, f.fixes.length]), [['marker-style-mixed', '3、', 0]]);
    assert.deepEqual(found(mixed, 'plaintext').map((f) => [f.ruleId, f.fixes[0]?.replacement]), [['marker-style-mixed', '3.']]);
  });

  it('one marker style per level: the less common one is fixed to the common one as written (1．)', () => {
    const text = '（一）目标\n1．稳增长\n2．促改革\n3、防风险\n';
    const [style] = found(text).filter((f) => f.ruleId === 'marker-style-mixed');
    assert.equal(style.fixes[0].replacement, '3．');
    assert.match(style.message, /本稿此层多写作“1．”（第 2 行起共 2 处）/);
    assert.deepEqual(style.related.map((r) => text.slice(r.start, r.end)), ['1．']);
  });

  it('首先…其次…最后: 最后 in the middle is reported at 最后, with the item after it as the other place', () => {
    const text = '首先，要提高认识。最后，要狠抓落实。其次，要加强领导。\n';
    assert.deepEqual(places(text), [['ordinal-order', '最后', ['其次']]]);
    assert.deepEqual(found('首先，要提高认识。其次，要加强领导。再次，要严明纪律。最后，要狠抓落实。\n'), []);
  });

  it('announced counts: as many 务必 as announced, a run of the text, headings in the next paragraph', () => {
    assert.deepEqual(found('要做到三个“坚持”：一是坚持人民至上，二是坚持生命至上，三是坚持安全第一。\n'), []);
    assert.deepEqual(places('要牢记两个“务必”：务必谦虚谨慎。\n'), [['announced-count', '两个“务必”', ['务必']]]);
    assert.deepEqual(places('今年要抓好以下五项工作：\n一是稳增长。\n二是促改革。\n三是防风险。\n'), [['announced-count', '五项工作', ['三是']]]);
    assert.deepEqual(found('今年，要聚力抓好八个方面工作。\n（一）甲\n（二）乙\n（三）丙\n（四）丁\n（五）戊\n（六）己\n（七）庚\n（八）辛\n'), []);
    assert.deepEqual(found('下面，我讲几点意见。\n一、甲\n二、乙\n'), [], '几点 names no number');
    assert.deepEqual(found('按照省委提出的三点意见，我们要抓好落实。\n一、甲\n'), [], 'the delivery must follow at once');
  });

  it('paired marks: a quotation over paragraphs, quotes turned the wrong way, an apostrophe, 1) and (1) are fine', () => {
    assert.deepEqual(found('他说：“要坚持人民至上。\n“要坚持生命至上。”\n'), []);
    assert.deepEqual(found('让世界知道了“中国人民已经组织起来了，是惹不得的。\n如果惹翻了，是不好办的”！\n'), []);
    assert.deepEqual(found('一旦经“大V“发出，双方签署了”两岸服务贸易协议”。\n'), []);
    assert.deepEqual(found('这是China’s的写法，见1)和(a)两条。\n'), []);
    assert.deepEqual(found('要认真学习《习近平谈治国\n理政》，深刻领会。\n', 'markdown'), [], 'a Markdown paragraph over two lines is one paragraph');
    assert.deepEqual(places('课题组（组长张三）负责，成员李四）参加。\n'), [['unpaired-mark', '）', ['课']]]);
  });

  it('stock openers: three 同时 in a row are one finding at the third, naming the other two; parallel verbs are not', () => {
    const text = '同时，要稳增长。\n同时，要促改革。\n同时，要防风险。\n坚持稳中求进。\n坚持改革创新。\n坚持底线思维。\n';
    const [f, ...rest] = found(text);
    assert.equal(rest.length, 0);
    assert.deepEqual([f.ruleId, f.line, f.related.map((r) => r.line)], ['repeated-opening', 3, [1, 2]]);
    assert.match(f.message, /连续 3 段都以“同时”开头（第 1—3 行）/);
  });

  it('the English messages name the other place too', () => {
    const { checker: en } = createChecker({ locale: 'en' }, segmenter());
    const f = en.check('一是稳增长，二是促改革，四是防风险。\n', 'plaintext').findings.find((x) => x.ruleId === 'sequence-numbering')!;
    assert.equal(f.message, 'Numbering gap: "二是" (line 1) is followed by "四是"; it should be "三是".');
    assert.equal(f.related[0].message, 'The item before, "二是"');
  });

  it('checking only part of a document (the visible part of a large one) leaves the speech-wide checks out', () => {
    const text = '一、甲\n二、乙\n四、丙\n';
    assert.equal(found(text).length, 1);
    assert.deepEqual(checker.check(text, 'plaintext', true).findings.filter((f) => STRUCTURE.has(f.ruleId)), []);
    assert.equal(checker.check(text, 'plaintext', true).outline, undefined);
  });
});
