package io.dyadscope.audit;

import io.dyadscope.documents.SourceMap;
import io.dyadscope.evidence.Require;
import io.dyadscope.evidence.Severity;
import io.dyadscope.evidence.AuditFinding;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of auditing one report.
 *
 * @param file     the file name audited
 * @param dyad     the dyad id, e.g. {@code PAK-AFG}
 * @param findings problems, in line order
 * @param verified checks that held, in line order
 * @param coverage how many numbers were found, tied to a quantity and checked
 * @param claims   every claim read from the report, in line order (for storage)
 * @param dyadBasis how the dyad was inferred ("from the title"), or null when the user gave it
 * @param sourceMap where each line of the audited text is in the file: findings, verified checks and
 *                 claims carry text lines, {@link #at(int)} turns one into the file's position
 */
public record AuditReport(String file, String dyad, List<AuditFinding> findings, List<Verified> verified,
    Coverage coverage, List<Claim> claims, String dyadBasis, SourceMap sourceMap) {

  public AuditReport(String file, String dyad, List<AuditFinding> findings, List<Verified> verified, Coverage coverage,
      List<Claim> claims, String dyadBasis) {
    this(file, dyad, findings, verified, coverage, claims, dyadBasis, null);
  }

  /**
   * A position in the audited file.
   *
   * @param page   1-based page of a paged document (PDF), else 0
   * @param line   1-based line in the file (on the page, for a PDF)
   * @param column 1-based column where the text line starts in the file
   */
  public record Position(int page, int line, int column) {
    /** "12:5", or "page 3, line 12" for a PDF. */
    @Override
    public String toString() {
      return page > 0 ? "page " + page + ", line " + line : line + ":" + column;
    }
  }

  /** Where text line {@code textLine} (a finding's, a check's or a claim's line) is in the file. */
  public Position at(int textLine) {
    if (textLine <= 0) {
      return new Position(0, 0, 0);
    }
    return new Position(sourceMap.page(textLine), sourceMap.line(textLine), sourceMap.column(textLine));
  }

  /**
   * Where a text line is in the file, as linters write it: {@code LINE} when the text's lines are
   * the file's, {@code LINE:COLUMN} for HTML or JSON, {@code pPAGE:LINE} for a PDF.
   */
  public String where(int textLine) {
    Position p = at(textLine);
    if (p.page() > 0) {
      return "p" + p.page() + ":" + p.line();
    }
    return sourceMap.isIdentity() ? String.valueOf(p.line()) : p.line() + ":" + p.column();
  }

  public AuditReport(String file, String dyad, List<AuditFinding> findings, List<Verified> verified, Coverage coverage,
      List<Claim> claims) {
    this(file, dyad, findings, verified, coverage, claims, null);
  }

  /** "dyad inferred: BGD-MMR from the title", or null when the user gave the dyad. */
  public String dyadNote() {
    return dyadBasis == null ? null : "dyad inferred: " + dyad + " " + dyadBasis;
  }

  public AuditReport {
    file = Require.text(file, "file");
    dyad = Require.text(dyad, "dyad");
    findings = List.copyOf(findings);
    verified = List.copyOf(verified);
    Objects.requireNonNull(coverage, "coverage");
    claims = List.copyOf(claims);
    sourceMap = sourceMap == null ? SourceMap.identity() : sourceMap;
  }

  /** Number of findings of exactly this severity. */
  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** True when some finding is at least as serious as {@code threshold} (for {@code --fail-on}). */
  public boolean hasAtLeast(Severity threshold) {
    return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
  }

  /** The findings of one check. */
  public List<AuditFinding> findings(String check) {
    return findings.stream().filter(f -> f.check().equals(check)).toList();
  }
}
