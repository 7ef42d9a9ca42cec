import { join, resolve } from 'node:path';

/** The project root, whether running from src/ (ts-jest) or dist/src/ (compiled). */
export const PROJECT_ROOT = resolve(__dirname, __dirname.includes(`${'dist'}`) ? '../..' : '..');

export const PATHS = {
  intents: join(PROJECT_ROOT, 'intents'),
  lexicon: join(PROJECT_ROOT, 'intents', 'lexicon'),
  model: join(PROJECT_ROOT, 'intents', 'model.json'),
  knowledge: join(PROJECT_ROOT, 'knowledge'),
  topics: join(PROJECT_ROOT, 'knowledge', 'topics'),
  responses: join(PROJECT_ROOT, 'knowledge', 'responses.yaml'),
  safety: join(PROJECT_ROOT, 'knowledge', 'safety'),
  emergencyNumbers: join(PROJECT_ROOT, 'knowledge', 'safety', 'emergency-numbers.yaml'),
  public: join(PROJECT_ROOT, 'public'),
};
