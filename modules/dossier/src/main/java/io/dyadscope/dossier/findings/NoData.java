package io.dyadscope.dossier.findings;

/** Thrown by a rule computation when the data it needs are missing; becomes an {@link Absence}. */
final class NoData extends Exception {

  NoData(String reason) {
    super(reason, null, false, false);
  }
}
