package org.rungs.framework;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a framework file as Rungs reads it: UTF-8 (or, failing that, Windows-1252, with a
 * warning), without a byte-order mark, with {@code \n} line ends, mis-encoded text repaired and
 * invisible characters removed, each repair reported where it was made.
 */
record SourceText(String text, List<Problem> problems) {

  static SourceText decode(byte[] bytes, String source) {
    List<Problem> problems = new ArrayList<>();
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException notUtf8) {
      int bad = firstMalformedByte(bytes);
      String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
      Location at = locationAfter(before);
      problems.add(
          Problem.of(
              source,
              at.line(),
              at.column(),
              ProblemCode.NOT_UTF8,
              String.format(
                  "file is not UTF-8 (byte 0x%02X here); read it as Windows-1252: save it as UTF-8",
                  bytes[bad] & 0xFF)));
      text = new String(bytes, Charset.forName("windows-1252"));
    }
    return prepare(text, source, problems);
  }

  static SourceText of(String text, String source) {
    return prepare(text, source, new ArrayList<>());
  }

  private static SourceText prepare(String text, String source, List<Problem> problems) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    Mojibake.Result mojibake = Mojibake.repair(text);
    for (Mojibake.Repair repair : mojibake.repairs()) {
      problems.add(
          Problem.of(
              source,
              repair.line(),
              repair.column(),
              ProblemCode.MOJIBAKE,
              "mis-encoded text \""
                  + repair.written()
                  + "\" read as \""
                  + repair.meant()
                  + "\" (UTF-8 once saved as Mac Roman or Windows-1252): save the file as UTF-8"));
    }
    InvisibleCharacters.Result invisible = InvisibleCharacters.repair(mojibake.text());
    for (InvisibleCharacters.Repair repair : invisible.repairs()) {
      problems.add(
          Problem.of(
              source,
              repair.line(),
              repair.column(),
              ProblemCode.INVISIBLE_CHARACTER,
              "invisible character "
                  + String.join(", ", repair.names())
                  + " on this line: removed (no-break spaces read as spaces)"));
    }
    return new SourceText(invisible.text(), List.copyOf(problems));
  }

  private static int firstMalformedByte(byte[] bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    var out = java.nio.CharBuffer.allocate(bytes.length + 1);
    var result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : Math.max(0, bytes.length - 1);
  }

  private static Location locationAfter(String before) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < before.length(); i++) {
      if (before.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Location(line, before.length() - lineStart + 1);
  }
}
