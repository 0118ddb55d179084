package io.dyadscope.render.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.evidence.DocumentFinding;
import io.dyadscope.evidence.Severity;
import io.dyadscope.dossier.Dossier;
import io.dyadscope.dossier.DossierBuilder;
import io.dyadscope.dossier.DossierOptions;
import io.dyadscope.dossier.StudyData;
import io.dyadscope.evidence.Observation;
import io.dyadscope.dossier.findings.Evidence;
import io.dyadscope.dossier.findings.Finding;
import io.dyadscope.testdata.SeedFixture;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RenderersTest {

  static StudyData data;
  static Dossier dossier;

  @BeforeAll
  static void build() {
    Evidence e = SeedFixture.evidence();
    data = new StudyData(e.dyad(), e.gazetteer(), e.catalogue(), e.sources(), e.observations());
    dossier = DossierBuilder.build(data, DossierOptions.standard());
  }

  @Test
  void htmlMarkdownAndJsonCarryTheSameFindings() throws Exception {
    String html = new HtmlRenderer().render(dossier).mainText();
    String md = new MarkdownRenderer().render(dossier).mainText();
    JsonNode json = new ObjectMapper().readTree(new JsonRenderer().render(dossier).mainText());
    List<String> jsonSentences = new ArrayList<>();
    json.get("themes").forEach(t -> t.get("findings").forEach(f -> jsonSentences.add(f.get("sentence").asText())));
    List<Finding> findings = dossier.findings();
    assertThat(findings).hasSizeGreaterThan(10);
    assertThat(jsonSentences).containsExactlyElementsOf(findings.stream().map(Finding::sentence).toList());
    for (Finding f : findings) {
      assertThat(unescape(html)).contains(f.sentence());
      assertThat(md).contains(MarkdownRenderer.inline(f.sentence()));
    }
  }

  /** HTML text with the entities jte writes turned back into characters. */
  static String unescape(String html) {
    return html.replace("&#39;", "'").replace("&#34;", "\"").replace("&quot;", "\"").replace("&lt;", "<")
        .replace("&gt;", ">").replace("&amp;", "&");
  }

  @Test
  void sameDataInAnyOrderGiveTheSameBytes() {
    List<Observation> shuffled = new ArrayList<>(data.observations());
    Collections.reverse(shuffled);
    Dossier again = DossierBuilder.build(new StudyData(data.dyad(), data.gazetteer(), data.catalogue(),
        data.sources(), shuffled), DossierOptions.standard());
    for (String format : List.of("html", "md", "json")) {
      DossierRenderer r = DossierRenderer.forFormat(format);
      assertThat(r.render(again).files()).as(format).isEqualTo(r.render(dossier).files());
    }
  }

  @Test
  void htmlIsOneSelfContainedFileWithInlineFigures() {
    Rendition r = new HtmlRenderer().render(dossier);
    assertThat(r.files()).containsOnlyKeys("dossier-PAK-AFG.html");
    String html = r.mainText();
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").doesNotContain("<script", " src=", "<link");
    assertThat(html.split("<svg ", -1)).hasSize(5);
    Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
    while (href.find()) {
      // anchors inside the file, or a chart's own data as a data: link
      assertThat(href.group(1)).matches("#.*|data:text/csv;charset=utf-8,.*");
    }
    assertThat(html).contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    assertThat(html).contains("<td class=\"num\">1,750</td>");
  }

  @Test
  void markdownReferencesItsFiguresAndReturnsThem() {
    Rendition r = new MarkdownRenderer().render(dossier, "study");
    assertThat(r.main()).isEqualTo("study.md");
    assertThat(r.files().keySet()).containsExactly("study.md", "study-figures/figure-1-trade.svg",
        "study-figures/figure-1-trade.csv", "study-figures/figure-2-incidents.svg",
        "study-figures/figure-2-incidents.csv", "study-figures/figure-4-opinion.svg",
        "study-figures/figure-4-opinion.csv", "study-figures/figure-5-initiatives.svg",
        "study-figures/figure-5-initiatives.csv");
    assertThat(r.files().get("study-figures/figure-1-trade.csv")).startsWith("period,value,status,sources\n2019,");
    assertThat(r.mainText()).contains("](study-figures/figure-1-trade.svg)");
    assertThat(r.files().get("study-figures/figure-1-trade.svg")).startsWith("<?xml").contains("<svg ");
  }

  @Test
  void theAuditSectionAppearsOnlyWithNotes() {
    String without = new HtmlRenderer().render(dossier).mainText();
    assertThat(without).doesNotContain("id=\"audit\"");
    Dossier audited = DossierBuilder.build(new StudyData(data.dyad(), data.gazetteer(), data.catalogue(),
        data.sources(), data.observations(), List.of(new DocumentFinding("seed.txt", new AuditFinding("numbers", Severity.WARNING, 17, "",
            "1.7 billion appears twice for 2019 & <2021>")))), DossierOptions.standard());
    String html = new HtmlRenderer().render(audited).mainText();
    assertThat(html).contains("id=\"audit\"", "1.7 billion appears twice for 2019 &amp; &lt;2021&gt;");
    assertThat(new MarkdownRenderer().render(audited).mainText()).contains("## 9. Audit notes");
    assertThat(new JsonRenderer().render(audited).mainText()).contains("\"check\" : \"numbers\"");
  }

  @Test
  void jsonKeepsItsFieldOrder() throws Exception {
    JsonNode json = new ObjectMapper().readTree(new JsonRenderer().render(dossier).mainText());
    List<String> fields = new ArrayList<>();
    json.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("title", "dyad", "first", "second", "target", "target_reason", "summary",
        "highlights", "data", "themes", "tables", "figures", "discussion", "recommendations", "audit", "methods",
        "evidence", "colophon", "supplements", "checked");
  }

  @Test
  void anUnknownFormatIsRejectedByName() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DossierRenderer.forFormat("pdf"))
        .hasMessage("unknown dossier format 'pdf' (expected html, md or json)");
  }
}
