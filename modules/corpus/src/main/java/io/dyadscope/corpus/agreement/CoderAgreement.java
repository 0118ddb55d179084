package io.dyadscope.corpus.agreement;

import io.dyadscope.corpus.Coding;
import io.dyadscope.corpus.Segment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Agreement between two coders (two people, or a person and the auto-coder). The units are the
 * segments (sentences, usually) of the documents both coders coded; for each unit and code, a coder
 * says "present" when one of their codings of that code overlaps the unit. Kappa and nominal alpha
 * are computed per code from these yes/no decisions, and over all codes pooled. Per code, the
 * unitized alpha ({@link UnitizedAlpha}) compares where the coders' passages begin and end instead,
 * on a continuum of the same documents' characters end to end.
 */
public final class CoderAgreement {

  /** One code's 2x2 table and statistics. */
  public record CodeAgreement(String codeId, int both, int onlyA, int onlyB, int neither, double kappa,
      double alpha, double unitizedAlpha) {
    public double percentAgreement() {
      int n = both + onlyA + onlyB + neither;
      return n == 0 ? Double.NaN : 100.0 * (both + neither) / n;
    }
  }

  /** The comparison: units compared, documents they come from, pooled and per-code statistics. */
  public record Report(String coderA, String coderB, int documents, int units, double kappa, double alpha,
      List<CodeAgreement> perCode) {}

  private CoderAgreement() {}

  /**
   * @param segments every document's segments (the units)
   * @param lengths  every document's length in characters (the continuum of the unitized alpha)
   * @param codes    the codes to compare, in order
   */
  public static Report compare(String coderA, List<Coding> a, String coderB, List<Coding> b,
      Map<String, List<Segment>> segments, Map<String, Integer> lengths, List<String> codes) {
    Set<String> docsA = new HashSet<>();
    a.forEach(c -> docsA.add(c.documentId()));
    Set<String> docs = new java.util.TreeSet<>();
    b.stream().map(Coding::documentId).filter(docsA::contains).forEach(docs::add);
    List<Segment> units = new ArrayList<>();
    for (String d : docs) {
      units.addAll(segments.getOrDefault(d, List.of()));
    }
    List<CodeAgreement> perCode = new ArrayList<>();
    List<String> pooledA = new ArrayList<>();
    List<String> pooledB = new ArrayList<>();
    List<List<String>> pooledUnits = new ArrayList<>();
    Map<String, List<Coding>> byDocAndCodeA = index(a);
    Map<String, List<Coding>> byDocAndCodeB = index(b);
    Map<String, Long> offsets = new java.util.HashMap<>();
    long continuum = 0;
    for (String d : docs) {
      offsets.put(d, continuum);
      continuum += lengths.getOrDefault(d, 0);
    }
    for (String code : codes) {
      int both = 0;
      int onlyA = 0;
      int onlyB = 0;
      int neither = 0;
      List<List<String>> reliability = new ArrayList<>();
      for (Segment u : units) {
        boolean inA = marks(byDocAndCodeA.getOrDefault(u.documentId() + "\u0000" + code, List.of()), u);
        boolean inB = marks(byDocAndCodeB.getOrDefault(u.documentId() + "\u0000" + code, List.of()), u);
        if (inA && inB) {
          both++;
        } else if (inA) {
          onlyA++;
        } else if (inB) {
          onlyB++;
        } else {
          neither++;
        }
        List<String> pair = List.of(inA ? "1" : "0", inB ? "1" : "0");
        reliability.add(pair);
        pooledUnits.add(pair);
        pooledA.add(pair.get(0));
        pooledB.add(pair.get(1));
      }
      perCode.add(new CodeAgreement(code, both, onlyA, onlyB, neither, CohenKappa.binary(both, onlyA, onlyB, neither),
          KrippendorffAlpha.nominal(reliability), unitized(code, a, b, offsets, continuum)));
    }
    return new Report(coderA, coderB, docs.size(), units.size(), CohenKappa.of(pooledA, pooledB),
        KrippendorffAlpha.nominal(pooledUnits), perCode);
  }

  /** The unitized alpha of one code over the documents both coded (NaN when neither coded it there). */
  private static double unitized(String code, List<Coding> a, List<Coding> b, Map<String, Long> offsets,
      long continuum) {
    if (continuum == 0) {
      return Double.NaN;
    }
    List<UnitizedAlpha.Unit> units = new ArrayList<>();
    int coder = 0;
    for (List<Coding> codings : List.of(a, b)) {
      for (Coding c : codings) {
        Long offset = offsets.get(c.documentId());
        if (offset != null && c.codeId().equals(code)) {
          units.add(new UnitizedAlpha.Unit(coder, offset + c.start(), offset + c.end()));
        }
      }
      coder++;
    }
    return UnitizedAlpha.of(continuum, 2, units).alpha();
  }

  private static Map<String, List<Coding>> index(List<Coding> codings) {
    Map<String, List<Coding>> out = new java.util.HashMap<>();
    codings.forEach(c -> out.computeIfAbsent(c.documentId() + "\u0000" + c.codeId(), k -> new ArrayList<>()).add(c));
    return out;
  }

  /** True when one of the codings (of one document and code) overlaps the unit. */
  private static boolean marks(List<Coding> codings, Segment unit) {
    for (Coding c : codings) {
      if (unit.overlaps(c.start(), c.end())) {
        return true;
      }
    }
    return false;
  }
}
