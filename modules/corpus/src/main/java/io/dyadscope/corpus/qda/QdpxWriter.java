package io.dyadscope.corpus.qda;

import io.dyadscope.corpus.Coding;
import io.dyadscope.corpus.CorpusDocument;
import io.dyadscope.corpus.CorpusException;
import io.dyadscope.corpus.DocumentMetadata;
import io.dyadscope.corpus.Memo;
import io.dyadscope.corpus.Origin;
import io.dyadscope.corpus.codebook.Codebook;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a REFI-QDA project ({@code .qdpx}): a ZIP with {@code project.qde} (QDA-XML, namespace
 * {@value QdaXml#PROJECT_NS}) and each document's text as {@code sources/GUID.txt}, referenced as
 * {@code internal://GUID.txt}. Selections count Unicode code points. Each coding is one
 * {@code PlainTextSelection} with one {@code Coding}, created by a {@code User} named after the
 * coder; an automatic coding's rule is the selection's description. Document metadata goes into
 * the source's description as {@code key: value} lines, which {@link QdpxReader} reads back.
 */
public final class QdpxWriter {

  private QdpxWriter() {}

  /** GUIDs derived from names, so the same project exports the same file. */
  static String guid(String kind, String name) {
    return UUID.nameUUIDFromBytes(("dyadscope-" + kind + ":" + name).getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** Writes the project to {@code file}, replacing it. */
  public static void write(Path file, String projectName, Codebook book, List<CorpusDocument> documents,
      List<Coding> codings, List<Memo> memos) {
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("project.qde"));
      zip.write(projectXml(projectName, book, documents, codings, memos, Instant.now()));
      zip.closeEntry();
      for (CorpusDocument d : documents) {
        zip.putNextEntry(new ZipEntry("sources/" + guid("source", d.id()) + ".txt"));
        zip.write(d.text().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new CorpusException(file + ": cannot write: " + e.getMessage(), e);
    }
  }

  /** The {@code project.qde} document. */
  static byte[] projectXml(String projectName, Codebook book, List<CorpusDocument> documents, List<Coding> codings,
      List<Memo> memos, Instant when) {
    String now = when.truncatedTo(ChronoUnit.SECONDS).toString();
    Map<String, String> users = new LinkedHashMap<>();
    codings.stream().map(Coding::coder).distinct().sorted().forEach(u -> users.put(u, guid("user", u)));
    Map<String, List<String>> codeNotes = new HashMap<>();
    Map<String, List<String>> docNotes = new HashMap<>();
    List<String> noteGuids = new ArrayList<>();
    for (int i = 0; i < memos.size(); i++) {
      Memo m = memos.get(i);
      String g = guid("note", i + ":" + m.on() + ":" + m.target() + ":" + m.text());
      noteGuids.add(g);
      (m.on() == Memo.Target.code ? codeNotes : docNotes).computeIfAbsent(m.target(), k -> new ArrayList<>()).add(g);
    }
    Map<String, List<Coding>> byDoc = new HashMap<>();
    codings.forEach(c -> byDoc.computeIfAbsent(c.documentId(), k -> new ArrayList<>()).add(c));
    String ns = QdaXml.PROJECT_NS;
    return QdaXml.document(ns, "Project", "project.qde", w -> {
      w.writeAttribute("name", projectName);
      w.writeAttribute("origin", QdaXml.ORIGIN);
      w.writeAttribute("creationDateTime", now);
      if (!users.isEmpty()) {
        w.writeStartElement(ns, "Users");
        for (Map.Entry<String, String> u : users.entrySet()) {
          w.writeEmptyElement(ns, "User");
          w.writeAttribute("guid", u.getValue());
          w.writeAttribute("name", u.getKey());
        }
        w.writeEndElement();
      }
      if (!book.codes().isEmpty()) {
        w.writeStartElement(ns, "CodeBook");
        QdaXml.writeCodes(w, ns, book, codeNotes);
        w.writeEndElement();
      }
      if (!documents.isEmpty()) {
        w.writeStartElement(ns, "Sources");
        for (CorpusDocument d : documents) {
          writeSource(w, ns, d, byDoc.getOrDefault(d.id(), List.of()), book, users, docNotes, now);
        }
        w.writeEndElement();
      }
      if (!memos.isEmpty()) {
        w.writeStartElement(ns, "Notes");
        for (int i = 0; i < memos.size(); i++) {
          Memo m = memos.get(i);
          w.writeStartElement(ns, "Note");
          w.writeAttribute("guid", noteGuids.get(i));
          w.writeAttribute("name", "Memo on " + m.on() + " " + m.target() + (m.author().isEmpty() ? "" : " by "
              + m.author()));
          w.writeStartElement(ns, "PlainTextContent");
          w.writeCharacters(m.text());
          w.writeEndElement();
          w.writeEndElement();
        }
        w.writeEndElement();
      }
    });
  }

  private static void writeSource(XMLStreamWriter w, String ns, CorpusDocument d, List<Coding> codings, Codebook book,
      Map<String, String> users, Map<String, List<String>> docNotes, String now) throws XMLStreamException {
    String g = guid("source", d.id());
    w.writeStartElement(ns, "TextSource");
    w.writeAttribute("guid", g);
    w.writeAttribute("name", d.metadata().title().isEmpty() ? d.id() : d.metadata().title());
    w.writeAttribute("plainTextPath", "internal://" + g + ".txt");
    w.writeAttribute("creationDateTime", now);
    w.writeStartElement(ns, "Description");
    w.writeCharacters(describe(d));
    w.writeEndElement();
    String text = d.text();
    for (Coding c : codings) {
      String user = users.get(c.coder());
      w.writeStartElement(ns, "PlainTextSelection");
      w.writeAttribute("guid", guid("selection", d.id() + ":" + c.start() + ":" + c.end() + ":" + c.codeId() + ":"
          + c.coder()));
      w.writeAttribute("name", excerpt(text.substring(c.start(), c.end())));
      w.writeAttribute("startPosition", Integer.toString(CodePoints.fromChars(text, c.start())));
      w.writeAttribute("endPosition", Integer.toString(CodePoints.fromChars(text, c.end())));
      w.writeAttribute("creatingUser", user);
      w.writeAttribute("creationDateTime", now);
      if (c.origin() == Origin.auto) {
        w.writeStartElement(ns, "Description");
        w.writeCharacters("rule: " + c.rule());
        w.writeEndElement();
      }
      w.writeStartElement(ns, "Coding");
      w.writeAttribute("guid", guid("coding", d.id() + ":" + c.start() + ":" + c.end() + ":" + c.codeId() + ":"
          + c.coder()));
      w.writeAttribute("creatingUser", user);
      w.writeEmptyElement(ns, "CodeRef");
      w.writeAttribute("targetGUID", book.require(c.codeId()).guid());
      w.writeEndElement();
      w.writeEndElement();
    }
    for (String note : docNotes.getOrDefault(d.id(), List.of())) {
      w.writeEmptyElement(ns, "NoteRef");
      w.writeAttribute("targetGUID", note);
    }
    w.writeEndElement();
  }

  static String describe(CorpusDocument d) {
    DocumentMetadata m = d.metadata();
    StringBuilder sb = new StringBuilder();
    sb.append("id: ").append(d.id()).append('\n').append("kind: ").append(m.kind().name()).append('\n');
    for (String[] kv : new String[][] {{"date", m.date()}, {"publisher", m.publisher()}, {"language", m.language()},
        {"source_id", m.sourceId()}, {"url", m.url()}, {"licence", m.licence()}, {"file", d.fileName()}}) {
      if (!kv[1].isEmpty()) {
        sb.append(kv[0]).append(": ").append(kv[1].replace('\n', ' ')).append('\n');
      }
    }
    return sb.toString().strip();
  }

  private static String excerpt(String s) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() <= 60 ? t : t.substring(0, 57) + "...";
  }
}
