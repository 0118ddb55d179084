package io.dyadscope.corpus.qda;

import io.dyadscope.corpus.CorpusException;
import io.dyadscope.corpus.codebook.Code;
import java.io.ByteArrayOutputStream;
import io.dyadscope.corpus.codebook.Codebook;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** What the project and codebook writers share: the code tree as QDA-XML. */
final class QdaXml {

  static final String PROJECT_NS = "urn:QDA-XML:project:1.0";
  static final String CODEBOOK_NS = "urn:QDA-XML:codebook:1.0";

  /** The {@code origin} attribute both files carry. */
  static final String ORIGIN = "Dyadscope 0.1.0";

  private QdaXml() {}

  /** Writes the inside of a document's root element: its attributes, then its children. */
  @FunctionalInterface
  interface Body {
    void write(XMLStreamWriter w) throws XMLStreamException;
  }

  /**
   * A UTF-8 QDA-XML document whose root element {@code root} is in the default namespace {@code ns};
   * an XML failure is a {@link CorpusException} saying it could not write {@code what}.
   */
  static byte[] document(String ns, String root, String what, Body body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.setDefaultNamespace(ns);
      w.writeStartElement(ns, root);
      w.writeDefaultNamespace(ns);
      body.write(w);
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new CorpusException("cannot write " + what + ": " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }

  /**
   * Writes {@code <Codes>} with each code nested under its parent.
   *
   * @param noteRefs code id to the GUIDs of notes about it (project files only; empty for .qdc)
   */
  static void writeCodes(XMLStreamWriter w, String ns, Codebook book, Map<String, List<String>> noteRefs)
      throws XMLStreamException {
    w.writeStartElement(ns, "Codes");
    for (Code c : book.codes()) {
      if (c.parent().isEmpty()) {
        writeCode(w, ns, book, c, noteRefs);
      }
    }
    w.writeEndElement();
  }

  private static void writeCode(XMLStreamWriter w, String ns, Codebook book, Code c, Map<String, List<String>> notes)
      throws XMLStreamException {
    w.writeStartElement(ns, "Code");
    w.writeAttribute("guid", c.guid());
    w.writeAttribute("name", c.name());
    w.writeAttribute("isCodable", "true");
    if (!c.color().isEmpty()) {
      w.writeAttribute("color", c.color());
    }
    String description = c.description();
    if (!description.isEmpty()) {
      w.writeStartElement(ns, "Description");
      w.writeCharacters(description);
      w.writeEndElement();
    }
    for (String note : notes.getOrDefault(c.id(), List.of())) {
      w.writeEmptyElement(ns, "NoteRef");
      w.writeAttribute("targetGUID", note);
    }
    List<Code> children = new ArrayList<>();
    for (Code k : book.codes()) {
      if (k.parent().equals(c.id())) {
        children.add(k);
      }
    }
    for (Code k : children) {
      writeCode(w, ns, book, k, notes);
    }
    w.writeEndElement();
  }
}
