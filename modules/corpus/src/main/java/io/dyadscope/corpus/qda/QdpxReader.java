package io.dyadscope.corpus.qda;

import io.dyadscope.corpus.Coding;
import io.dyadscope.corpus.CorpusDocument;
import io.dyadscope.corpus.CorpusException;
import io.dyadscope.corpus.DocumentKind;
import io.dyadscope.corpus.DocumentMetadata;
import io.dyadscope.corpus.InputLimits;
import io.dyadscope.corpus.Memo;
import io.dyadscope.corpus.Origin;
import io.dyadscope.corpus.codebook.Code;
import io.dyadscope.corpus.codebook.Codebook;
import io.dyadscope.corpus.text.TextExtractor;
import io.dyadscope.evidence.Hashing;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads a REFI-QDA project ({@code .qdpx}) made by Dyadscope or another tool. A project is
 * untrusted input: its text sources come only from inside the archive ({@code internal://} paths,
 * the ZIP's {@code sources/} folder) or inline {@code PlainTextContent}; a {@code relative://} path
 * is read only below a sources folder the user names, never from the project's {@code basePath};
 * absolute and {@code file:} paths are refused naming the source. The archive is unpacked under
 * {@link InputLimits}. Selection offsets are Unicode code points. XML that strays from the schema
 * is read where its meaning is clear, with a warning naming the element; what cannot be read (no
 * project.qde, a missing source text, text that is not UTF-8) is an error.
 */
public final class QdpxReader {

  private QdpxReader() {}

  /** Reads {@code file} under the default limits, with no sources folder. */
  public static QdaImport read(Path file, Codebook known) {
    return read(file, known, InputLimits.DEFAULT, null);
  }

  /**
   * @param known the workspace's codebook: codes with the same GUID keep its ids
   * @param sourcesDir the folder {@code relative://} source paths are read below, or null to refuse them
   */
  public static QdaImport read(Path file, Codebook known, InputLimits limits, Path sourcesDir) {
    Map<String, byte[]> entries = QdpxArchive.unzip(file, limits);
    byte[] qde = entries.get("project.qde");
    if (qde == null) {
      throw new CorpusException(file + ": not a REFI-QDA project: no project.qde in the archive");
    }
    Element root = parse(file + "!project.qde", qde).getDocumentElement();
    List<String> warnings = new ArrayList<>();
    if (!root.getLocalName().equals("Project")) {
      throw new CorpusException(file + "!project.qde: root element is <" + root.getLocalName() + ">, not <Project>");
    }
    if (!QdaXml.PROJECT_NS.equals(root.getNamespaceURI())) {
      warnings.add("<Project> is in namespace '" + root.getNamespaceURI() + "', not " + QdaXml.PROJECT_NS
          + ": read anyway");
    }
    Map<String, String> users = new HashMap<>();
    List<Code> codes = new ArrayList<>();
    Map<String, String> codeIdByGuid = new HashMap<>();
    List<CorpusDocument> docs = new ArrayList<>();
    List<Coding> codings = new ArrayList<>();
    List<Memo> memos = new ArrayList<>();
    Map<String, String[]> noteTargets = new HashMap<>();
    Element sources = null;
    Element notes = null;
    for (Element e : children(root)) {
      switch (e.getLocalName()) {
        case "Users" -> children(e).forEach(u -> users.put(Codebook.normaliseGuid(u.getAttribute("guid")),
            u.getAttribute("name").isBlank() ? "user " + u.getAttribute("guid") : u.getAttribute("name").strip()));
        case "CodeBook" -> {
          for (Element c : children(e)) {
            if (c.getLocalName().equals("Codes")) {
              new CodeTreeReader(known, codes, codeIdByGuid, warnings).readCodes(c, "");
            } else {
              warnings.add("ignored element <" + c.getLocalName() + "> in <CodeBook>");
            }
          }
        }
        case "Sources" -> sources = e;
        case "Notes" -> notes = e;
        case "Variables", "Cases", "Links", "Sets", "Graphs", "Description", "NoteRef" -> { }
        default -> warnings.add("ignored element <" + e.getLocalName() + "> in <Project>");
      }
    }
    if (sources != null) {
      SourceReader sr = new SourceReader(file, entries, sourcesDir, limits, users, codeIdByGuid, warnings);
      for (Element s : children(sources)) {
        if (!s.getLocalName().equals("TextSource")) {
          warnings.add("ignored <" + s.getLocalName() + "> in <Sources>: only text sources are read");
          continue;
        }
        sr.read(s, docs, codings, noteTargets);
      }
    }
    if (notes != null) {
      Map<String, String> codeIdForNote = new HashMap<>();
      collectCodeNotes(root, codeIdByGuid, codeIdForNote);
      for (Element n : children(notes)) {
        String g = Codebook.normaliseGuid(n.getAttribute("guid"));
        String text = "";
        for (Element k : children(n)) {
          if (k.getLocalName().equals("PlainTextContent")) {
            text = k.getTextContent();
          }
        }
        if (text.isBlank()) {
          warnings.add("<Note name=\"" + n.getAttribute("name") + "\"> has no plain text content: left out");
          continue;
        }
        String author = users.getOrDefault(Codebook.normaliseGuid(n.getAttribute("creatingUser")), "");
        if (codeIdForNote.containsKey(g)) {
          memos.add(new Memo(Memo.Target.code, codeIdForNote.get(g), author, text));
        } else if (noteTargets.containsKey(g)) {
          memos.add(new Memo(Memo.Target.document, noteTargets.get(g)[0], author, text));
        } else {
          warnings.add("<Note name=\"" + n.getAttribute("name") + "\"> is about no code or text source: left out");
        }
      }
    }
    return new QdaImport(root.getAttribute("name"), codes, docs, codings, memos, warnings);
  }

  private static void collectCodeNotes(Element e, Map<String, String> codeIdByGuid, Map<String, String> out) {
    for (Element k : children(e)) {
      if (k.getLocalName().equals("Code")) {
        String id = codeIdByGuid.get(Codebook.normaliseGuid(k.getAttribute("guid")));
        for (Element r : children(k)) {
          if (r.getLocalName().equals("NoteRef") && id != null) {
            out.put(Codebook.normaliseGuid(r.getAttribute("targetGUID")), id);
          }
        }
      }
      if (k.getLocalName().equals("CodeBook") || k.getLocalName().equals("Codes") || k.getLocalName().equals("Code")) {
        collectCodeNotes(k, codeIdByGuid, out);
      }
    }
  }

  /** The element children of {@code e}, in order. */
  static List<Element> children(Element e) {
    List<Element> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.ELEMENT_NODE) {
        out.add((Element) n);
      }
    }
    return out;
  }

  static Document parse(String where, byte[] xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      return b.parse(new ByteArrayInputStream(xml));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new CorpusException(where + ": not well-formed XML: " + e.getMessage(), e);
    }
  }

  /** Reads one text source: its text, metadata lines, selections and codings. */
  private record SourceReader(Path file, Map<String, byte[]> entries, Path sourcesDir, InputLimits limits,
      Map<String, String> users, Map<String, String> codeIdByGuid, List<String> warnings) {

    void read(Element s, List<CorpusDocument> docs, List<Coding> codings, Map<String, String[]> noteTargets) {
      String name = s.getAttribute("name").isBlank() ? s.getAttribute("guid") : s.getAttribute("name").strip();
      String where = "<TextSource name=\"" + name + "\">";
      String text = null;
      Map<String, String> meta = new HashMap<>();
      for (Element k : children(s)) {
        if (k.getLocalName().equals("PlainTextContent")) {
          text = k.getTextContent();
        } else if (k.getLocalName().equals("Description")) {
          for (String line : k.getTextContent().split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
              meta.put(line.substring(0, colon).strip(), line.substring(colon + 2).strip());
            }
          }
        }
      }
      String path = s.getAttribute("plainTextPath");
      if (text == null) {
        text = utf8(where, path, load(where, path));
      }
      if (text.length() > limits.documentBytes()) {
        throw limits.documentTooLarge(file + ": " + where, text.length());
      }
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      String id = meta.getOrDefault("id", CorpusDocument.idFromFileName(name + ".txt"));
      DocumentKind kind = DocumentKind.report;
      try {
        if (meta.containsKey("kind")) {
          kind = DocumentKind.parse(meta.get("kind"));
        } else {
          warnings.add(where + " has no 'kind: ...' line in its description: imported as a report");
        }
      } catch (IllegalArgumentException e) {
        warnings.add(where + ": " + e.getMessage() + ": imported as a report");
      }
      String date = meta.getOrDefault("date", "");
      if (!date.isEmpty() && !date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
        warnings.add(where + ": date '" + date + "' is not YYYY[-MM[-DD]]: left out");
        date = "";
      }
      DocumentMetadata m = new DocumentMetadata(name, meta.get("publisher"), kind, date, meta.get("language"),
          meta.get("source_id"), meta.get("url"), meta.get("licence"));
      docs.add(new CorpusDocument(id, m, meta.getOrDefault("file", ""), Hashing.sha256(text), text));
      int codePoints = text.codePointCount(0, text.length());
      for (Element k : children(s)) {
        switch (k.getLocalName()) {
          case "PlainTextSelection" -> selection(where, id, text, codePoints, k, codings);
          case "Coding" -> coding(where, id, text, 0, text.length(), k, "", codings);
          case "NoteRef" -> noteTargets.put(Codebook.normaliseGuid(k.getAttribute("targetGUID")), new String[] {id});
          case "Description", "PlainTextContent", "VariableValue" -> { }
          default -> warnings.add("ignored element <" + k.getLocalName() + "> in " + where);
        }
      }
    }

    private void selection(String where, String docId, String text, int codePoints, Element sel, List<Coding> out) {
      int from;
      int to;
      try {
        from = Integer.parseInt(sel.getAttribute("startPosition").strip());
        to = Integer.parseInt(sel.getAttribute("endPosition").strip());
      } catch (NumberFormatException e) {
        warnings.add("<PlainTextSelection guid=\"" + sel.getAttribute("guid") + "\"> in " + where
            + " has no whole-number start/endPosition: left out");
        return;
      }
      if (from > to) {
        int t = from;
        from = to;
        to = t;
        warnings.add("<PlainTextSelection guid=\"" + sel.getAttribute("guid") + "\"> in " + where
            + " ends before it starts: read the other way round");
      }
      if (from < 0 || to > codePoints || from == to) {
        warnings.add("<PlainTextSelection guid=\"" + sel.getAttribute("guid") + "\"> in " + where + ": " + from + "-"
            + to + " is outside the text's " + codePoints + " code points: left out");
        return;
      }
      int start = CodePoints.toChars(text, from);
      int end = CodePoints.toChars(text, to);
      String rule = "";
      for (Element k : children(sel)) {
        if (k.getLocalName().equals("Description") && k.getTextContent().startsWith("rule: ")) {
          rule = k.getTextContent().substring(6);
        }
      }
      boolean any = false;
      for (Element k : children(sel)) {
        if (k.getLocalName().equals("Coding")) {
          any = true;
          String user = k.hasAttribute("creatingUser") ? k.getAttribute("creatingUser") : sel.getAttribute("creatingUser");
          coding(where, docId, text, start, end, k, rule, out, user);
        }
      }
      if (!any) {
        warnings.add("<PlainTextSelection guid=\"" + sel.getAttribute("guid") + "\"> in " + where
            + " has no <Coding>: left out");
      }
    }

    private void coding(String where, String docId, String text, int start, int end, Element c, String rule,
        List<Coding> out) {
      coding(where, docId, text, start, end, c, rule, out, c.getAttribute("creatingUser"));
    }

    private void coding(String where, String docId, String text, int start, int end, Element c, String rule,
        List<Coding> out, String userGuid) {
      String codeGuid = "";
      for (Element k : children(c)) {
        if (k.getLocalName().equals("CodeRef")) {
          codeGuid = k.getAttribute("targetGUID");
        }
      }
      String codeId = codeIdByGuid.get(Codebook.normaliseGuid(codeGuid));
      if (codeId == null) {
        warnings.add("<Coding guid=\"" + c.getAttribute("guid") + "\"> in " + where + " refers to code " + codeGuid
            + ", which is not in the codebook: left out");
        return;
      }
      String coder = users.getOrDefault(Codebook.normaliseGuid(userGuid), "imported");
      boolean auto = coder.equals(Coding.AUTO_CODER);
      out.add(new Coding(docId, start, end, codeId, coder, auto ? Origin.auto : Origin.human, auto ? rule : ""));
    }

    private byte[] load(String where, String path) {
      if (path == null || path.isBlank()) {
        throw new CorpusException(file + ": " + where + " has neither plainTextPath nor PlainTextContent");
      }
      if (path.startsWith("internal://")) {
        String name = path.substring("internal://".length());
        byte[] b = entries.get("sources/" + name);
        if (b == null) {
          b = entries.get("Sources/" + name);
        }
        if (b == null) {
          throw new CorpusException(file + ": " + where + ": " + path + " is not in the archive (no sources/" + name + ")");
        }
        return b;
      }
      if (path.startsWith("relative://") && sourcesDir != null) {
        String rel = path.substring("relative://".length());
        Path dir = sourcesDir.toAbsolutePath().normalize();
        Path p;
        try {
          p = rel.isEmpty() || Path.of(rel).isAbsolute() ? dir : dir.resolve(rel).normalize();
        } catch (java.nio.file.InvalidPathException e) {
          throw new CorpusException(file + ": " + where + ": source path " + path + " is not a usable path: refused", e);
        }
        if (!p.startsWith(dir) || p.equals(dir)) {
          throw new CorpusException(file + ": " + where + ": source path " + path + " leads outside the sources"
              + " folder " + sourcesDir + ": refused");
        }
        try {
          if (!p.toRealPath().startsWith(dir.toRealPath())) {
            throw new CorpusException(file + ": " + where + ": source path " + path + " links outside the sources"
                + " folder " + sourcesDir + ": refused");
          }
          if (Files.size(p) > limits.documentBytes()) {
            throw limits.documentTooLarge(file + ": " + where + ": " + p, Files.size(p));
          }
          return Files.readAllBytes(p);
        } catch (IOException e) {
          throw new CorpusException(file + ": " + where + ": cannot read " + path + " (" + p + "): " + e.getMessage(), e);
        }
      }
      throw new CorpusException(file + ": " + where + ": source path " + path + " is outside the project: refused"
          + " (a project's texts must be inside it, as internal:// sources"
          + (path.startsWith("relative://") ? "; give --sources-dir DIR to read relative:// paths below DIR" : "")
          + ")");
    }

    private String utf8(String where, String path, byte[] bytes) {
      try {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        int line = 1;
        String head = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes)).toString();
        // the decoder stops at the first bad byte; count lines up to the first replacement character
        int bad = head.indexOf('\uFFFD');
        for (int i = 0; i < Math.max(0, bad); i++) {
          if (head.charAt(i) == '\n') {
            line++;
          }
        }
        throw new CorpusException(file + "!" + path.substring(path.indexOf("://") + 3) + ":" + line + ": " + where
            + " is not UTF-8 text, as REFI-QDA requires: refused (convert it to UTF-8)", e);
      }
    }
  }

  /** Normalises a source text as the extractor does, for callers that want stored offsets to match. */
  static String normalised(String text) {
    return TextExtractor.normalise(text);
  }
}
