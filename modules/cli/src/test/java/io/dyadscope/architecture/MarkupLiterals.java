package io.dyadscope.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a class writes markup: a string constant of its class file (a literal, or a literal piece
 * of a {@code +} concatenation, which javac keeps as a constant or, with indy concatenation, in the
 * concatenation's recipe with a mark for each value) holding an HTML or SVG tag such as
 * {@code <h1>}, {@code </td>} or {@code <path }. ArchUnit does not import constants, so the class
 * file's constant pool is read here.
 */
final class MarkupLiterals {

  /** An opening or closing tag of an element a page or chart uses, or a doctype. */
  static final Pattern TAG = Pattern.compile("<(!DOCTYPE|/?(html|head|body|main|nav|header|footer|section|article"
      + "|div|span|p|a|h[1-6]|ul|ol|li|dl|dt|dd|table|thead|tbody|tr|th|td|caption|figure|figcaption|form|label|input"
      + "|select|option|button|textarea|script|style|link|meta|title|strong|em|b|i|code|pre|details|summary"
      + "|blockquote|br|hr|img|svg|g|path|rect|line|circle|polyline|polygon|text|tspan|canvas)(?=[\\s>/]))",
      Pattern.CASE_INSENSITIVE);

  /** Holds when a class has a string constant with a tag; each such constant is reported. */
  static final ArchCondition<JavaClass> WRITE_A_TAG = new ArchCondition<>("write an HTML or SVG tag in a string") {
    @Override
    public void check(JavaClass c, ConditionEvents events) {
      boolean any = false;
      for (String s : strings(c)) {
        Matcher m = TAG.matcher(s);
        if (m.find()) {
          any = true;
          String shown = s.replace('\u0001', '…');
          events.add(new SimpleConditionEvent(c, true, c.getName() + " writes the tag " + m.group() + " in \""
              + (shown.length() > 60 ? shown.substring(0, 60) + "…" : shown) + "\""));
        }
      }
      if (!any) {
        events.add(new SimpleConditionEvent(c, false, c.getName() + " writes no tag"));
      }
    }
  };

  private MarkupLiterals() {}

  /** The string constants of {@code c}'s class file. */
  static List<String> strings(JavaClass c) {
    String resource = c.getName().replace('.', '/') + ".class";
    try (InputStream in = MarkupLiterals.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no class file " + resource + " on the class path");
      }
      return strings(new DataInputStream(in));
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  /** Reads the constant pool (JVMS 4.4): the UTF-8 entries that CONSTANT_String entries point at. */
  private static List<String> strings(DataInputStream in) throws IOException {
    in.readInt();
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    List<Integer> stringRefs = new ArrayList<>();
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 8 -> stringRefs.add(in.readUnsignedShort());
        case 7, 16, 19, 20 -> in.skipNBytes(2);
        case 15 -> in.skipNBytes(3);
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
        case 5, 6 -> {
          in.skipNBytes(8);
          i++;
        }
        default -> throw new IOException("unknown constant pool tag " + tag + " at entry " + i);
      }
    }
    return stringRefs.stream().map(r -> utf8[r]).toList();
  }
}
