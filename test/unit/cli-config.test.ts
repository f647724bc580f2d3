import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli, tempDir, phraseRule, type JsonReport } from './support/project';
import { partXml, W } from './support/docxFixtures';

// The project file on the command line, `speech-draft init`, and the CI formats (github, rdjson),
// as a user runs them.
describe('cli: project file, init and CI formats', function () {
  this.timeout(120_000);
  const root = tempDir();
  const team = path.join(root, 'team');
  const drafts = path.join(team, 'drafts');
  fs.mkdirSync(drafts, { recursive: true });
  fs.writeFileSync(path.join(team, '.speechdraftrc.json'), JSON.stringify({ rules: { 'hedge-word': 'off' }, rulePacks: ['rules/team.json'] }));
  fs.mkdirSync(path.join(team, 'rules'));
  fs.writeFileSync(path.join(team, 'rules', 'team.json'), JSON.stringify({ name: 'team', rules: [phraseRule('team-banned', ['抓手'], { category: 'wording', severity: 'warning' })] }));
  const text = '这件事好像办完了，要找准抓手。\n';
  const inTeam = path.join(drafts, 'a.txt');
  const outside = path.join(root, 'b.txt');
  fs.writeFileSync(inTeam, text);
  fs.writeFileSync(outside, text);
  const ids = (r: { stdout: string }) => (JSON.parse(r.stdout) as JsonReport).files.map((f) => f.findings.map((x) => x.ruleId));

  it('a team’s .speechdraftrc.json applies to the drafts below it (its rule packs relative to it), not to others', () => {
    const r = runCli(['check', '--format', 'json', inTeam, outside], { cwd: root });
    assert.equal(r.stderr, '');
    const [mine, theirs] = ids(r);
    assert.ok(!mine.includes('hedge-word') && mine.includes('team-banned'), mine.join());
    assert.ok(theirs.includes('hedge-word') && !theirs.includes('team-banned'), theirs.join());
  });

  it('--config FILE replaces the project file', () => {
    const other = path.join(root, 'other.json');
    fs.writeFileSync(other, JSON.stringify({ rules: { 'hedge-word': 'error' } }));
    const r = runCli(['check', '--format', 'json', '--config', other, inTeam]);
    const [mine] = ids(r);
    assert.ok(mine.includes('hedge-word') && !mine.includes('team-banned'), mine.join());
    assert.equal(r.status, 1);
  });

  it('`rules` run in the team folder lists the team’s own rules', () => {
    assert.match(runCli(['rules'], { cwd: drafts }).stdout, /team-banned/);
    assert.doesNotMatch(runCli(['rules'], { cwd: root }).stdout, /team-banned/);
  });

  it('a broken project file gets one message naming it; checking goes on with the defaults', () => {
    const broken = path.join(root, 'broken');
    fs.mkdirSync(broken);
    fs.writeFileSync(path.join(broken, '.speechdraftrc.json'), '{ "rules": { "hedge-word": "off" }, }');
    fs.writeFileSync(path.join(broken, 'c.txt'), text);
    fs.writeFileSync(path.join(broken, 'd.txt'), text);
    const r = runCli(['check', '--format', 'json', path.join(broken, 'c.txt'), path.join(broken, 'd.txt')]);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0], /broken[\\/]\.speechdraftrc\.json：不是有效的 JSON.*已使用默认配置/);
    assert.ok(ids(r)[0].includes('hedge-word'), 'the defaults apply');
    assert.equal(r.status, 0, 'a warning-only draft still exits 0');
  });

  it('a user dictionary in the project file that jieba cannot use: one line naming both files; checking goes on with the built-in dictionaries', () => {
    const folder = path.join(root, 'baddict');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'words.dict.utf8'), Buffer.from([0x61, 0x00, 0x62]));
    fs.writeFileSync(path.join(folder, '.speechdraftrc.json'), JSON.stringify({ userDictionary: 'words.dict.utf8' }));
    fs.writeFileSync(path.join(folder, 'f.txt'), text);
    const r = runCli(['check', '--format', 'json', path.join(folder, 'f.txt')]);
    assert.equal(r.status, 0);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0], /baddict[\\/]\.speechdraftrc\.json：用户词典“.*words\.dict\.utf8”无法使用.*已只用内置词典/);
    assert.ok(ids(r)[0].includes('hedge-word'));
  });

  it('`init` writes a commented starter once; --force overwrites; --locale en writes English notes', () => {
    const folder = path.join(root, 'new');
    fs.mkdirSync(folder);
    const r = runCli(['init', folder]);
    assert.equal(r.status, 0, r.stderr);
    const file = path.join(folder, '.speechdraftrc.json');
    const starter = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.ok(Array.isArray(starter.$comment) && starter.$comment.some((c: string) => c.includes('标准 JSON')));
    assert.deepEqual(Object.keys(starter), ['$comment', 'rules', 'categories', 'allowWords', 'rulePacks', 'speakingRate']);
    const again = runCli(['init', folder]);
    assert.equal(again.status, 2);
    assert.match(again.stderr, /已存在；加 --force 覆盖/);
    assert.equal(runCli(['init', folder, '--force', '--locale', 'en']).status, 0);
    assert.match(fs.readFileSync(file, 'utf8'), /strict JSON/);
    fs.writeFileSync(path.join(folder, 'e.txt'), text);
    assert.equal(runCli(['check', path.join(folder, 'e.txt')]).stderr, '', 'the starter draws no settings problem');
  });

  it('`export` takes exportFontSize from the project file', () => {
    const folder = path.join(root, 'print');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, '.speechdraftrc.json'), JSON.stringify({ exportFontSize: 14 }));
    fs.writeFileSync(path.join(folder, 'speech.md'), '# 标题\n\n同志们：\n');
    assert.equal(runCli(['export', path.join(folder, 'speech.md')]).status, 0);
    const styles = partXml(new Uint8Array(fs.readFileSync(path.join(folder, 'speech.docx'))), 'word/styles.xml');
    assert.equal(styles.getElementsByTagNameNS(W, 'docDefaults')[0].getElementsByTagNameNS(W, 'sz')[0].getAttributeNS(W, 'val'), '28');
  });

  it('--format github prints one workflow annotation per finding, escaped', () => {
    const odd = path.join(root, 'a,b.txt');
    fs.writeFileSync(odd, '笔者认为这件事好像办完了。\n');
    const r = runCli(['check', '--format', 'github', 'a,b.txt'], { cwd: root });
    assert.equal(r.status, 1);
    assert.deepEqual(r.stdout.trim().split('\n'), [
      '::error file=a%2Cb.txt,line=1,col=1,endLine=1,endColumn=3,title=讲稿助手 author-pronoun::“笔者”“编者”是文章作者的自称，讲话稿中由领导讲话，应改为“我”或“我们”。',
      '::warning file=a%2Cb.txt,line=1,col=8,endLine=1,endColumn=10,title=讲稿助手 hedge-word::' + JSON.parse(runCli(['check', '--format', 'json', odd]).stdout).files[0].findings[1].message,
    ]);
  });

  it('--format rdjson gives reviewdog diagnostics with UTF-8 byte columns and the fixes as suggestions', () => {
    const file = path.join(root, 'r.txt');
    fs.writeFileSync(file, '前言\n𠮷笔者认为,好.\n');
    const r = runCli(['check', '--format', 'rdjson', 'r.txt'], { cwd: root });
    const result = JSON.parse(r.stdout) as { source: { name: string }; diagnostics: { message: string; severity: string; code: { value: string }; location: { path: string; range: { start: { line: number; column: number }; end: { line: number; column: number } } }; suggestions?: { text: string; range: unknown }[] }[] };
    assert.equal(result.source.name, 'speech-draft');
    const author = result.diagnostics.find((d) => d.code.value === 'author-pronoun')!;
    // 𠮷 is 4 bytes in UTF-8, 笔者 3 bytes each: 笔 starts at byte 5, the end (exclusive) at byte 11.
    assert.deepEqual(author.location, { path: 'r.txt', range: { start: { line: 2, column: 5 }, end: { line: 2, column: 11 } } });
    assert.equal(author.severity, 'ERROR');
    assert.deepEqual(author.suggestions, [{ range: author.location.range, text: '我' }]);
    const comma = result.diagnostics.find((d) => d.code.value === 'half-width-punctuation')!;
    assert.equal(comma.severity, 'WARNING');
    assert.deepEqual(comma.suggestions!.map((s) => s.text), ['，']);
  });
});
