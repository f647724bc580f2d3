import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Validator } from '@cfworker/json-schema';
import { builtInRules, NODE_SETTINGS_FILES, findProjectConfigFile, projectConfigSchema, readProjectConfig, resolveWithProject, PROJECT_CONFIG_FILE } from '../../src/core/node';
import { starterConfig } from '../../src/cli/init';
import { tempDir } from './support/project';

// The project file a team keeps with its drafts: found from a draft's folder upwards, read
// strictly, with the editor's settings layered on top.
describe('project config (.speechdraftrc.json)', () => {
  const known = new Set(builtInRules().map((r) => r.id));
  const root = tempDir();
  const dir = (...parts: string[]) => {
    const d = path.join(root, ...parts);
    fs.mkdirSync(d, { recursive: true });
    return d;
  };
  const put = (file: string, content: unknown) => fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));

  it('the nearest project file wins, from the draft’s folder upwards; a package.json counts only with "speechDraft"', () => {
    const team = dir('team');
    put(path.join(team, PROJECT_CONFIG_FILE), { rules: { 'hedge-word': 'off' } });
    const sub = dir('team', 'drafts', '2024');
    put(path.join(dir('team', 'drafts'), 'package.json'), { name: 'drafts' });
    assert.equal(findProjectConfigFile(sub), path.join(team, PROJECT_CONFIG_FILE));
    const pkgDir = dir('team', 'pkg');
    put(path.join(pkgDir, 'package.json'), { name: 'x', speechDraft: { allowWords: ['据说'] } });
    assert.equal(findProjectConfigFile(dir('team', 'pkg', 'a')), path.join(pkgDir, 'package.json'));
    assert.deepEqual(readProjectConfig(path.join(pkgDir, 'package.json')).settings, { allowWords: ['据说'] });
    assert.equal(findProjectConfigFile(dir('elsewhere')), undefined);
  });

  it('the cache answers for every folder walked', () => {
    const cache = new Map<string, string | null>();
    const deep = dir('team', 'a', 'b', 'c');
    const found = findProjectConfigFile(deep, cache);
    assert.equal(cache.get(deep), found);
    assert.equal(cache.get(path.dirname(deep)), found);
  });

  it('relative paths in the file are relative to the file, not to the current folder', () => {
    const d = dir('paths');
    const file = path.join(d, PROJECT_CONFIG_FILE);
    put(file, { rulePacks: ['rules/team.json'], userDictionary: 'words.dict.utf8' });
    const { settings } = readProjectConfig(file);
    assert.deepEqual(settings.rulePacks, [path.join(d, 'rules', 'team.json')]);
    assert.equal(settings.userDictionary, path.join(d, 'words.dict.utf8'));
  });

  it('a broken file gets one clear message naming it, and the defaults', () => {
    const file = path.join(dir('broken'), PROJECT_CONFIG_FILE);
    put(file, '{ "rules": { "hedge-word": "off", } // comment\n}');
    const project = readProjectConfig(file);
    assert.deepEqual(project.settings, {});
    assert.equal(project.problems.length, 1);
    assert.ok(project.problems[0].zh.startsWith(`${file}：不是有效的 JSON`), project.problems[0].zh);
    assert.match(project.problems[0].zh, /已使用默认配置/);
    const { config, problems } = resolveWithProject(project, {}, known, NODE_SETTINGS_FILES);
    assert.equal(problems.length, 1);
    assert.equal(config.ruleLevels.size, 0);
  });

  it('unknown keys and bad values are named with the file; good values still apply', () => {
    const file = path.join(dir('values'), PROJECT_CONFIG_FILE);
    put(file, { $comment: ['说明'], rule: {}, rules: { 'hedge-word': 'off', 'no-such-rule': 'off' }, speakingRate: 'fast' });
    const { config, problems } = resolveWithProject(readProjectConfig(file), {}, known, NODE_SETTINGS_FILES);
    assert.equal(config.ruleLevels.get('hedge-word'), 'off');
    assert.equal(config.speakingRate, 180);
    assert.deepEqual(problems.map((p) => p.en.slice(0, file.length + 2)), [`${file}: `, `${file}: `, `${file}: `]);
    assert.ok(problems.some((p) => /unknown key "rule"/.test(p.en)));
    assert.ok(problems.some((p) => /no-such-rule/.test(p.en)));
  });

  it('editor settings are layered on top: levels merge rule by rule, words add up, a value set replaces the file’s', () => {
    const file = path.join(dir('layers'), PROJECT_CONFIG_FILE);
    put(file, { rules: { 'hedge-word': 'off', 'personal-view': 'error' }, allowWords: ['据说'], speakingRate: 200 });
    const { config, problems } = resolveWithProject(readProjectConfig(file), { rules: { 'hedge-word': 'warning' }, allowWords: ['好像'] }, known, NODE_SETTINGS_FILES);
    assert.deepEqual(problems, []);
    assert.equal(config.ruleLevels.get('hedge-word'), 'warning');
    assert.equal(config.ruleLevels.get('personal-view'), 'error');
    assert.deepEqual([...config.allowWords], ['据说', '好像']);
    assert.equal(config.speakingRate, 200);
    assert.equal(resolveWithProject(readProjectConfig(file), { speakingRate: 150 }, known, NODE_SETTINGS_FILES).config.speakingRate, 150);
  });

  it('the starter `init` writes is strict JSON, valid against the contributed schema, and draws no problem', () => {
    const validator = new Validator(projectConfigSchema(builtInRules()) as never, '2020-12');
    for (const locale of ['zh', 'en'] as const) {
      const text = starterConfig(locale);
      const parsed = JSON.parse(text);
      assert.ok(validator.validate(parsed).valid, locale);
      const file = path.join(dir(`starter-${locale}`), PROJECT_CONFIG_FILE);
      put(file, text);
      assert.deepEqual(resolveWithProject(readProjectConfig(file), {}, known, NODE_SETTINGS_FILES).problems, []);
    }
    assert.equal(validator.validate({ rules: { 'hedge-word': 'of' } }).valid, false, 'a misspelt level');
    assert.equal(validator.validate({ categories: { hedges: 'off' } }).valid, false, 'an unknown category');
    assert.equal(validator.validate({ rule: {} }).valid, false, 'an unknown key');
  });
});
