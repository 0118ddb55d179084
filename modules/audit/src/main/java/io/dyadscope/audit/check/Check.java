package io.dyadscope.audit.check;

/** One check of the audit: reads the context, adds findings and verified entries. */
public interface Check {

  /** The id findings carry, e.g. {@code contradiction}. */
  String id();

  void run(AuditContext context, Results results);
}
