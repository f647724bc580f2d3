/**
 * The word classes clause rules name as `@class` (`dictionaries/classes/<class>.txt`, one entry a
 * line). Bundled as text, so the core reads no files at run time. A new class is a file and a line here.
 */
import { parseClassFile } from './parse';
import leaderTitleText from '../../../dictionaries/classes/leader-title.txt';
import surnameText from '../../../dictionaries/classes/surname.txt';
import publicText from '../../../dictionaries/classes/public.txt';
import officeText from '../../../dictionaries/classes/office.txt';
import draftText from '../../../dictionaries/classes/draft.txt';
import draftingText from '../../../dictionaries/classes/drafting.txt';
import noteText from '../../../dictionaries/classes/note.txt';
import asideText from '../../../dictionaries/classes/aside.txt';
import decidingText from '../../../dictionaries/classes/deciding.txt';
import relayingText from '../../../dictionaries/classes/relaying.txt';
import coercingText from '../../../dictionaries/classes/coercing.txt';
import contemptText from '../../../dictionaries/classes/contempt.txt';
import rumourText from '../../../dictionaries/classes/rumour.txt';
import personnelChangeText from '../../../dictionaries/classes/personnel-change.txt';
import conflictText from '../../../dictionaries/classes/conflict.txt';
import familyText from '../../../dictionaries/classes/family.txt';
import burdenText from '../../../dictionaries/classes/burden.txt';
import uncertainText from '../../../dictionaries/classes/uncertain.txt';
import slangText from '../../../dictionaries/classes/slang.txt';
import fillerText from '../../../dictionaries/classes/filler.txt';
import dialectText from '../../../dictionaries/classes/dialect.txt';
import requirementText from '../../../dictionaries/classes/requirement.txt';
import prohibitionText from '../../../dictionaries/classes/prohibition.txt';
import criticismText from '../../../dictionaries/classes/criticism.txt';
import remedyText from '../../../dictionaries/classes/remedy.txt';
import subordinatesText from '../../../dictionaries/classes/subordinates.txt';
import threatText from '../../../dictionaries/classes/threat.txt';
import perceptionText from '../../../dictionaries/classes/perception.txt';
import relationshipText from '../../../dictionaries/classes/relationship.txt';
import privateLifeText from '../../../dictionaries/classes/private-life.txt';
import notYetText from '../../../dictionaries/classes/not-yet.txt';
import preannounceText from '../../../dictionaries/classes/preannounce.txt';
import interjectionText from '../../../dictionaries/classes/interjection.txt';

export const WORD_CLASSES: Readonly<Record<string, readonly string[]>> = {
  'leader-title': parseClassFile(leaderTitleText),
  'surname': parseClassFile(surnameText),
  'public': parseClassFile(publicText),
  'office': parseClassFile(officeText),
  'draft': parseClassFile(draftText),
  'drafting': parseClassFile(draftingText),
  'note': parseClassFile(noteText),
  'aside': parseClassFile(asideText),
  'deciding': parseClassFile(decidingText),
  'relaying': parseClassFile(relayingText),
  'coercing': parseClassFile(coercingText),
  'contempt': parseClassFile(contemptText),
  'rumour': parseClassFile(rumourText),
  'personnel-change': parseClassFile(personnelChangeText),
  'conflict': parseClassFile(conflictText),
  'family': parseClassFile(familyText),
  'burden': parseClassFile(burdenText),
  'uncertain': parseClassFile(uncertainText),
  'slang': parseClassFile(slangText),
  'filler': parseClassFile(fillerText),
  'dialect': parseClassFile(dialectText),
  'requirement': parseClassFile(requirementText),
  'prohibition': parseClassFile(prohibitionText),
  'criticism': parseClassFile(criticismText),
  'remedy': parseClassFile(remedyText),
  'subordinates': parseClassFile(subordinatesText),
  'threat': parseClassFile(threatText),
  'perception': parseClassFile(perceptionText),
  'relationship': parseClassFile(relationshipText),
  'private-life': parseClassFile(privateLifeText),
  'not-yet': parseClassFile(notYetText),
  'preannounce': parseClassFile(preannounceText),
  'interjection': parseClassFile(interjectionText),
};
