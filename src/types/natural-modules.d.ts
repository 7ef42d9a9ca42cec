// natural's package index loads every module it has (database drivers, dotenv,
// wordnet): ~0.6 s and ~160 MB. The bot imports only these files, which
// ship without their own declarations.

declare module 'natural/lib/natural/stemmers/porter_stemmer' {
  export function stem(token: string): string;
}

declare module 'natural/lib/natural/distance/levenshtein_distance' {
  export function DamerauLevenshteinDistance(source: string, target: string): number;
}

declare module 'natural/lib/natural/util/stopwords' {
  export const words: string[];
}

declare module 'natural/lib/natural/tfidf/tfidf' {
  /** Term frequency-inverse document frequency over documents given as token arrays. */
  export default class TfIdf {
    addDocument(document: string[], key?: string): void;
    idf(term: string): number;
  }
}
