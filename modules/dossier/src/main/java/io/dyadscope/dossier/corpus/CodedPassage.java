package io.dyadscope.dossier.corpus;

/**
 * A passage of a corpus document coded with one code: the document's chars {@code [start, end)},
 * its text, where it comes from, and whether a person ({@code human}) or the auto-coder coded it.
 */
public record CodedPassage(String codeId, String documentId, int start, int end, String text, String title,
    String date, String publisher, String kind, boolean human) {

  public boolean overlaps(CodedPassage o) {
    return documentId.equals(o.documentId) && start < o.end && end > o.start;
  }
}
