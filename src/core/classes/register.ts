import registerScores from '../../../dictionaries/register-score.tsv';
import { parseScores } from './parse';

/** How informal each word is (log-odds of informal against formal use; `npm run register`). */
export const REGISTER_SCORES: ReadonlyMap<string, number> = parseScores(registerScores);
