package io.dyadscope.corpus;


/** A document as listed: metadata, size and how many codings it has, without its text. */
public record DocumentRow(String id, DocumentMetadata metadata, String fileName, String sha256, int chars,
    int humanCodings, int autoCodings) {}
