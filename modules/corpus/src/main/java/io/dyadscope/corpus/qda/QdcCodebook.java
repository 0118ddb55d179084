package io.dyadscope.corpus.qda;

import io.dyadscope.corpus.CorpusException;
import io.dyadscope.corpus.codebook.Code;
import io.dyadscope.corpus.codebook.Codebook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * The REFI-QDA codebook exchange file ({@code .qdc}, namespace {@value QdaXml#CODEBOOK_NS}). The
 * format has no place for auto-coding rules: they stay in Dyadscope's JSON codebook; definitions
 * with inclusion and exclusion notes go into each code's description.
 */
public final class QdcCodebook {

  private QdcCodebook() {}

  public static byte[] write(Codebook book) {
    return QdaXml.document(QdaXml.CODEBOOK_NS, "CodeBook", "the codebook", w -> {
      w.writeAttribute("origin", QdaXml.ORIGIN);
      QdaXml.writeCodes(w, QdaXml.CODEBOOK_NS, book, Map.of());
    });
  }

  /**
   * The codes of a {@code .qdc} file that {@code known} lacks (codes with a known GUID keep their
   * id and rules), with warnings about XML that strayed from the schema.
   */
  public static QdaImport read(Path file, Codebook known) {
    byte[] xml;
    try {
      xml = Files.readAllBytes(file);
    } catch (java.io.IOException e) {
      throw new CorpusException(file + ": cannot read: " + e.getMessage(), e);
    }
    Element root = QdpxReader.parse(file.toString(), xml).getDocumentElement();
    if (!root.getLocalName().equals("CodeBook")) {
      throw new CorpusException(file + ": root element is <" + root.getLocalName() + ">, not <CodeBook>");
    }
    List<String> warnings = new ArrayList<>();
    if (!QdaXml.CODEBOOK_NS.equals(root.getNamespaceURI())) {
      warnings.add("<CodeBook> is in namespace '" + root.getNamespaceURI() + "', not " + QdaXml.CODEBOOK_NS
          + ": read anyway");
    }
    List<Code> codes = new ArrayList<>();
    Map<String, String> ids = new HashMap<>();
    for (Element e : QdpxReader.children(root)) {
      if (e.getLocalName().equals("Codes")) {
        new CodeTreeReader(known, codes, ids, warnings).readCodes(e, "");
      } else if (!e.getLocalName().equals("Sets")) {
        warnings.add("ignored element <" + e.getLocalName() + "> in <CodeBook>");
      }
    }
    return new QdaImport("", codes, List.of(), List.of(), List.of(), warnings);
  }
}
