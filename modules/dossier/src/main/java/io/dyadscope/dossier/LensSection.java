package io.dyadscope.dossier;

import io.dyadscope.dossier.findings.Finding;
import java.util.List;

/**
 * How one theoretical lens reads the findings.
 *
 * @param id       lens id
 * @param name     lens name
 * @param framing  a short generated framing: what the lens attends to and what the data show it
 * @param findings the findings it reads
 */
public record LensSection(String id, String name, String framing, List<Finding> findings) {

  public LensSection {
    findings = List.copyOf(findings);
  }
}
