/** Characters that are read aloud: Chinese characters and digits (brief §1.4). */
const SPOKEN = /[\u3400-\u9fff\uf900-\ufaff0-9]|[\ud840-\ud87f][\udc00-\udfff]/g;

export function countSpokenCharacters(prose: string): number {
  return prose.match(SPOKEN)?.length ?? 0;
}

export interface DraftStats {
  /** Chinese characters and digits in the prose (markup, code and front matter excluded). */
  characters: number;
  /** Estimated speaking time at the configured rate. */
  minutes: number;
  /** Estimated minutes at the brief's reference rates of 150, 180 and 220 characters per minute. */
  range: { slow: number; medium: number; fast: number };
  speakingRate: number;
}

export function draftStats(characters: number, speakingRate: number): DraftStats {
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    characters,
    minutes: round(characters / speakingRate),
    range: { slow: round(characters / 150), medium: round(characters / 180), fast: round(characters / 220) },
    speakingRate,
  };
}
