package io.dyadscope.corpus.index;

/** Order of concordance lines: by the words before the keyword (read backwards from it) or after it. */
public enum KwicSort {
  left,
  right
}
