// natural's package index loads every module it has (database drivers, dotenv,
// wordnet): ~0.6 s and ~160 MB. The bot imports only these three files, which
// ship without their own declarations.

declare module 'natural/lib/natural/stemmers/porter_stemmer' {
  export function stem(token: string): string;
}

declare module 'natural/lib/natural/distance/levenshtein_distance' {
  export function DamerauLevenshteinDistance(source: string, target: string): number;
}

declare module 'natural/lib/natural/classifiers/bayes_classifier' {
  interface Classification {
    label: string;
    value: number;
  }
  class BayesClassifier {
    constructor(stemmer?: unknown, smoothing?: number);
    addDocument(tokens: string[], label: string): void;
    train(): void;
    getClassifications(tokens: string[]): Classification[];
    static restore(data: unknown): BayesClassifier;
  }
  export = BayesClassifier;
}
