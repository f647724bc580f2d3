import * as assert from 'node:assert/strict';
import { Checker, builtInRules, type Finding } from '../../src/core';
import { segmenter, phraseRule } from './support/project';

// The leader's-voice packs (self-reference, opinion, hedge, overstep) on sentences a drafter
// would really write: the leader's own voice stays clean, drift is caught at the exact words.
const VOICE = new Set(['self-reference', 'opinion', 'hedge', 'overstep']);
const checker = new Checker(segmenter(), builtInRules());

function voiceFindings(text: string): Finding[] {
  return checker.check(text, 'plaintext').findings.filter((f) => VOICE.has(f.category));
}

const show = (text: string, fs: Finding[]) => fs.map((f) => `${f.ruleId} “${text.slice(f.start, f.end)}”`).join(', ');

describe('voice rules: the leader speaking is not drift', () => {
  const leaderVoice = [
    // first person that belongs to the leader
    '现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。',
    '受市委书记委托，我代表市委向大会报告工作。',
    '刚才，几位同志作了交流发言，讲得都很好，我完全同意。',
    '下面，我讲三点意见。',
    '我们要坚持以人民为中心的发展思想，着力解决群众急难愁盼问题。',
    '我市经济运行总体平稳，我省我国发展仍处于重要战略机遇期。',
    '同志们，让我们更加紧密地团结起来，为实现全年目标任务而努力奋斗！',
    '我代表市委、市政府，向奋战在一线的同志们表示衷心的感谢！',
    '我多次讲过，安全生产是不可逾越的红线。',
    '我认为，这次会议开得很及时、很必要。',
    '我郑重承诺：本人将严守政治纪律和政治规矩。',
    '作为市政府主要负责人，本人对全市安全生产工作负总责，绝不推卸责任。',
    '过去一年，本人认真履行岗位职责，较好地完成了各项工作任务。',
    // third-person references to higher leaders and bodies
    '总书记强调，要坚持稳中求进工作总基调。',
    '省委主要领导指出，要守住不发生规模性返贫的底线。',
    '坚持和加强党的全面领导，要求我们始终把政治建设摆在首位。',
    '市委办公室要加强统筹协调，当好参谋助手。',
    '经市委常委会研究决定，召开这次全市干部大会。',
    '刚才，王书记作了十分重要的讲话，我们要认真学习领会。',
    // targets, risks and approximations
    '力争年底前全面完工，争取早日建成投用。',
    '要科学研判可能出现的风险，防范可能带来的隐患。',
    '这种情况有可能发生，不可能一蹴而就。',
    '全市粮食产量约1.3亿斤，城镇调查失业率5.5%左右。',
    '据统计，全年新增就业12.6万人；据测算，今年可新增就业12万人。',
    '对困难要充分估计，对风险估计不足是最大的风险。',
    '要坚持底线思维，把困难估计得更充分一些，把措施考虑得更周密一些。',
    '对这种行为，一定会批评教育；要保证批发市场供应充足。',
    '会前，我单独跟几位同志交换了意见。',
    '他一听说群众有困难，马上赶到现场。',
    '也许有的同志会说，这项工作难度太大。',
    '这本书的作者认为，乡村振兴关键在人。',
    '我替他高兴，也为全市干部群众感到自豪。',
    '有多少要办的事，就要有多少真抓实干的劲头。',
    '就好像一台机器一样，每个零件都要转起来。',
    '有的同志可能会问，为什么要这样做？',
    '今年的雨季可能比往年来得早，各地要提前做好准备。',
    '谁也不敢打包票，所以要未雨绸缪。',
    // 本人 as a citizen, 个人 in fixed terms
    '只需本人持身份证到窗口办理，社保卡须由参保人本人申领。',
    '落实个人所得税专项附加扣除政策，加强个人信息保护，发展个人养老金。',
    '不能以个人意见代替集体决策。',
    // idioms and words that only look like drift
    '群众反映的问题不能没有下文。',
    '各级干部要说实话、办实事，敢于较真碰硬，不怕得罪人。',
    '要让群众感觉到实实在在的变化，不要觉得事不关己。',
    '要让群众真正觉得办事方便了、心里踏实了。',
    '这种说法不一定对，要具体分析。',
    '我们要问一问自己，是不是可以做得更好？',
    '我们要问一问自己：是不是真正把群众放在心上？是不是可以做得更好？',
    '这些问题如果不及时纠正，就可能积小成大，甚至可能引发严重后果。',
    '在座谈会上，有的企业家觉得审批环节还是多了一些。',
    '有的同志可能觉得，经济下行压力大，完成目标难度大。',
    '任职以来，本人始终坚持把学习放在首位；本人分管的工作取得了一定成效。',
    '刚才，王书记作了一个十分重要的讲话，大家要认真学习领会。下面，请李市长部署工作。',
    '施工中尽量减少对群众生活的影响。',
    '党中央成立了文件起草组，在总书记领导下开展工作。',
    '要提供7×24小时不间断服务，开展X射线设备专项检查。',
    '二〇〇〇年以来，全市经济总量翻了两番。',
    '二○二一年是“十四五”开局之年，要防范化解大概率事件。',
    '我们非常欣赏贵方的合作精神，对网络传闻要及时回应。',
    '应该说，这些年全市面貌发生了很大变化；我们应该看到，困难仍然不少。',
    '印发《关于进一步优化营商环境的意见》（以下简称《意见》）。',
    // quoted speech is not the drafter's
    '有的干部说“我觉得差不多就行了”，这种思想要不得。',
  ];
  for (const text of leaderVoice) {
    it(`clean: ${text.slice(0, 40)}`, () => {
      const fs = voiceFindings(text);
      assert.equal(fs.length, 0, show(text, fs));
    });
  }
});

describe('voice rules: drafting mistakes are caught at the exact words', () => {
  // [sentence, rule, exact text of the finding]; a deletion that opens a clause also takes its comma
  const cases: [string, string, string][] = [
    ['据笔者调研，全市还有3个乡镇没有启动。', 'author-pronoun', '笔者'],
    ['本人认为，这项改革必须加快推进。', 'personal-pronoun-opinion', '本人认为'],
    ['下面，本人就做好明年工作讲三点意见。', 'personal-pronoun', '本人'],
    ['本稿共分四个部分，下面逐一展开。', 'written-text-reference', '本稿'],
    ['具体分工详见附件，这里不再赘述。', 'cross-reference', '详见附件'],
    ['各县区完成情况见表2，总体好于去年。', 'figure-reference', '见表2'],
    ['经起草组反复讨论，形成了以下意见。', 'drafting-group', '起草组'],
    ['按照领导的指示，各单位要在月底前完成自查。', 'generic-leader-relay', '领导的指示'],
    ['由于时间仓促，疏漏之处在所难免。', 'drafter-disclaimer', '时间仓促'],
    ['今年全市完成固定资产投资【待补】亿元。', 'drafting-note', '【待补】'],
    ['同志们，（此处可即兴发挥）我们要再接再厉。', 'drafting-note', '（此处可即兴发挥）'],
    ['这一段是否保留，请领导定夺。', 'drafting-request', '请领导定夺'],
    ['TODO：补充今年的招商数据。', 'todo-marker', 'TODO'],
    ['刚才，XX同志作了很好的发言。', 'placeholder', 'XX'],
    ['会议定于×月×日召开。', 'placeholder', '×'],
    ['上半年全市生产安全事故死亡X人，同比上升X%。', 'placeholder', 'X'],
    ['此处补充今年的招商数据。', 'drafting-note-here', '此处补充'],
    ['我个人觉得，这项工作还要再抓紧一些。', 'personal-view', '我个人觉得，'],
    ['这只是我的个人看法，大家可以讨论。', 'personal-view-noun', '个人看法'],
    ['我感觉这次会议开得很及时。', 'first-person-opinion', '我感觉'],
    ['以下数据来源于统计局网站，引用时请注意核对。', 'drafting-check-note', '数据来源于统计局网站'],
    ['这个事不用请示了，我替市长做主。', 'acts-for-superior', '我替市长做主'],
    ['对于这个方案，我本人是持保留意见的。', 'personal-view-noun', '持保留意见'],
    ['我也不太确定，但应该问题不大。', 'uncertainty', '不太确定'],
    ['我也不太确定，但应该问题不大。', 'hedged-should', '应该'],
    ['我觉得这项工作可能还要再抓紧一些。', 'hedged-opinion', '我觉得'],
    ['说句心里话，这项工作推进得不够理想。', 'confiding-aside', '说句心里话，'],
    ['不客气地说，有些单位就是在应付。', 'off-record-aside', '不客气地说，'],
    ['我早就说过，安全生产不能有丝毫放松。', 'told-you-so', '我早就说过'],
    ['上面的政策根本不接地气，我们只能变通。', 'policy-undermined', '上面的政策根本不接地气'],
    ['我特别喜欢高新区的做法。', 'personal-liking', '我特别喜欢'],
    ['我向大家保证，年底前全部解决。', 'personal-guarantee', '我向大家保证'],
    ['明年肯定涨工资。', 'promised-outcome', '明年肯定涨'],
    ['工作不力的干部一律撤职。', 'sweeping-purge', '一律撤职'],
    ['大家可能要抓紧。', 'hedged-requirement', '可能'],
    ['这项工作好像进展不大。', 'hedge-word', '好像'],
    ['这可能是工作不到位造成的。', 'hedge-possibly', '可能'],
    ['这些项目差不多都开工了。', 'vague-progress', '差不多'],
    ['我估计明年就能见效。', 'guess', '我估计'],
    ['听说有些乡镇还没动。', 'hearsay', '听说'],
    ['以上意见，供大家参考。', 'tentative-closing', '供大家参考'],
    ['不妥之处，请批评指正。', 'tentative-closing', '请批评指正'],
    ['以上仅供参考。', 'disclaiming-closing', '仅供参考'],
    ['是不是可以考虑把时间提前一些？', 'tentative-suggestion', '是不是可以'],
    ['尽量在月底前完成。', 'soft-deadline', '尽量'],
    ['这个问题应该已经解决了吧。', 'hedged-should', '应该'],
    ['领导让我转告大家，要抓紧推进。', 'relayed-instruction', '让我转告'],
    ['我代表王书记向大家表示感谢。', 'represents-person', '我代表王书记'],
    ['经研究决定，该项目立即停工。', 'unrecorded-decision', '经研究决定'],
    ['按照我办意见，各单位要在周五前报送材料。', 'office-as-authority', '我办意见'],
    ['希望大家认真学习领会我今天的重要讲话。', 'own-important-speech', '我今天的重要讲话'],
    ['这事我来拍板。', 'final-say', '我来拍板'],
    ['项目放在哪里，我说了就算。', 'final-say', '我说了就算'],
    ['作者认为，营商环境是最大的短板。', 'author-as-subject', '作者认为'],
    ['请____同志作表态发言。', 'placeholder', '____'],
    ['我从来不赞成搞形象工程。', 'told-you-so', '我从来不赞成'],
    ['这个方案大家回去考虑考虑。', 'tentative-suggestion', '考虑考虑'],
    ['各单位多少要重视一下。', 'hedged-requirement', '多少'],
    ['王书记嘱咐我在会上向大家强调两点。', 'relayed-message', '嘱咐我在会上向大家强调'],
    ['书记叫我替他表个态，全力支持。', 'acts-for-superior', '我替他表个态'],
    ['本办研究认为，年底前应暂停审批。', 'office-as-authority', '本办研究认为'],
    ['凭我的经验，这个指标定低了。', 'personal-view', '凭我的经验，'],
    ['区长托我捎个话，这次评比谁拖后腿就通报谁。', 'relayed-instruction', '托我捎个话'],
    ['会前，书记专门交代，要我把他的几点意见转达给大家。', 'relayed-message', '要我把他的几点意见转达'],
    ['市委书记的意思很明确，这个责任必须由县里来扛。', 'leader-mind', '市委书记的意思很明确'],
    ['部长私下跟我讲过，这个项目他是支持的。', 'private-channel', '私下跟我讲'],
    ['市长的意思是先缓一缓，大家就按这个来。', 'leader-mind', '市长的意思是'],
    ['我可以先答复大家：一定能批。', 'promised-approval', '一定能批'],
    ['我们督查室已经定了，下周起每天通报进度。', 'office-as-authority', '督查室已经定'],
    ['注：此处需领导确认是否保留。', 'drafting-note', '注：此处需领导确认是否保留。'],
    ['根据……部署，今天召开全市……工作会议。', 'snippet-placeholder', '……'],
  ];
  for (const [text, rule, exact] of cases) {
    it(`${rule}: ${text}`, () => {
      const fs = voiceFindings(text).filter((f) => f.ruleId === rule);
      assert.ok(fs.length > 0, `expected ${rule}; got ${show(text, voiceFindings(text))}`);
      assert.equal(fs[0].start, text.indexOf(exact));
      assert.equal(text.slice(fs[0].start, fs[0].end), exact);
    });
  }

  it('a drafting note in brackets is one finding, not also a request finding inside it', () => {
    const text = '【请领导审定】下面，我讲三点意见。';
    assert.deepEqual(voiceFindings(text).map((f) => [f.ruleId, f.start, f.end - f.start]), [['drafting-note', 0, 7]]);
  });

  it('offers no fix where none keeps the sentence readable', () => {
    assert.equal(voiceFindings('不出我所料，项目果然出了问题。').find((f) => f.ruleId === 'told-you-so')!.fixes.length, 0);
  });

  it('keeps exact ranges on CRLF lines and after astral characters', () => {
    const text = '注：此处需领导确认。\r\n𠮷𠮷，我个人觉得，XX同志说得对。\r\n';
    const got = voiceFindings(text).map((f) => [f.ruleId, text.slice(f.start, f.end)]);
    assert.deepEqual(got, [['drafting-note', '注：此处需领导确认。'], ['personal-view', '我个人觉得，'], ['placeholder', 'XX']]);
  });

  it('matches in a Markdown draft at the source offsets', () => {
    const md = '# 标题\n\n同志们：\n\n- 笔者认为，**好像**差不多了。\n';
    const got = checker.check(md, 'markdown').findings.filter((f) => VOICE.has(f.category)).map((f) => [f.ruleId, md.slice(f.start, f.end)]);
    assert.deepEqual(got, [['author-pronoun', '笔者'], ['hedge-word', '好像'], ['vague-progress', '差不多']]);
  });
});

describe('voice rules that read the intent card', () => {
  const card = (speaker: string, body: string) => `---\n讲话人: ${speaker}\n---\n\n${body}\n`;
  const found = (md: string) => checker.check(md, 'markdown').findings.filter((f) => VOICE.has(f.category)).map((f) => [f.ruleId, md.slice(f.start, f.end)]);

  it("the speaker calling their own speech important is flagged; a higher leader's speech is not", () => {
    const md = card('王建国（市委书记）', '刚才，省委李书记作了十分重要的讲话。王书记的重要讲话要认真贯彻，王建国同志作了重要讲话。');
    assert.deepEqual(found(md), [['speaker-own-speech-important', '王书记的重要讲话'], ['speaker-own-speech-important', '王建国同志作了重要讲话']]);
  });

  it('a department head directing 各级党委 is flagged; the same words from the Party secretary are not', () => {
    const body = '全市各级党委要高度重视，各相关单位要抓好落实。';
    assert.deepEqual(found(card('李明（市发展改革委主任）', body)), [['speaker-remit', '全市各级党委要']]);
    assert.deepEqual(found(card('王建国（市委书记）', body)), []);
    assert.deepEqual(found(card('张华（市人大常委会主任）', body)), []);
  });
});

describe('rule engine: requiresBefore and requiresAfter', () => {
  const engine = new Checker(segmenter(), [
    phraseRule('test-opens-clause', ['估计'], { requiresBefore: '(?:^|[，,])' }),
    phraseRule('test-before-deadline', ['尽量'], { requiresAfter: '[^，。]{0,6}?前' }),
  ]);
  const ids = (text: string) => engine.check(text, 'plaintext').findings.map((f) => `${f.ruleId}@${f.start}`);

  it('requiresBefore: the text before the match in its sentence must end with the pattern', () => {
    assert.deepEqual(ids('估计完不成。'), ['test-opens-clause@0']);
    assert.deepEqual(ids('人太多，估计要等。'), ['test-opens-clause@4']);
    assert.deepEqual(ids('对困难要充分估计。'), []);
    // the sentence before the match is its own sentence, not part of "before"
    assert.deepEqual(ids('要充分。估计完不成。'), ['test-opens-clause@4']);
  });

  it('requiresAfter: the text after the match in its sentence must start with the pattern', () => {
    assert.deepEqual(ids('尽量在月底前完成。'), ['test-before-deadline@0']);
    assert.deepEqual(ids('尽量减少影响。月底前完成。'), []);
  });
});
