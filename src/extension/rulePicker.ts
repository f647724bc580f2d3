import * as vscode from 'vscode';
import { t } from './localize';
import * as protocol from '../protocol';
import type { SpeechDraftClient } from './client';
import { updateRuleLevels } from './editCommands';

interface RuleItem extends vscode.QuickPickItem {
  rule?: protocol.RuleInfo;
}

function item(rule: protocol.RuleInfo): RuleItem {
  const on = rule.level !== 'off';
  return {
    label: `${on ? '$(pass-filled)' : '$(circle-slash)'} ${rule.title}`,
    description: `${rule.id} · ${on ? t('on') : t('off')}`,
    detail: rule.message,
    rule,
  };
}

function items(rules: readonly protocol.RuleInfo[]): RuleItem[] {
  const out: RuleItem[] = [];
  let category = '';
  for (const rule of rules) {
    if (rule.categoryName !== category) out.push({ label: (category = rule.categoryName), kind: vscode.QuickPickItemKind.Separator });
    out.push(item(rule));
  }
  return out;
}

/**
 * speechDraft.pickRules: every rule by its Chinese name (its id and message searchable too);
 * choosing one switches it off, or on again, in the workspace settings. The picker stays open
 * for the next one; `{ "query": "道听途说" }` as the argument opens it filtered.
 */
export async function pickRules(client: SpeechDraftClient, args?: { query?: unknown }): Promise<void> {
  const lc = client.languageClient;
  if (!lc) return;
  await client.whenReady();
  const rules = await lc.sendRequest<protocol.RuleInfo[]>(protocol.RULES);
  const pick = vscode.window.createQuickPick<RuleItem>();
  pick.title = t('Speech Draft: turn rules on or off (Enter switches the selected rule; Esc closes)');
  pick.placeholder = t('Type a rule name (e.g. 道听途说) or id');
  pick.matchOnDescription = true;
  pick.items = items(rules);
  if (typeof args?.query === 'string') pick.value = args.query;
  pick.onDidAccept(async () => {
    const rule = pick.selectedItems[0]?.rule;
    if (!rule) return;
    const turnOn = rule.level === 'off';
    // On again is the rule's own default; it needs saying only when its whole category is off.
    await updateRuleLevels((levels) => {
      if (!turnOn) levels[rule.id] = 'off';
      else if (rule.categoryLevel === 'off') levels[rule.id] = rule.defaultLevel;
      else delete levels[rule.id];
    });
    rule.level = turnOn ? rule.defaultLevel : 'off';
    const value = pick.value;
    pick.items = items(rules);
    pick.value = value;
    pick.activeItems = pick.items.filter((i) => i.rule === rule);
  });
  pick.onDidHide(() => pick.dispose());
  pick.show();
}
