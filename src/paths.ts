import { join, resolve } from 'node:path';

/** The project root, whether running from src/ (ts-jest) or dist/src/ (compiled). */
export const PROJECT_ROOT = resolve(__dirname, __dirname.includes(`${'dist'}`) ? '../..' : '..');

export const PATHS = {
  intents: join(PROJECT_ROOT, 'intents'),
  lexicon: join(PROJECT_ROOT, 'intents', 'lexicon'),
  model: join(PROJECT_ROOT, 'intents', 'model.json'),
  acts: join(PROJECT_ROOT, 'intents', 'acts'),
  actConcepts: join(PROJECT_ROOT, 'intents', 'acts', 'lexicon', 'concepts.yaml'),
  actsModel: join(PROJECT_ROOT, 'intents', 'acts-model.json'),
  knowledge: join(PROJECT_ROOT, 'knowledge'),
  topics: join(PROJECT_ROOT, 'knowledge', 'topics'),
  responses: join(PROJECT_ROOT, 'knowledge', 'responses.yaml'),
  actReplies: join(PROJECT_ROOT, 'knowledge', 'acts.yaml'),
  afterEscalation: join(PROJECT_ROOT, 'knowledge', 'after-escalation.yaml'),
  scope: join(PROJECT_ROOT, 'knowledge', 'scope.yaml'),
  feelings: join(PROJECT_ROOT, 'knowledge', 'feelings.yaml'),
  personWords: join(PROJECT_ROOT, 'knowledge', 'language', 'person-words.yaml'),
  safety: join(PROJECT_ROOT, 'knowledge', 'safety'),
  triage: join(PROJECT_ROOT, 'knowledge', 'triage'),
  emergencyNumbers: join(PROJECT_ROOT, 'knowledge', 'safety', 'emergency-numbers.yaml'),
  checkDialogue: join(PROJECT_ROOT, 'knowledge', 'safety', 'check-dialogue.yaml'),
  acrossTurns: join(PROJECT_ROOT, 'knowledge', 'safety', 'across-turns.yaml'),
  deniedSigns: join(PROJECT_ROOT, 'knowledge', 'safety', 'denied-signs.yaml'),
  public: join(PROJECT_ROOT, 'public'),
};
