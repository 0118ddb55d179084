package io.dyadscope.corpus.qda;

import io.dyadscope.corpus.codebook.Code;
import io.dyadscope.corpus.codebook.CodeKind;
import io.dyadscope.corpus.codebook.Codebook;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Reads QDA-XML {@code <Code>} trees (project and codebook files alike). A code whose GUID is in
 * the workspace's codebook keeps that code's id, definition and rules; any other becomes a code of
 * kind "other" whose id is made from its name (letters of any script kept).
 */
final class CodeTreeReader {

  private final Codebook known;
  private final List<Code> out;
  private final Map<String, String> idByGuid;
  private final List<String> warnings;
  private final Set<String> ids = new HashSet<>();

  CodeTreeReader(Codebook known, List<Code> out, Map<String, String> idByGuid, List<String> warnings) {
    this.known = known;
    this.out = out;
    this.idByGuid = idByGuid;
    this.warnings = warnings;
    known.codes().forEach(c -> ids.add(c.id()));
  }

  /** Reads the codes directly inside {@code container} (a {@code <Codes>} or a {@code <Code>}). */
  void readCodes(Element container, String parentId) {
    boolean inCode = container.getLocalName().equals("Code");
    for (Element c : QdpxReader.children(container)) {
      String n = c.getLocalName();
      if (!n.equals("Code")) {
        if (!(inCode && (n.equals("Description") || n.equals("NoteRef")))) {
          warnings.add("ignored element <" + n + "> in <" + container.getLocalName()
              + (inCode ? " name=\"" + container.getAttribute("name") + "\"" : "") + ">");
        }
        continue;
      }
      String guid = c.getAttribute("guid");
      String name = c.getAttribute("name").strip();
      if (name.isEmpty()) {
        name = guid.isEmpty() ? "unnamed code" : "code " + guid;
        warnings.add("<Code guid=\"" + guid + "\"> has no name: called it '" + name + "'");
      }
      if (guid.isEmpty()) {
        guid = QdpxWriter.guid("imported-code", parentId + "/" + name);
        warnings.add("<Code name=\"" + name + "\"> has no guid: gave it " + guid);
      }
      if (!c.hasAttribute("isCodable")) {
        warnings.add("<Code name=\"" + name + "\"> has no isCodable attribute: read as codable");
      }
      String id;
      var existing = known.byGuid(guid);
      if (existing.isPresent()) {
        id = existing.get().id();
      } else {
        id = uniqueId(name);
        String description = "";
        for (Element k : QdpxReader.children(c)) {
          if (k.getLocalName().equals("Description")) {
            description = k.getTextContent();
          }
        }
        String color = c.getAttribute("color");
        if (!color.isEmpty() && !color.matches("#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})")) {
          warnings.add("<Code name=\"" + name + "\"> has colour '" + color + "', not #rrggbb: left out");
          color = "";
        }
        out.add(new Code(id, name, CodeKind.other, parentId, color, description, "", "", List.of(), guid));
      }
      idByGuid.put(Codebook.normaliseGuid(guid), id);
      readCodes(c, id);
    }
  }

  private String uniqueId(String name) {
    String base = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[^\\p{L}\\p{N}]+", "")
        .replaceAll("-+$", "");
    if (base.isEmpty()) {
      base = "code";
    }
    if (base.length() > 90) {
      base = base.substring(0, 90);
    }
    String id = base;
    for (int i = 2; !ids.add(id); i++) {
      id = base + "-" + i;
    }
    return id;
  }

}
