/** Characters that are read aloud: Chinese characters and digits (brief §1.4). */
export function countSpokenCharacters(prose: string): number {
  let count = 0;
  for (let i = 0; i < prose.length; i++) {
    const c = prose.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x30 && c <= 0x39)) count++;
    else if (c >= 0xd840 && c <= 0xd87f) {
      // Astral CJK (extension B and later) as a surrogate pair counts once.
      const low = prose.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        count++;
        i++;
      }
    }
  }
  return count;
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

/** Minutes to read `characters` aloud at `speakingRate` characters a minute, to a tenth. */
export function minutesAt(characters: number, speakingRate: number): number {
  return Math.round((characters / speakingRate) * 10) / 10;
}

export function draftStats(characters: number, speakingRate: number): DraftStats {
  return {
    characters,
    minutes: minutesAt(characters, speakingRate),
    range: { slow: minutesAt(characters, 150), medium: minutesAt(characters, 180), fast: minutesAt(characters, 220) },
    speakingRate,
  };
}
