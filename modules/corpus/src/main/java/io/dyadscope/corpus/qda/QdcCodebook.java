package io.dyadscope.corpus.qda;

import io.dyadscope.corpus.CorpusException;
import io.dyadscope.corpus.codebook.Code;
import io.dyadscope.corpus.codebook.Codebook;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Element;

/**
 * The REFI-QDA codebook exchange file ({@code .qdc}, namespace {@value QdaXml#CODEBOOK_NS}). The
 * format has no place for auto-coding rules: they stay in Dyadscope's JSON codebook; definitions
 * with inclusion and exclusion notes go into each code's description.
 */
public final class QdcCodebook {

  private QdcCodebook() {}

  public static byte[] write(Codebook book) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
      String ns = QdaXml.CODEBOOK_NS;
      w.writeStartDocument("UTF-8", "1.0");
      w.setDefaultNamespace(ns);
      w.writeStartElement(ns, "CodeBook");
      w.writeDefaultNamespace(ns);
      w.writeAttribute("origin", "Dyadscope 0.1.0");
      QdaXml.writeCodes(w, ns, book, Map.of());
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new CorpusException("cannot write the codebook: " + e.getMessage(), e);
    }
    return bytes.toByteArray();
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
