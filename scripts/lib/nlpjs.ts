/**
 * nlp.js (node-nlp v4) as a peer classifier for scripts/eval.ts, trained on
 * exactly the utterances given, English only, silent, and never writing a
 * model file.
 *
 * Fair handling of out-of-scope: our `none` training examples are given to
 * nlp.js as its own `None` intent, and a result is read as our `none` when
 * nlp.js says `None` (its "no known word / tie" rule) or when the top score is
 * below nlp.js's own default threshold (`Nlp.settings.threshold`, 0.5), which
 * is exactly what `NlpManager.process()` does with the intent.
 *
 * Classification goes through `manager.nlp.nluManager.process()`: intent
 * classification only, the same work `IntentClassifier.classify()` does.
 * `NlpManager.process()` adds NER, answers (NLG), actions, context and
 * sentiment on top; `classifyFull` times that for reference.
 */
import type { Intent } from '../../src/nlu/intents';
import type { TrainingExample } from '../../src/nlu/trainingData';

// node-nlp ships no type declarations: the small part used here, typed.
interface NluOutput {
  intent?: string;
  score?: number;
}
interface NlpManagerLike {
  addDocument(locale: string, utterance: string, intent: string): void;
  train(): Promise<unknown>;
  process(locale: string, utterance: string): Promise<NluOutput>;
  container: { register(name: string, instance: object, isSingleton?: boolean): void };
  nlp: {
    settings: { threshold?: number };
    nluManager: { process(locale: string, utterance: string): Promise<NluOutput> };
  };
}
type NlpManagerClass = new (settings: Record<string, unknown>) => NlpManagerLike;

let managerClass: NlpManagerClass | undefined;
function NlpManager(): NlpManagerClass {
  // Loaded lazily: node-nlp pulls in every language and takes a moment.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  managerClass ??= (require('node-nlp') as { NlpManager: NlpManagerClass }).NlpManager;
  return managerClass;
}

const noop = () => undefined;
/** Replaces nlp.js's console logger ("This utterance ... contains only stop words"). */
const SILENT_LOGGER = { debug: noop, info: noop, warn: noop, error: noop, log: noop, trace: noop, fatal: noop };

/** nlp.js's out-of-scope intent. */
export const NLPJS_NONE = 'None';

export class NlpJsClassifier {
  private constructor(
    private readonly manager: NlpManagerLike,
    /** nlp.js's own default threshold (`Nlp.settings.threshold`, 0.5), read from the library. */
    readonly threshold: number,
  ) {}

  /** Trains a fresh English NlpManager on these examples (our `none` becomes nlp.js's `None`). */
  static async train(examples: readonly TrainingExample[]): Promise<NlpJsClassifier> {
    const Manager = NlpManager();
    const manager = new Manager({
      languages: ['en'],
      forceNER: false,
      autoSave: false, // no model.nlp written into the working directory
      autoLoad: false,
      nlu: { log: false }, // no "Epoch n loss ..." lines from the neural network
      calculateSentiment: false,
    });
    manager.container.register('logger', SILENT_LOGGER, true);
    for (const e of examples) manager.addDocument('en', e.text, e.intent === 'none' ? NLPJS_NONE : e.intent);
    await manager.train();
    return new NlpJsClassifier(manager, manager.nlp.settings.threshold ?? 0.5);
  }

  /** Intent classification only, mapped onto our intents. */
  async classify(text: string): Promise<{ intent: Intent; score: number }> {
    return this.map(await this.manager.nlp.nluManager.process('en', text));
  }

  /** The whole `NlpManager.process()` pipeline (for reference timings only). */
  async classifyFull(text: string): Promise<{ intent: Intent; score: number }> {
    return this.map(await this.manager.process('en', text));
  }

  private map(out: NluOutput): { intent: Intent; score: number } {
    const score = out.score ?? 0;
    if (!out.intent || out.intent === NLPJS_NONE || score < this.threshold) return { intent: 'none', score };
    return { intent: out.intent as Intent, score };
  }
}
