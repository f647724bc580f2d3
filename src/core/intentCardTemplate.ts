/**
 * Card fields in the order the "insert intent card" command writes them. Kept apart from the
 * YAML parsing in intentCard.ts so the extension can use it without bundling a YAML parser.
 */
export const CARD_TEMPLATE_KEYS = ['场合', '听众', '时长（分钟）', '目的', '要点', '语气', '讲话人'] as const;
