package io.dyadscope.fetch.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GDELT 1.0 event files: the file list {@code /md5sums} (one {@code MD5  NAME} line per file), then each daily
 * export {@code YYYYMMDD.export.CSV.zip} of the period, checked against its listed MD5. The zips are read by the
 * event importer as they are (GDELT 1.0, 57 or 58 tab-separated columns). Daily files start on 2013-04-01; at most
 * {@code gdelt.max_files} (default {@value #MAX_FILES}) are fetched in one run.
 */
public final class GdeltApi implements ApiClient {

  static final int MAX_FILES = 92;
  static final String LIST = "/md5sums";
  private static final Pattern LINE = Pattern.compile("([0-9a-fA-F]{32})\\s+(\\S+)");
  private static final Pattern DAILY = Pattern.compile("(\\d{8})\\.export\\.CSV\\.zip");

  @Override
  public ApiId id() {
    return ApiId.GDELT;
  }

  @Override
  public List<Query> queries(FetchRequest r, Settings s) {
    return List.of(Query.of(id(), s.base(ApiId.GDELT) + LIST));
  }

  @Override
  public String pagingNote() {
    return "then each daily YYYYMMDD.export.CSV.zip listed for " + "the period (MD5 checked)";
  }

  @Override
  public Page page(FetchRequest r, Query q, byte[] body, Settings s) throws BadResponseException {
    if (!q.url().endsWith(LIST)) {
      if (body.length < 4 || body[0] != 'P' || body[1] != 'K' || body[2] != 3 || body[3] != 4) {
        throw new BadResponseException(q, "not a zip file (" + Text.start(body) + ")");
      }
      return Page.last(1);
    }
    List<Query> files = fileQueries(q, body, r, s);
    return new Page(files.size(), files);
  }

  /** The daily export files of the period listed in the file list, by name with their MD5. */
  public static Map<String, String> files(Query q, byte[] body, FetchRequest r) throws BadResponseException {
    Map<String, String> out = new LinkedHashMap<>();
    String text = new String(body, StandardCharsets.UTF_8);
    int lineNo = 0;
    for (String line : text.split("\r?\n")) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      Matcher m = LINE.matcher(line.strip());
      if (!m.matches()) {
        throw new BadResponseException(q, "line " + lineNo + " is not 'MD5  FILE': '" + abbreviate(line) + "'");
      }
      Matcher d = DAILY.matcher(m.group(2));
      if (!d.matches()) {
        continue;
      }
      LocalDate day;
      try {
        day = LocalDate.parse(d.group(1), DateTimeFormatter.BASIC_ISO_DATE);
      } catch (DateTimeParseException e) {
        throw new BadResponseException(q, "line " + lineNo + ": not a date in '" + m.group(2) + "'");
      }
      if (!day.isBefore(r.from()) && !day.isAfter(r.to())) {
        out.put(m.group(2), m.group(1).toLowerCase(java.util.Locale.ROOT));
      }
    }
    return out;
  }

  /** The queries for the listed files, refused past the limit. */
  public List<Query> fileQueries(Query list, byte[] body, FetchRequest r, Settings s) throws BadResponseException {
    Map<String, String> files = files(list, body, r);
    int max = s.value("gdelt.max_files").map(Integer::parseInt).orElse(MAX_FILES);
    if (files.size() > max) {
      throw new BadResponseException(list, "the period holds " + files.size() + " daily files, more than "
          + max + ": narrow --from/--to or set gdelt.max_files");
    }
    String base = s.base(ApiId.GDELT);
    List<Query> out = new ArrayList<>();
    for (String name : files.keySet()) {
      out.add(new Query(id(), base + "/" + name, Map.of(), Map.of(), true));
    }
    return out;
  }

  @Override
  public ImportInput input(FetchRequest r, List<Response> responses) throws BadResponseException {
    if (responses.isEmpty()) {
      throw new IllegalArgumentException("no GDELT answers");
    }
    Response list = responses.get(0);
    Map<String, String> md5 = files(list.query(), list.body(), r);
    List<ImportInput.InputFile> files = new ArrayList<>();
    for (Response z : responses.subList(1, responses.size())) {
      String name = z.query().url().substring(z.query().url().lastIndexOf('/') + 1);
      String expected = md5.get(name);
      String actual = md5(z.body());
      if (expected == null || !expected.equals(actual)) {
        throw new BadResponseException(z.query(), "MD5 " + actual + " differs from the file list's " + expected);
      }
      files.add(new ImportInput.InputFile(name, z.body()));
    }
    return ImportInput.of(ImportInput.Kind.EVENTS, files);
  }

  static String md5(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "..." : s;
  }
}
