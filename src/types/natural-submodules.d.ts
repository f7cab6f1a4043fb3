/**
 * Types for the few natural files imported directly (PACKAGES.md: importing the package
 * root prints to stdout). Only what this project uses is declared.
 */
declare module 'natural/lib/natural/tokenizers/regexp_tokenizer.js' {
  export class WordTokenizer {
    tokenize(text: string): string[];
  }
}
