package io.dyadscope.store;

/** A read-only open found a database at an older schema: it must be upgraded by a writer first. */
final class OutdatedSchemaException extends WorkspaceException {

  OutdatedSchemaException(String message) {
    super(message);
  }
}
